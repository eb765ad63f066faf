package org.projectdesk.persistence.notify;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Which kinds of notification each person gets by e-mail: every kind, unless they switched it off. */
@Stateless
public class MailPreferences {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    public boolean wantsMail(String username, NoticeKind kind) {
        return !switchedOff(username).contains(kind);
    }

    /** The kinds the person switched off. */
    public Set<NoticeKind> switchedOff(String username) {
        @SuppressWarnings("unchecked")
        List<String> kinds = em.createNativeQuery("select kind from mail_opt_out where username = ?1")
                .setParameter(1, username).getResultList();
        Set<NoticeKind> off = EnumSet.noneOf(NoticeKind.class);
        for (String kind : kinds) {
            off.add(NoticeKind.valueOf(kind));
        }
        return off;
    }

    /** Replaces the kinds the person switched off (the desk calls it through {@link Inbox}, for the caller only). */
    public void switchOff(String username, Set<NoticeKind> kinds) {
        em.createNativeQuery("delete from mail_opt_out where username = ?1").setParameter(1, username).executeUpdate();
        for (NoticeKind kind : kinds) {
            em.createNativeQuery("insert into mail_opt_out (username, kind) values (?1, ?2)")
                    .setParameter(1, username).setParameter(2, kind.name()).executeUpdate();
        }
    }
}
