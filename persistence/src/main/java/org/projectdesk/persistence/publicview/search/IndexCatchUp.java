package org.projectdesk.persistence.publicview.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.persistence.Query;
import org.hibernate.search.mapper.orm.Search;
import org.projectdesk.domain.entry.ProjectEntry;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * On a cluster, the search index follows the database through the outbox (Hibernate Search's
 * outbox-polling coordination): a committed publication is indexed a moment later, by whichever
 * node's event processor takes it. A public answer made in that moment, and kept by the response
 * cache under the new stamps, would miss the publication until the next change. So a change waits
 * here, after its commit and before the stamps move, until the outbox holds no pending event of
 * what it changed (one project's entry; for a change to everything, no pending event at all) and
 * OpenSearch has made what was indexed searchable; then every answer made under the new stamps
 * shows it. One server indexes before the commit returns (read-sync): nothing to wait for.
 * <p>
 * Called after a commit, while the finished transaction is still the thread's: it runs outside it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class IndexCatchUp {

    private static final Logger LOG = Logger.getLogger(IndexCatchUp.class.getName());
    private static final long POLL_MILLIS = 25;

    @PersistenceUnit(unitName = "projectdesk")
    EntityManagerFactory emf;

    private boolean throughOutbox;
    private String entityName;

    @PostConstruct
    void readMode() {
        throughOutbox = SearchMode.of(emf.getProperties()).throughOutbox();
        entityName = emf.getMetamodel().entity(ProjectEntry.class).getName();
    }

    /**
     * Waits, at most {@code most}, until the index holds every committed change of that project's
     * entry (empty: every committed change); true if it does.
     */
    public boolean await(Optional<Long> entry, Duration most) {
        if (!throughOutbox) {
            return true;
        }
        long deadline = System.nanoTime() + most.toNanos();
        long pending = pending(entry);
        while (pending > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            pending = pending(entry);
        }
        Search.mapping(emf).scope(ProjectEntry.class).workspace().refresh();
        if (pending > 0) {
            long left = pending;
            LOG.warning(() -> left + " indexing events of " + entry.map(id -> "entry " + id).orElse("every entry")
                    + " still pending after " + most + ": public answers may miss them until the next change");
        }
        return pending == 0;
    }

    private long pending(Optional<Long> entry) {
        try (EntityManager em = emf.createEntityManager()) {
            Query count = em.createNativeQuery(entry.isPresent()
                    ? "select count(*) from hsearch_outbox_event where status = 'PENDING' and entityName = ?1 and entityId = ?2"
                    : "select count(*) from hsearch_outbox_event where status = 'PENDING'");
            entry.ifPresent(id -> count.setParameter(1, entityName).setParameter(2, String.valueOf(id)));
            return ((Number) count.getSingleResult()).longValue();
        }
    }
}
