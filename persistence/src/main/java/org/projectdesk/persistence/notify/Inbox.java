package org.projectdesk.persistence.notify;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.persistence.account.Account;
import org.projectdesk.persistence.account.AccountRepository;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.projectdesk.domain.entry.Roles.ADMIN;
import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;

/** The signed-in person's notifications and mail settings: always their own, never another's. */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class Inbox {

    /** How many notices the list shows, newest first. */
    public static final int LIST_SIZE = 100;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Inject
    MailPreferences preferences;

    @Inject
    AccountRepository accounts;

    public long unreadCount() {
        return em.createQuery("select count(n) from Notice n where n.recipient = :me and n.readAt is null", Long.class)
                .setParameter("me", me()).getSingleResult();
    }

    public List<Notice> recent() {
        return em.createQuery("select n from Notice n where n.recipient = :me order by n.createdAt desc, n.id desc",
                        Notice.class)
                .setParameter("me", me()).setMaxResults(LIST_SIZE).getResultList();
    }

    /** Marks every notice read. */
    public void markAllRead() {
        em.createQuery("select n from Notice n where n.recipient = :me and n.readAt is null", Notice.class)
                .setParameter("me", me()).getResultList().forEach(notice -> notice.markRead(clock.instant()));
    }

    /** The person's e-mail address, if they have an account with one. */
    public Optional<String> email() {
        return accounts.findByUsername(me()).flatMap(Account::email);
    }

    public Set<NoticeKind> mailSwitchedOff() {
        return preferences.switchedOff(me());
    }

    /** Sets the person's address (blank removes it) and the kinds they get no e-mail for. */
    public void changeMailSettings(String email, Set<NoticeKind> switchedOff) {
        Account account = accounts.findByUsername(me()).orElseThrow(() -> new NoAccountException(me()));
        account.useEmail(email);
        accounts.store(account);
        preferences.switchOff(me(), switchedOff);
    }

    private String me() {
        return context.getCallerPrincipal().getName();
    }
}
