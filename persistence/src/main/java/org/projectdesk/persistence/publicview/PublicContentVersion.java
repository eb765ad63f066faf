package org.projectdesk.persistence.publicview;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.projectdesk.persistence.publicview.search.IndexCatchUp;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * The version of what the public side shows, as a few stamps held in memory, so that deciding
 * whether a finished public answer is still current is a look-up, never a query: one stamp for the
 * reference data (organisations, regions, IATI settings), one for the set of publications, one
 * per project for its own published revision; and the day (UTC), since statuses (upcoming,
 * ongoing, completed) follow the date. An answer about one project (its page, factsheet, API
 * document, IATI activity) depends on the reference stamp, its project's stamp and the day; every
 * other answer (lists, search, feed, site map, whole exports) on the reference stamp, the
 * publications stamp and the day.
 * <p>
 * The stamps live in the Infinispan cache {@value #CACHE} of the server (configured by the CLI
 * script): a local cache on one server; on a cluster the same name is a replicated cache, so a
 * stamp written after a commit on one node is read by every node before the publishing request
 * returns. A new stamp is a random number, so writing one needs no atomic counter across nodes.
 */
@ApplicationScoped
public class PublicContentVersion {

    /** The JNDI name of the Infinispan cache holding the stamps. */
    public static final String CACHE = "java:jboss/infinispan/cache/projectdesk/public-content";

    private static final Logger LOG = Logger.getLogger(PublicContentVersion.class.getName());
    private static final String REFERENCE = "reference";
    private static final String PUBLICATIONS = "publications";
    private static final String PROJECT = "project:";

    @Resource(lookup = CACHE)
    private ConcurrentMap<String, Long> stamps;

    @Inject
    Clock clock;

    @Inject
    IndexCatchUp indexCatchUp;

    /** The longest a change waits for the search index before the stamps move all the same. */
    private static final Duration INDEX_CATCH_UP = Duration.ofSeconds(5);

    /** What every list, search, feed, site map and whole export depends on, now. */
    public Stamp ofCollections() {
        return new Stamp(stamp(REFERENCE), stamp(PUBLICATIONS), today());
    }

    /** What the answers about one project (page, factsheet, API document, IATI activity) depend on, now. */
    public Stamp ofProject(String slug) {
        return new Stamp(stamp(REFERENCE), stamp(PROJECT + slug), today());
    }

    /** Whether an answer made under {@code stamp} for that project (null: a collection) is still current. */
    public boolean isCurrent(Stamp stamp, String project) {
        return stamp.equals(project == null ? ofCollections() : ofProject(project));
    }

    /**
     * Acts on a change once its transaction has committed (at once when there was no transaction),
     * and, on a cluster, once the search index holds it ({@link IndexCatchUp}).
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublicContentChanged change) {
        Optional<PublicContentChanged.Project> project = change.project();
        indexCatchUp.await(project.map(PublicContentChanged.Project::id), INDEX_CATCH_UP);
        stamps.put(project.map(changed -> PROJECT + changed.slug()).orElse(REFERENCE), fresh());
        stamps.put(PUBLICATIONS, fresh());
        LOG.fine(() -> "Public content changed: " + project.map(PublicContentChanged.Project::slug).orElse("everything"));
    }

    private long stamp(String key) {
        Long value = stamps.get(key);
        return value == null ? 0L : value;
    }

    private long today() {
        return LocalDate.now(clock).toEpochDay();
    }

    private static long fresh() {
        long value;
        do {
            value = ThreadLocalRandom.current().nextLong();
        } while (value == 0L);
        return value;
    }

    /**
     * The stamps an answer was made under.
     *
     * @param reference the reference data's stamp
     * @param subject   the publications' stamp (collections) or the project's
     * @param day       the day (UTC, epoch day)
     */
    public record Stamp(long reference, long subject, long day) {

        /** A short text for validators (ETags) of answers made under this stamp. */
        public String text() {
            return Long.toHexString(reference) + "-" + Long.toHexString(subject) + "-" + LocalDate.ofEpochDay(day);
        }
    }
}
