package org.projectdesk.persistence.publicview.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The project index's life outside single publications (those are indexed by Hibernate Search when
 * they are committed, see {@link PublishedOnlyRoutingBinder}): at start-up, when the index does not
 * hold exactly the published entries, by id (a new data directory, an index lost or from another
 * database), it is rebuilt from the database. {@link #rebuild()} also brings in renamed
 * organisations and regions.
 *
 * <p>After a crash it is rebuilt too. Hibernate Search writes a publication to the index after the
 * database committed it and commits the index about once a second, so a process killed in between
 * leaves an index that misses what the database holds (a new published revision, a renamed
 * organisation) though it may hold the same ids. A marker file beside the index says the server
 * runs; a clean shutdown flushes the index and removes it, so finding it at start-up means the
 * last run ended without one.
 *
 * <p>On a cluster the index lives in OpenSearch, which keeps what it acknowledged, and a publication
 * reaches it through the outbox in the database, which a killed node leaves for another to deliver:
 * no marker there, only the comparison with the database.
 */
@Singleton
@Startup
@DependsOn({"DemoContent", "GeneratedContent"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    @PersistenceUnit(unitName = "projectdesk")
    private EntityManagerFactory emf;

    /** The marker of a running server, beside the index (see the class comment). */
    static final String RUNNING_MARKER = "server-running";

    /** Whether the index is this server's own (Lucene, on disk), rather than OpenSearch's. */
    private boolean embedded;

    @PostConstruct
    void checkAtStartup() {
        embedded = SearchMode.of(emf.getProperties()).embeddedIndex();
        if (!embedded) {
            rebuildUnlessCurrent();
            return;
        }
        Path marker = marker();
        boolean crashed = Files.exists(marker);
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "The server runs; a clean shutdown removes this file.\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write beside the search index: " + marker, e);
        }
        if (crashed) {
            LOG.warning("The server did not shut down cleanly last time: rebuilding the search index from the database");
            rebuild();
            return;
        }
        if (rebuildUnlessCurrent()) {
            // one segment: facet counts and sorts then need no ordinal map across segments
            Search.mapping(emf).scope(ProjectEntry.class).workspace().mergeSegments();
        }
    }

    /** Rebuilds the index unless it holds exactly the published entries; true if it did hold them. */
    private boolean rebuildUnlessCurrent() {
        Set<Long> indexed = indexedIds();
        Set<Long> published = publishedIds();
        if (!indexed.equals(published)) {
            LOG.info(() -> "Search index holds " + indexed.size() + " projects, the database " + published.size()
                    + " published ones, not the same: rebuilding it");
            rebuild();
            return false;
        }
        LOG.info(() -> "Search index is up to date (" + indexed.size() + " published projects)");
        return true;
    }

    /** A clean shutdown: the index is committed to disk, then the marker goes. */
    @PreDestroy
    void cleanShutdown() {
        if (!embedded) {
            return;
        }
        Search.mapping(emf).scope(ProjectEntry.class).workspace().flush();
        try {
            Files.deleteIfExists(marker());
        } catch (IOException e) {
            LOG.warning(() -> "Could not remove " + marker() + " (the next start rebuilds the search index): " + e);
        }
    }

    private Path marker() {
        Object root = emf.getProperties().get("hibernate.search.backend.directory.root");
        if (root == null) {
            throw new IllegalStateException("The persistence unit names no search index directory");
        }
        return Path.of(root.toString()).resolve(RUNNING_MARKER);
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
