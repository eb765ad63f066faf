package org.projectdesk.persistence.notify;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.account.Account;
import org.projectdesk.persistence.account.AccountRepository;
import org.projectdesk.persistence.entry.EditorialStep;
import org.projectdesk.persistence.review.CommentAdded;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * Who learns of a workflow step, written in the step's own transaction: an in-app {@link Notice}
 * for every recipient, and an {@link OutgoingMail} in their language for those with an e-mail address
 * who did not switch that kind off. The mail is sent once the transaction commits ({@link MailSender}),
 * so a slow or broken mail server never delays or undoes a step. Nobody is told of their own step.
 */
@Stateless
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class.getName());

    /** The steps by which someone works on a revision's content: who took them are its editors. */
    private static final Set<WorkflowAction> EDITING = EnumSet.of(WorkflowAction.CREATE, WorkflowAction.EDIT,
            WorkflowAction.SUBMIT, WorkflowAction.START_REVISION, WorkflowAction.RESTORE);

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountRepository accounts;

    @Inject
    MailPreferences preferences;

    @Inject
    Event<MailQueued> queued;

    @Inject
    @ConfigProperty(name = "projectdesk.public.url")
    Optional<String> publicUrl;

    /** A workflow step was taken (in its transaction): reviewers or editors are told, as the step's kind says. */
    public void stepTaken(@Observes EditorialStep step) {
        kindOf(step).ifPresent(kind -> {
            ProjectEntry entry = em.find(ProjectEntry.class, step.entryId());
            Set<String> recipients = kind.forReviewers() ? reviewers() : editorsOf(entry, step.revisionNumber());
            send(kind, entry, step.actor(), recipients);
        });
    }

    /** A comment thread was started or answered: in the comment's transaction, as for a step. */
    public void commentAdded(@Observes CommentAdded comment) {
        commented(comment.entryId(), comment.revisionNumber(), comment.author());
    }

    /** Someone commented on a revision: its editors are told (not the commenter). */
    public void commented(long entryId, int revisionNumber, String commenter) {
        ProjectEntry entry = em.find(ProjectEntry.class, entryId);
        send(NoticeKind.COMMENTED, entry, commenter, editorsOf(entry, revisionNumber));
    }

    /** A reviewer scheduled a publication: the editors of the revision in review are told. */
    public void scheduled(ProjectEntry entry, String reviewer) {
        entry.openDraft().ifPresent(draft ->
                send(NoticeKind.SCHEDULED, entry, reviewer, editorsOf(entry, draft.number())));
    }

    /** A step the reviewer scheduled could not run: the reviewer is told (never dropped silently). */
    public void scheduleFailed(ProjectEntry entry, String reviewer) {
        send(NoticeKind.SCHEDULE_FAILED, entry, "projectdesk", Set.of(reviewer));
    }

    private void send(NoticeKind kind, ProjectEntry entry, String actor, Set<String> recipients) {
        Instant now = clock.instant();
        LocalizedText title = entry.latestRevision().content().title();
        int mails = 0;
        for (String recipient : recipients) {
            if (recipient.equalsIgnoreCase(actor)) {
                continue;
            }
            em.persist(new Notice(recipient, kind, entry.slug().value(), title.english(), actor, now));
            Optional<Account> account = accounts.findByUsername(recipient);
            Optional<String> address = account.filter(Account::isEnabled).flatMap(Account::email);
            if (address.isPresent() && preferences.wantsMail(recipient, kind)) {
                Language language = account.get().language().orElse(Language.DEFAULT);
                String localTitle = title.in(language).orElse(title.english());
                MailTexts texts = new MailTexts(language);
                em.persist(new OutgoingMail(recipient, address.get(), language, texts.subject(kind, localTitle),
                        texts.body(kind, localTitle, actor, link(kind, entry)), now));
                mails++;
            }
        }
        if (mails > 0) {
            int count = mails;
            LOG.fine(() -> count + " mail(s) queued: " + kind + " " + entry);
            queued.fire(new MailQueued(count));
        }
    }

    private String link(NoticeKind kind, ProjectEntry entry) {
        String page = kind == NoticeKind.SUBMITTED ? "/desk/review?id=" : "/desk/history?id=";
        return origin() + page + entry.id();
    }

    private String origin() {
        String configured = publicUrl.map(String::strip).orElse("");
        if (configured.isEmpty()) {
            int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
            return "http://localhost:" + (8080 + offset);
        }
        return configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
    }

    private static Optional<NoticeKind> kindOf(EditorialStep step) {
        return Optional.ofNullable(switch (step.action()) {
            case SUBMIT -> NoticeKind.SUBMITTED;
            case REQUEST_CHANGES -> NoticeKind.CHANGES_REQUESTED;
            case APPROVE -> step.onSchedule() ? NoticeKind.PUBLISHED : NoticeKind.APPROVED;
            case UNPUBLISH -> NoticeKind.UNPUBLISHED;
            case REPUBLISH -> NoticeKind.PUBLISHED;
            default -> null;
        });
    }

    private Set<String> reviewers() {
        Set<String> reviewers = new LinkedHashSet<>();
        for (Account account : accounts.findAll()) {
            if (account.isEnabled() && account.roles().contains(Role.REVIEWER)) {
                reviewers.add(account.username());
            }
        }
        return reviewers;
    }

    private static Set<String> editorsOf(ProjectEntry entry, int revisionNumber) {
        Set<String> editors = new LinkedHashSet<>();
        List<Transition> history = entry.history(revisionNumber);
        for (Transition transition : history) {
            if (EDITING.contains(transition.action())) {
                editors.add(transition.actor());
            }
        }
        return editors;
    }
}
