package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;
import org.projectdesk.testsupport.RolledBack;
import org.projectdesk.testsupport.Visitor;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Twenty editors and reviewers work on the same ten entries at once (edit, submit, withdraw,
 * approve, request changes, start a revision), while fifty readers load the public pages, the API
 * and the feed. Afterwards: no step failed other than by a business rule (a conflict, a state
 * already changed), no answer was a server error, no entry has two published revisions, and the
 * last acknowledged save of every revision is what the revision holds (no lost update).
 *
 * <p>The normal test run works for {@code it.concurrency.seconds} (10); the full minute:
 * {@code scripts/test.sh -Dit.test=ConcurrentDeskIT -Dit.concurrency.seconds=60 -Dtest=NoSuchTest
 * -Dsurefire.failIfNoSpecifiedTests=false} (the README's Security section).
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ConcurrentDeskIT {

    private static final Logger LOG = Logger.getLogger(ConcurrentDeskIT.class.getName());
    private static final int ENTRIES = 10;
    private static final int WORKERS = 20;
    private static final int READERS = 50;

    /** An acknowledged save: which revision it wrote, the entry version it left, the text it wrote. */
    private record Save(long entry, int revision, long version, String text) {
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(ConcurrentDeskIT.class, EntryFixtures.class, Visitor.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    EntryFixtures fixtures;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void editorsReviewersAndReadersAtOnceLoseNothingAndPublishOnce() throws Exception {
        Duration duration = Duration.ofSeconds(Long.getLong("projectdesk.concurrency.seconds", 10));
        List<Long> entries = new ArrayList<>();
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            long id = fixtures.published();
            entries.add(id);
            slugs.add(callers.get(Caller.EDITOR, () -> queries.details(id)).slug());
        }
        List<Save> saves = Collections.synchronizedList(new ArrayList<>());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + duration.toNanos();

        ExecutorService pool = Executors.newFixedThreadPool(WORKERS + READERS);
        try {
            for (int w = 0; w < WORKERS; w++) {
                Caller caller = List.of(Caller.EDITOR, Caller.AUTHOR, Caller.REVIEWER, Caller.ADMIN).get(w % 4);
                int worker = w;
                pool.submit(() -> {
                    int step = 0;
                    while (System.nanoTime() < deadline) {
                        long id = entries.get(ThreadLocalRandom.current().nextInt(ENTRIES));
                        work(caller, worker, step++, id, saves, failures, counts);
                    }
                });
            }
            for (int r = 0; r < READERS; r++) {
                pool.submit(() -> {
                    Visitor reader = new Visitor();
                    while (System.nanoTime() < deadline) {
                        String slug = slugs.get(ThreadLocalRandom.current().nextInt(ENTRIES));
                        String path = List.of("/projects/" + slug, "/projects?country=IS", "/api/v1/projects/" + slug,
                                "/feed.atom", "/fr/projects/" + slug).get(ThreadLocalRandom.current().nextInt(5));
                        try {
                            HttpResponse<String> answer = reader.get(path);
                            count(counts, "reads");
                            if (answer.statusCode() >= 500) {
                                failures.add("GET " + path + " answered " + answer.statusCode());
                            }
                        } catch (RuntimeException e) {
                            failures.add("GET " + path + " failed: " + e);
                        }
                    }
                });
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS), "the workers stop");
        }
        LOG.info(() -> "Concurrency over " + duration.toSeconds() + " s: " + new java.util.TreeMap<>(counts));
        assertTrue(failures.isEmpty(), () -> failures.size() + " failures, e.g. " + failures.stream().limit(5).toList());
        assertTrue(counts.getOrDefault("saved", new AtomicLong()).get() > 0, () -> "no save went through: " + counts);

        for (long id : entries) {
            List<String> published = inTransaction(() -> em.createNativeQuery(
                    "select revision_number from revision where entry_id = ?1 and state = 'PUBLISHED'").setParameter(1, id)
                    .getResultList()).stream().map(String::valueOf).toList();
            assertEquals(1, published.size(), () -> "entry " + id + " has published revisions " + published);
        }
        Map<String, List<Save>> byRevision = saves.stream()
                .collect(Collectors.groupingBy(save -> save.entry() + "#" + save.revision()));
        for (List<Save> revisionSaves : byRevision.values()) {
            assertEquals(revisionSaves.size(), revisionSaves.stream().map(Save::version).distinct().count(),
                    () -> "two saves acknowledged with the same version: " + revisionSaves);
            Save last = revisionSaves.stream().max(java.util.Comparator.comparingLong(Save::version)).orElseThrow();
            ProjectContent stored = callers.get(Caller.ADMIN, () -> queries.revisionContent(last.entry(), last.revision()));
            assertEquals(last.text(), stored.objective().map(LocalizedText::english).orElse(null),
                    () -> "the last acknowledged save of entry " + last.entry() + " revision " + last.revision() + " is lost");
        }
    }

    /** One step of a worker on an entry: whatever its state allows this caller, through the services. */
    private void work(Caller caller, int worker, int step, long id, List<Save> saves,
                      ConcurrentLinkedQueue<String> failures, Map<String, AtomicLong> counts) {
        try {
            EntryDetails entry = callers.get(caller, () -> queries.details(id));
            boolean reviewer = caller == Caller.REVIEWER || caller == Caller.ADMIN && step % 2 == 0;
            String text = "worker " + worker + " step " + step;
            Optional<Runnable> action;
            if (!reviewer && entry.state() == RevisionState.DRAFT) {
                action = Optional.of(step % 3 == 2
                        ? () -> editorial.submitForReview(id, entry.version())
                        : () -> saves.add(new Save(id, entry.revisionNumber(), editorial.saveDraft(id, entry.version(),
                        entry.content().toBuilder().objective(LocalizedText.of(text)).build()).version(), text)));
            } else if (!reviewer && entry.state() == RevisionState.PUBLISHED) {
                action = Optional.of(() -> editorial.startRevision(id, entry.version()));
            } else if (!reviewer && entry.state() == RevisionState.IN_REVIEW && step % 5 == 0) {
                action = Optional.of(() -> editorial.withdrawFromReview(id, entry.version()));
            } else if (reviewer && entry.state() == RevisionState.IN_REVIEW) {
                action = Optional.of(step % 3 == 0
                        ? () -> editorial.requestChanges(id, entry.version(), "Changes please, " + text)
                        : () -> editorial.approve(id, entry.version()));
            } else {
                action = Optional.empty();
            }
            if (action.isEmpty()) {
                count(counts, "idle");
                return;
            }
            boolean save = !reviewer && entry.state() == RevisionState.DRAFT && step % 3 != 2;
            Outcome outcome = callers.as(caller, action.get());
            switch (outcome.kind()) {
                case DONE -> count(counts, save ? "saved" : "stepped");
                case REFUSED -> count(counts, "refused by a rule");
                case FORBIDDEN -> failures.add(caller + " was forbidden a step its role allows on entry " + id);
            }
        } catch (RuntimeException e) {
            failures.add(caller + " on entry " + id + ": " + e);
        }
    }

    private static void count(Map<String, AtomicLong> counts, String what) {
        counts.computeIfAbsent(what, key -> new AtomicLong()).incrementAndGet();
    }

    @SuppressWarnings("unchecked")
    private List<Object> inTransaction(java.util.function.Supplier<List<?>> work) {
        return (List<Object>) RolledBack.read(transaction, work);
    }
}
