package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.Fixtures.ALICE;
import static org.projectdesk.domain.entry.Fixtures.BOB;
import static org.projectdesk.domain.entry.Fixtures.CAROL;
import static org.projectdesk.domain.entry.Fixtures.at;

/** Steps a reviewer scheduled: the same rules as taken by hand, and recorded as done on schedule. */
class ScheduledStepsTest {

    @Test
    void anApprovalOnScheduleIsRecordedAsSuch() {
        ProjectEntry entry = Fixtures.inReview();
        entry.approveOnSchedule(CAROL, at(60));
        assertTrue(entry.isPublic());
        Transition approval = entry.history().get(entry.history().size() - 1);
        assertEquals(WorkflowAction.APPROVE, approval.action());
        assertTrue(approval.onSchedule());
        assertFalse(entry.history().get(0).onSchedule(), "steps taken by hand are not");
    }

    @Test
    void anUnpublicationOnScheduleIsRecordedAsSuch() {
        ProjectEntry entry = Fixtures.published();
        entry.unpublishOnSchedule(CAROL, at(90), "Closed");
        assertFalse(entry.isPublic());
        assertTrue(entry.history().get(entry.history().size() - 1).onSchedule());
    }

    @Test
    void aScheduledApprovalKeepsTheRoleAndTheFourEyesRule() {
        ProjectEntry entry = Fixtures.inReview();
        assertThrows(ActionNotPermittedException.class, () -> entry.approveOnSchedule(BOB, at(60)));
        assertThrows(FourEyesViolationException.class, () -> entry.approveOnSchedule(ALICE, at(60)));
        assertThrows(ActionNotPermittedException.class, () -> entry.refuseUnlessAllowed(WorkflowAction.APPROVE, BOB));
        entry.refuseUnlessAllowed(WorkflowAction.APPROVE, CAROL);
        assertFalse(entry.isPublic(), "asking changes nothing");
    }
}
