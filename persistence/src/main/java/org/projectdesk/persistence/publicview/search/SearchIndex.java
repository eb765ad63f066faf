package org.projectdesk.persistence.publicview.search;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.search.mapper.orm.Search;
import org.projectdesk.domain.entry.ProjectEntry;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The project index's life outside single publications (those are indexed by Hibernate Search when
 * they are committed, see {@link PublishedOnlyRoutingBinder}): at start-up, when the index does not
 * hold exactly the published entries, by id (a new data directory, an index lost or from another
 * database), it is rebuilt from the database. {@link #rebuild()} also brings in renamed
 * organisations and regions.
 */
@Singleton
@Startup
@DependsOn({"DemoContent", "GeneratedContent"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit(unitName = "projectdesk")
    private EntityManagerFactory emf;

    @PostConstruct
    void checkAtStartup() {
        Set<Long> indexed = indexedIds();
        Set<Long> published = publishedIds();
        if (!indexed.equals(published)) {
            LOG.info(() -> "Search index holds " + indexed.size() + " projects, the database " + published.size()
                    + " published ones, not the same: rebuilding it");
            rebuild();
        } else {
            LOG.info(() -> "Search index is up to date (" + indexed.size() + " published projects)");
            // one segment: facet counts and sorts then need no ordinal map across segments
            Search.mapping(emf).scope(ProjectEntry.class).workspace().mergeSegments();
        }
    }

    /** Rebuilds the whole index from the published revisions in the database; waits until it is done. */
    public void rebuild() {
        long start = System.nanoTime();
        try {
            Search.mapping(emf).scope(ProjectEntry.class).massIndexer()
                    .threadsToLoadObjects(2)
                    .batchSizeToLoadObjects(50)
                    .mergeSegmentsOnFinish(true)
                    .startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while rebuilding the search index", e);
        }
        LOG.info(() -> "Search index rebuilt in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** How many projects the index holds. */
    public long indexedCount() {
        try (EntityManager em = emf.createEntityManager()) {
            return Search.session(em).search(ProjectEntry.class).where(f -> f.matchAll()).fetchTotalHitCount();
        }
    }

    private Set<Long> indexedIds() {
        try (EntityManager em = emf.createEntityManager()) {
            return new HashSet<>(Search.session(em).search(ProjectEntry.class).select(f -> f.id(Long.class))
                    .where(f -> f.matchAll()).fetchAllHits());
        }
    }

    private Set<Long> publishedIds() {
        try (EntityManager em = emf.createEntityManager()) {
            return new HashSet<>(em.createQuery("select e.id from ProjectEntry e where e.publishedRevision is not null",
                    Long.class).getResultList());
        }
    }
}
