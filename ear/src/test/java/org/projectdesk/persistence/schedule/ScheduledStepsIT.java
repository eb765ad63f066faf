package org.projectdesk.persistence.schedule;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.persistence.notify.Inbox;
import org.projectdesk.persistence.notify.NoticeKind;
import org.projectdesk.persistence.time.ClockProducer;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.RolledBack;
import org.projectdesk.testsupport.TestAccounts;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scheduled publication and unpublication: carried out once its time has come (the test moves the
 * clock), exactly once even with two runs of the job at the same moment against the one database
 * (besides the server's own timer), recorded as done on schedule; a step that cannot run is reported
 * to its reviewer; a cancelled one never runs; the queue lists what waits.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ScheduledStepsIT {

    private static final int ENTRIES = 4;

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(ScheduledStepsIT.class, EntryFixtures.class, TestAccounts.class);
    }

    @Inject
    Callers callers;

    @Inject
    EntryFixtures fixtures;

    @Inject
    EditorialService editorial;

    @Inject
    Schedules schedules;

    @Inject
    ScheduledStepRunner runner;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Inbox inbox;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    UserTransaction transaction;

    @Inject
    Clock clock;

    @BeforeEach
    void reviewerWithAnAccount() {
        testAccounts.account(Caller.REVIEWER, Role.REVIEWER, Language.EN);
        testAccounts.account(Caller.AUTHOR, Role.EDITOR, Language.EN);
    }

    @AfterEach
    void clockBack() {
        System.clearProperty(ClockProducer.OFFSET_PROPERTY);
    }

    @Test
    void twoConcurrentRunsPublishEachScheduledEntryExactlyOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            long id = fixtures.inReview();
            callers.get(Caller.REVIEWER, () -> schedules.schedulePublication(id, fixtures.version(id),
                    clock.instant().plus(Duration.ofHours(1))));
            ids.add(id);
        }
        assertTrue(callers.get(Caller.EDITOR, () -> schedules.pending()).stream()
                .filter(s -> ids.contains(s.entryId())).allMatch(s -> s.kind() == ScheduledStepKind.PUBLISH), "the queue lists them");
        assertTrue(ids.stream().noneMatch(this::isPublic), "nothing before its time");

        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT2H");
        ExecutorService executor = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        Future<Integer> first = executor.submit(() -> {
            start.await();
            return runner.runDue();
        });
        Future<Integer> second = executor.submit(() -> {
            start.await();
            return runner.runDue();
        });
        start.countDown();
        int carriedOut = first.get() + second.get();
        executor.shutdown();

        assertTrue(carriedOut <= ENTRIES, "no step carried out twice: " + carriedOut);
        runner.runDue();   // whatever the server's own timer has not settled yet
        for (long id : ids) {
            List<Transition> approvals = approvals(id);
            assertEquals(1, approvals.size(), "one approval of " + id + ": " + approvals);
            assertTrue(approvals.get(0).onSchedule(), "recorded as done on schedule");
            assertEquals(Caller.REVIEWER.username(), approvals.get(0).actor());
            assertTrue(isPublic(id));
            assertTrue(callers.get(Caller.REVIEWER, () -> schedules.forEntry(id)).stream()
                    .allMatch(s -> s.state() == ScheduledStepState.DONE));
        }
        String slug = fixtures.slug(ids.get(0));
        assertTrue(callers.get(Caller.AUTHOR, () -> inbox.recent()).stream()
                .anyMatch(n -> n.kind() == NoticeKind.PUBLISHED && n.entrySlug().equals(slug)), "the editors are told");
    }

    @Test
    void aStepOnAnEntryChangedSinceFailsAndIsReportedToTheReviewer() {
        long id = fixtures.inReview();
        callers.get(Caller.REVIEWER, () -> schedules.schedulePublication(id, fixtures.version(id),
                clock.instant().plus(Duration.ofMinutes(30))));
        callers.get(Caller.AUTHOR, () -> editorial.withdrawFromReview(id, fixtures.version(id)));
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));

        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT1H");
        runner.runDue();

        assertFalse(isPublic(id));
        assertTrue(approvals(id).isEmpty());
        ScheduledStepView step = callers.get(Caller.REVIEWER, () -> schedules.forEntry(id)).get(0);
        assertEquals(ScheduledStepState.FAILED, step.state());
        assertEquals(ScheduleFailure.ENTRY_CHANGED.name(), step.failure());
        String slug = fixtures.slug(id);
        assertTrue(callers.get(Caller.REVIEWER, () -> inbox.recent()).stream()
                .anyMatch(n -> n.kind() == NoticeKind.SCHEDULE_FAILED && n.entrySlug().equals(slug)));
    }

    @Test
    void aStepWhoseReviewerLostTheRoleFails() {
        long id = fixtures.inReview();
        callers.get(Caller.REVIEWER, () -> schedules.schedulePublication(id, fixtures.version(id),
                clock.instant().plus(Duration.ofMinutes(30))));
        testAccounts.account(Caller.REVIEWER, Role.EDITOR, Language.EN);

        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT1H");
        runner.runDue();

        assertFalse(isPublic(id));
        assertEquals(ScheduleFailure.REVIEWER_LOST_ROLE.name(),
                callers.get(Caller.ADMIN, () -> schedules.forEntry(id)).get(0).failure());
    }

    @Test
    void aCancelledStepNeverRunsAndAnUnpublicationRunsOnSchedule() {
        long review = fixtures.inReview();
        ScheduledStepView publication = callers.get(Caller.REVIEWER, () -> schedules.schedulePublication(review,
                fixtures.version(review), clock.instant().plus(Duration.ofMinutes(10))));
        callers.as(Caller.REVIEWER, () -> schedules.cancel(publication.id()));
        long published = fixtures.published();
        callers.get(Caller.REVIEWER, () -> schedules.scheduleUnpublication(published, fixtures.version(published),
                clock.instant().plus(Duration.ofMinutes(10)), "Closed"));

        System.setProperty(ClockProducer.OFFSET_PROPERTY, "PT1H");
        runner.runDue();

        assertFalse(isPublic(review), "cancelled");
        assertEquals(ScheduledStepState.CANCELLED, callers.get(Caller.REVIEWER, () -> schedules.forEntry(review)).get(0).state());
        assertFalse(isPublic(published), "unpublished on schedule");
    }

    private boolean isPublic(long id) {
        return RolledBack.read(transaction, () -> entries.find(id).orElseThrow().isPublic());
    }

    private List<Transition> approvals(long id) {
        return RolledBack.read(transaction, () -> {
            ProjectEntry entry = entries.find(id).orElseThrow();
            return entry.history().stream().filter(t -> t.action() == WorkflowAction.APPROVE
                    && t.revisionNumber() == entry.latestRevision().number()).toList();
        });
    }
}
