package org.projectdesk.web.view.desk;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.entry.BulkCandidate;
import org.projectdesk.persistence.entry.BulkDecision;
import org.projectdesk.persistence.entry.BulkDecisions;
import org.projectdesk.persistence.entry.BulkOutcome;
import org.projectdesk.web.desk.DeskMessages;
import org.projectdesk.web.desk.DeskSteps;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs {@code /desk/bulk}: a reviewer approves, requests changes on or unpublishes several entries
 * at once. Each entry is decided on its own; the page then lists, entry by entry, what was done and
 * why the others were not (four eyes, changed meanwhile, wrong state …).
 */
@Named
@ViewScoped
public class BulkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BulkDecisions decisions;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskMessages messages;

    private List<BulkCandidate> candidates;
    private final Map<Long, Boolean> selected = new HashMap<>();
    private String comment;
    private List<Result> results = List.of();

    /** One entry's outcome as the page lists it. */
    public record Result(String slug, String title, boolean done, String reason) implements Serializable {
    }

    public void load() {
        candidates = decisions.candidates();
    }

    public void approve() {
        decide(BulkDecision.APPROVE);
    }

    public void requestChanges() {
        decide(BulkDecision.REQUEST_CHANGES);
    }

    public void unpublish() {
        decide(BulkDecision.UNPUBLISH);
    }

    private void decide(BulkDecision decision) {
        Map<Long, Long> chosen = new LinkedHashMap<>();
        for (BulkCandidate candidate : candidates) {
            if (Boolean.TRUE.equals(selected.get(candidate.id()))) {
                chosen.put(candidate.id(), candidate.version());
            }
        }
        if (chosen.isEmpty()) {
            messages.warn(null, "desk.bulk.noneChosen");
            return;
        }
        steps.of(() -> decisions.decide(decision, chosen, comment)).run(outcomes -> {
            results = outcomes.stream().map(this::result).toList();
            long done = results.stream().filter(Result::done).count();
            messages.info(null, "desk.bulk.summary", done, results.size() - done);
            selected.clear();
            load();
        });
    }

    private Result result(BulkOutcome outcome) {
        return new Result(outcome.slug(), outcome.title(), outcome.isDone(),
                outcome.isDone() ? null : messages.text(outcome.refusal()));
    }

    public List<BulkCandidate> getCandidates() {
        return candidates;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Result> getResults() {
        return results;
    }
}
