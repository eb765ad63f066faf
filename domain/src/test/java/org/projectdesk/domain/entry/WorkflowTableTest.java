package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.projectdesk.domain.shared.Slug;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.projectdesk.domain.entry.Fixtures.at;

/**
 * The editorial state machine as a table, written out by hand: every action, in every situation an
 * entry can be in, taken by every kind of actor, and what must happen. Actors:
 * <ul>
 * <li>EDITOR bob; REVIEWER carol; ADMIN dave;</li>
 * <li>AUTHOR alice (editor and reviewer) who created and last edited the subject revision;</li>
 * <li>SUBMITTER erin (admin) who submitted it (in the review situations);</li>
 * <li>SYSTEM the importer; NOBODY frank, signed in without a role.</li>
 * </ul>
 * Outcomes: OK, ROLE (not permitted), STATE (illegal transition), EYES (four-eyes violation),
 * OPEN (a draft is already open).
 */
class WorkflowTableTest {

    private static final String[] ACTOR_COLUMNS = {"EDITOR", "REVIEWER", "ADMIN", "AUTHOR", "SUBMITTER", "SYSTEM", "NOBODY"};

    private static final String TABLE = """
            # action          situation                  EDITOR  REVIEWER ADMIN  AUTHOR SUBMITTER SYSTEM NOBODY
            CREATE            NEW                        OK      ROLE     OK     OK     OK        ROLE   ROLE
            IMPORT            NEW                        ROLE    ROLE     ROLE   ROLE   ROLE      OK     ROLE

            EDIT              DRAFT                      OK      ROLE     OK     OK     OK        ROLE   ROLE
            EDIT              IN_REVIEW                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            EDIT              PUBLISHED                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            EDIT              PUBLISHED_AND_DRAFT        OK      ROLE     OK     OK     OK        ROLE   ROLE
            EDIT              PUBLISHED_AND_IN_REVIEW    STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            EDIT              UNPUBLISHED                STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE

            SUBMIT            DRAFT                      OK      ROLE     OK     OK     OK        ROLE   ROLE
            SUBMIT            IN_REVIEW                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            SUBMIT            PUBLISHED                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            SUBMIT            PUBLISHED_AND_DRAFT        OK      ROLE     OK     OK     OK        ROLE   ROLE
            SUBMIT            PUBLISHED_AND_IN_REVIEW    STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            SUBMIT            UNPUBLISHED                STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE

            WITHDRAW          DRAFT                      STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            WITHDRAW          IN_REVIEW                  OK      ROLE     OK     OK     OK        ROLE   ROLE
            WITHDRAW          PUBLISHED                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            WITHDRAW          PUBLISHED_AND_DRAFT        STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            WITHDRAW          PUBLISHED_AND_IN_REVIEW    OK      ROLE     OK     OK     OK        ROLE   ROLE
            WITHDRAW          UNPUBLISHED                STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE

            APPROVE           DRAFT                      ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            APPROVE           IN_REVIEW                  ROLE    OK       OK     EYES   EYES      ROLE   ROLE
            APPROVE           PUBLISHED                  ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            APPROVE           PUBLISHED_AND_DRAFT        ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            APPROVE           PUBLISHED_AND_IN_REVIEW    ROLE    OK       OK     EYES   EYES      ROLE   ROLE
            APPROVE           UNPUBLISHED                ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE

            REQUEST_CHANGES   DRAFT                      ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REQUEST_CHANGES   IN_REVIEW                  ROLE    OK       OK     OK     OK        ROLE   ROLE
            REQUEST_CHANGES   PUBLISHED                  ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REQUEST_CHANGES   PUBLISHED_AND_DRAFT        ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REQUEST_CHANGES   PUBLISHED_AND_IN_REVIEW    ROLE    OK       OK     OK     OK        ROLE   ROLE
            REQUEST_CHANGES   UNPUBLISHED                ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE

            DISCARD           DRAFT                      OK      ROLE     OK     OK     OK        ROLE   ROLE
            DISCARD           IN_REVIEW                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            DISCARD           PUBLISHED                  STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            DISCARD           PUBLISHED_AND_DRAFT        OK      ROLE     OK     OK     OK        ROLE   ROLE
            DISCARD           PUBLISHED_AND_IN_REVIEW    STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE
            DISCARD           UNPUBLISHED                STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE

            UNPUBLISH         DRAFT                      ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            UNPUBLISH         IN_REVIEW                  ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            UNPUBLISH         PUBLISHED                  ROLE    OK       OK     OK     OK        ROLE   ROLE
            UNPUBLISH         PUBLISHED_AND_DRAFT        ROLE    OK       OK     OK     OK        ROLE   ROLE
            UNPUBLISH         PUBLISHED_AND_IN_REVIEW    ROLE    OK       OK     OK     OK        ROLE   ROLE
            UNPUBLISH         UNPUBLISHED                ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE

            REPUBLISH         DRAFT                      ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REPUBLISH         IN_REVIEW                  ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REPUBLISH         PUBLISHED                  ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REPUBLISH         PUBLISHED_AND_DRAFT        ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REPUBLISH         PUBLISHED_AND_IN_REVIEW    ROLE    STATE    STATE  STATE  STATE     ROLE   ROLE
            REPUBLISH         UNPUBLISHED                ROLE    OK       OK     OK     OK        ROLE   ROLE

            START_REVISION    DRAFT                      OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            START_REVISION    IN_REVIEW                  OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            START_REVISION    PUBLISHED                  OK      ROLE     OK     OK     OK        ROLE   ROLE
            START_REVISION    PUBLISHED_AND_DRAFT        OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            START_REVISION    PUBLISHED_AND_IN_REVIEW    OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            START_REVISION    UNPUBLISHED                STATE   ROLE     STATE  STATE  STATE     ROLE   ROLE

            RESTORE           DRAFT                      OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            RESTORE           IN_REVIEW                  OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            RESTORE           PUBLISHED                  OK      ROLE     OK     OK     OK        ROLE   ROLE
            RESTORE           PUBLISHED_AND_DRAFT        OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            RESTORE           PUBLISHED_AND_IN_REVIEW    OPEN    ROLE     OPEN   OPEN   OPEN      ROLE   ROLE
            RESTORE           UNPUBLISHED                OK      ROLE     OK     OK     OK        ROLE   ROLE
            """;

    /** The entry situations, built through the entry's own methods. */
    enum Situation {
        NEW(() -> null),
        DRAFT(Fixtures::draft),
        IN_REVIEW(Fixtures::inReview),
        PUBLISHED(Fixtures::published),
        PUBLISHED_AND_DRAFT(Fixtures::publishedWithDraft),
        PUBLISHED_AND_IN_REVIEW(Fixtures::publishedWithDraftInReview),
        UNPUBLISHED(Fixtures::unpublished);

        private final Supplier<ProjectEntry> builder;

        Situation(Supplier<ProjectEntry> builder) {
            this.builder = builder;
        }

        ProjectEntry build() {
            return builder.get();
        }
    }

    enum Outcome {
        OK(null),
        ROLE(ActionNotPermittedException.class),
        STATE(IllegalTransitionException.class),
        EYES(FourEyesViolationException.class),
        OPEN(DraftAlreadyOpenException.class);

        final Class<? extends RuntimeException> exception;

        Outcome(Class<? extends RuntimeException> exception) {
            this.exception = exception;
        }
    }

    private static final Map<String, Actor> ACTORS = Map.of(
            "EDITOR", Fixtures.BOB, "REVIEWER", Fixtures.CAROL, "ADMIN", Fixtures.DAVE,
            "AUTHOR", Fixtures.ALICE, "SUBMITTER", Fixtures.ERIN,
            "SYSTEM", Fixtures.IMPORTER, "NOBODY", Fixtures.FRANK);

    record Row(WorkflowAction action, Situation situation, String actorColumn, Outcome outcome) {
        @Override
        public String toString() {
            return action + " in " + situation + " by " + actorColumn + " -> " + outcome;
        }
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        for (String line : TABLE.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\s+");
            assertEquals(2 + ACTOR_COLUMNS.length, cells.length, "malformed row: " + line);
            for (int column = 0; column < ACTOR_COLUMNS.length; column++) {
                rows.add(new Row(WorkflowAction.valueOf(cells[0]), Situation.valueOf(cells[1]),
                        ACTOR_COLUMNS[column], Outcome.valueOf(cells[2 + column])));
            }
        }
        return rows;
    }

    static Stream<Arguments> table() {
        return rows().stream().map(Arguments::of);
    }

    @Test
    void theTableCoversEveryActionInEverySituationItCanMeet() {
        Set<String> covered = rows().stream().map(r -> r.action() + "/" + r.situation()).collect(Collectors.toSet());
        for (WorkflowAction action : WorkflowAction.values()) {
            boolean startsEntry = action == WorkflowAction.CREATE || action == WorkflowAction.IMPORT;
            for (Situation situation : Situation.values()) {
                boolean applies = startsEntry == (situation == Situation.NEW);
                assertEquals(applies, covered.contains(action + "/" + situation), action + " in " + situation);
            }
        }
        assertEquals(62 * ACTOR_COLUMNS.length, rows().size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void actionOutcome(Row row) {
        Actor actor = ACTORS.get(row.actorColumn());
        ProjectEntry entry = row.situation().build();
        List<String> historyBefore = entry == null ? List.of() : describe(entry);

        if (row.outcome() == Outcome.OK) {
            ProjectEntry result = take(row.action(), entry, actor);
            Transition last = result.history().get(lastIndexOfAction(result, row.action()));
            assertEquals(row.action(), last.action());
            assertEquals(actor.username(), last.actor());
            assertEquals(row.action().to(), last.toState());
            assertEquals(row.action().to(), result.revision(last.revisionNumber()).state());
        } else {
            RuntimeException thrown = assertThrows(RuntimeException.class, () -> take(row.action(), entry, actor));
            assertInstanceOf(row.outcome().exception, thrown, thrown.getMessage());
            if (entry != null) {
                assertEquals(historyBefore, describe(entry), "a refused action changes nothing");
            }
        }
    }

    /** allowedActions must agree with the table (for the actions that apply to an existing entry). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void allowedActionsAgreeWithTheTable(Row row) {
        if (row.situation() == Situation.NEW) {
            return;
        }
        ProjectEntry entry = row.situation().build();
        Actor actor = ACTORS.get(row.actorColumn());
        assertEquals(row.outcome() == Outcome.OK, entry.allowedActions(actor).contains(row.action()));
    }

    @Test
    void allowedActionsNeverOfferCreateOrImport() {
        for (Situation situation : EnumSet.complementOf(EnumSet.of(Situation.NEW))) {
            for (Actor actor : ACTORS.values()) {
                Set<WorkflowAction> allowed = situation.build().allowedActions(actor);
                assertFalse(allowed.contains(WorkflowAction.CREATE));
                assertFalse(allowed.contains(WorkflowAction.IMPORT));
            }
        }
    }

    private static ProjectEntry take(WorkflowAction action, ProjectEntry entry, Actor actor) {
        switch (action) {
            case CREATE -> {
                return ProjectEntry.create(Slug.of("mibma"), Fixtures.mibma(), actor, at(10));
            }
            case IMPORT -> {
                return ProjectEntry.imported(Slug.of("mibma"), Fixtures.mibma(), actor, at(10));
            }
            case EDIT -> entry.editDraft(Fixtures.mibma().toBuilder().acronym("MIBMA II").build(), actor, at(10));
            case SUBMIT -> entry.submitForReview(actor, at(10));
            case WITHDRAW -> entry.withdrawFromReview(actor, at(10));
            case APPROVE -> entry.approve(actor, at(10));
            case REQUEST_CHANGES -> entry.requestChanges(actor, at(10), "Please add the target groups.");
            case DISCARD -> entry.discardDraft(actor, at(10));
            case UNPUBLISH -> entry.unpublish(actor, at(10), "Suspended");
            case REPUBLISH -> entry.republish(actor, at(10));
            case START_REVISION -> entry.startRevision(actor, at(10));
            case RESTORE -> entry.restoreAsDraft(1, actor, at(10));
        }
        return entry;
    }

    private static int lastIndexOfAction(ProjectEntry entry, WorkflowAction action) {
        List<Transition> history = entry.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).action() == action && history.get(i).toState() == action.to()) {
                return i;
            }
        }
        throw new AssertionError("no " + action + " recorded");
    }

    /** The entry's visible state as text, to compare before and after a refused action. */
    private static List<String> describe(ProjectEntry entry) {
        List<String> lines = new ArrayList<>();
        entry.revisions().forEach(r -> lines.add(r.number() + " " + r.state() + " " + r.lastEditedBy() + " "
                + r.submittedBy().orElse("-") + " " + r.content().acronym().orElse("-")));
        lines.add("published " + entry.publishedRevision().map(Revision::number).orElse(0));
        lines.add("draft " + entry.openDraft().map(Revision::number).orElse(0));
        lines.add("history " + entry.history().size());
        lines.addAll(Arrays.asList(entry.history().stream().map(Object::toString).toArray(String[]::new)));
        return lines;
    }
}
