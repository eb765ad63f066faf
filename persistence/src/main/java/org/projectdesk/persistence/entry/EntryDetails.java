package org.projectdesk.persistence.entry;

import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ReadinessProblem;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.shared.Language;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entry as the desk's entry, review and history pages need it, for the caller: the current
 * revision's content (fully loaded, detached; the open draft if there is one, else the published
 * one), who holds it, the actions the caller may take now, what it still lacks for review, the
 * changes against the live version, and the whole history.
 */
public record EntryDetails(
        long id,
        String slug,
        long version,
        int revisionNumber,
        RevisionState state,
        ProjectContent content,
        boolean live,
        Integer publishedRevisionNumber,
        String createdBy,
        String lastEditedBy,
        Instant lastEditedAt,
        String submittedBy,
        Instant submittedAt,
        String reviewComment,
        Set<WorkflowAction> allowedActions,
        List<ReadinessProblem> readinessProblems,
        Map<String, Set<Language>> missingTranslations,
        List<FieldChange> changesAgainstLive,
        List<RevisionView> revisions,
        List<TransitionView> history) implements Serializable {

    public boolean allows(WorkflowAction action) {
        return allowedActions.contains(action);
    }

    public boolean isOpen() {
        return state.isOpen();
    }
}
