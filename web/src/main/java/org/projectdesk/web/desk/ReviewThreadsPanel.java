package org.projectdesk.web.desk;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.domain.review.CommentAnchor;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.persistence.review.ReviewThreads;
import org.projectdesk.persistence.review.ThreadView;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The comment threads of the entry a desk page shows ({@code ?id=…}), for the entry form and the
 * review page alike (WEB-INF/includes/review-threads.xhtml and field-threads.xhtml): each thread beside the
 * field it is about, a new comment about a field or in general, answers and resolving. What was
 * typed stays when a step is refused; the rest of the page's form is neither sent nor redrawn.
 */
@Named
@ViewScoped
public class ReviewThreadsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReviewThreads threads;

    @Inject
    private DeskSteps steps;

    @Inject
    private DeskMessages messages;

    private Long entryId;
    private List<ThreadView> all = List.of();
    private final Map<Long, String> answers = new HashMap<>();
    private final Map<Long, String> problems = new HashMap<>();
    private String newAnchor;
    private String newText;
    private String newProblem;

    @PostConstruct
    void init() {
        String id = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
        if (id != null && id.matches("\\d{1,18}")) {
            entryId = Long.valueOf(id);
            reload();
        }
    }

    /** The threads about one of the fields named (comma-separated keys; {@code general} for the general ones), newest revision first. */
    public List<ThreadView> on(String anchors) {
        Set<String> wanted = Arrays.stream(anchors.split(",")).map(String::strip).collect(Collectors.toSet());
        return all.stream().filter(thread -> wanted.contains(thread.general() ? "general" : thread.anchor())).toList();
    }

    /** Every thread of the entry, newest revision first. */
    public List<ThreadView> getAll() {
        return all;
    }

    /** The threads of one revision, for the history. */
    public List<ThreadView> ofRevision(int revisionNumber) {
        return all.stream().filter(thread -> thread.revisionNumber() == revisionNumber).toList();
    }

    /** How many threads of the open revision are not resolved. */
    public long getOpenCount() {
        return all.stream().filter(ThreadView::changeable).count();
    }

    /** The fields a comment can be about, in the order of the form. */
    public List<String> getAnchors() {
        return CommentAnchor.values().stream().map(CommentAnchor::key).toList();
    }

    /** Every field key, comma-separated: to list every thread in one place. */
    public String getAllAnchors() {
        return String.join(",", getAnchors());
    }

    public void open() {
        newProblem = null;
        steps.of(() -> threads.open(entryId, newAnchor, newText))
                .onRefusal(DomainException.class, refusal -> newProblem = messages.text(refusal))
                .run(done -> {
                    newText = null;
                    newAnchor = null;
                    reload();
                    messages.info(null, "desk.threads.added");
                });
    }

    public void answer(ThreadView thread) {
        long id = thread.id();
        problems.remove(id);
        steps.of(() -> threads.answer(id, answers.get(id)))
                .onRefusal(DomainException.class, refusal -> problems.put(id, messages.text(refusal)))
                .afterRefusal(this::reload)
                .run(done -> {
                    answers.remove(id);
                    reload();
                });
    }

    public void resolve(ThreadView thread) {
        long id = thread.id();
        problems.remove(id);
        steps.of(() -> threads.resolve(id, thread.version()))
                .onRefusal(DomainException.class, refusal -> problems.put(id, messages.text(refusal)))
                .afterRefusal(this::reload)
                .run(done -> reload());
    }

    private void reload() {
        all = threads.ofEntry(entryId);
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public Map<Long, String> getProblems() {
        return problems;
    }

    public String getNewAnchor() {
        return newAnchor;
    }

    public void setNewAnchor(String newAnchor) {
        this.newAnchor = newAnchor;
    }

    public String getNewText() {
        return newText;
    }

    public void setNewText(String newText) {
        this.newText = newText;
    }

    public String getNewProblem() {
        return newProblem;
    }
}
