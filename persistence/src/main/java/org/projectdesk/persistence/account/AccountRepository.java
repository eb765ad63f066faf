package org.projectdesk.persistence.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.Role;

import java.util.List;
import java.util.Optional;

/** Accounts in the database; callers own the transaction. */
@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    public Optional<Account> findByUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", Account.normalizedUsername(username))
                .getResultStream().findFirst();
    }

    public boolean isUsernameTaken(String username) {
        return findByUsername(username).isPresent();
    }

    /** Every account, by username. */
    public List<Account> findAll() {
        return em.createQuery("select a from Account a order by a.username", Account.class).getResultList();
    }

    /** How many enabled accounts hold the ADMIN role. */
    public long countActiveAdmins() {
        return em.createQuery("""
                        select count(a) from Account a
                        where a.enabled = true and :admin member of a.roles""", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
    }

    public void store(Account account) {
        if (account.id() == null) {
            em.persist(account);
        }
        em.flush();
    }
}
