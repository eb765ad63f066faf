package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.DomainException;

import java.util.List;
import java.util.stream.Collectors;

/** A draft was submitted while it still lacks something; carries each problem for its field. */
public class NotReadyForReviewException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final List<ReadinessProblem> problems;

    public NotReadyForReviewException(int revisionNumber, List<ReadinessProblem> problems) {
        super("error.workflow.notReady", "Revision {0} is not ready for review: {1}", String.valueOf(revisionNumber),
                problems.stream().map(ReadinessProblem::englishMessage).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<ReadinessProblem> problems() {
        return problems;
    }
}
