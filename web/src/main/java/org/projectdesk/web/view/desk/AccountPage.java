package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.persistence.account.AccountService;
import org.projectdesk.persistence.account.AccountView;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;
import org.projectdesk.web.desk.DeskNavigation;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Supplier;

/**
 * Backs {@code /desk/account?username=…} (admins only): one account's roles, whether it may sign
 * in, and a new password. Refusals (e.g. removing the last administrator) are shown on the page.
 */
@Named
@ViewScoped
public class AccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DeskNavigation navigation;

    @Inject
    private AccountService accountService;

    @Inject
    private DeskMessages messages;

    @Inject
    private DeskSteps steps;

    private String username;
    private AccountView account;
    private Role[] roles;
    private String newPassword;
    private String passwordProblem;

    public void load() {
        account = navigation.lookUp(username, () -> accountService.find(username)).orElse(null);
        if (account == null) {
            return;
        }
        roles = account.roles().toArray(new Role[0]);
    }

    public void saveRoles() {
        change(() -> accountService.changeRoles(username, roleSet()),
                "desk.account.rolesSaved");
    }

    public void disable() {
        change(() -> accountService.disable(username), "desk.account.disabled");
    }

    public void enable() {
        change(() -> accountService.enable(username), "desk.account.enabled");
    }

    public void resetPassword() {
        passwordProblem = null;
        steps.of(() -> accountService.resetPassword(username, newPassword))
                .onRefusal(DomainException.class, refusal -> passwordProblem = messages.text(refusal))
                .run(reset -> {
                    account = reset;
                    messages.info(null, "desk.account.passwordReset");
                });
        newPassword = null;
    }

    private void change(Supplier<AccountView> step, String doneKey) {
        steps.of(step)
                .afterRefusal(() -> account = accountService.find(username))
                .run(changed -> {
                    account = changed;
                    messages.info(null, doneKey);
                });
        roles = account.roles().toArray(new Role[0]);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public AccountView getAccount() {
        return account;
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

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getPasswordProblem() {
        return passwordProblem;
    }
}
