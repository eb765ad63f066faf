package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.persistence.account.AccountService;
import org.projectdesk.persistence.account.AccountView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs {@code /desk/accounts} (admins only): every account, and the form that opens a new one. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accountService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    private List<AccountView> accounts;
    private String username;
    private String displayName;
    private String password;
    private Role[] roles = {Role.EDITOR};
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        accounts = accountService.list();
    }

    public void open() {
        problems.clear();
        steps.of(() -> accountService.open(username, displayName, password, roleSet()))
                .onRefusal(InvalidValueException.class, refusal -> problems.put(refusal.field(), messages.text(refusal)))
                .onRefusal(DomainException.class, refusal -> problems.put("username", messages.text(refusal)))
                .run(opened -> steps.redirect("/desk/accounts", "desk.accounts.opened", opened.username()));
        password = null;
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return problems.get(field);
    }

    public List<AccountView> getAccounts() {
        return accounts;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles == null ? new Role[0] : roles.clone();
    }

    private EnumSet<Role> roleSet() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        set.addAll(Arrays.asList(roles));
        return set;
    }
}
