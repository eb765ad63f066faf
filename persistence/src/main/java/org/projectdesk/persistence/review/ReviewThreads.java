package org.projectdesk.persistence.review;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PessimisticLockException;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.review.CommentAnchor;
import org.projectdesk.domain.review.ReviewThread;
import org.projectdesk.domain.review.ThreadMessage;
import org.projectdesk.persistence.entry.CallerActor;
import org.projectdesk.persistence.entry.UnknownEntryException;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.ADMIN;
import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;

/**
 * The comment threads of an entry's revisions: read them, start one (about a field or in general),
 * answer, resolve. Everyone who sees the entry in the desk may (editors and reviewers); the thread
 * itself checks that its revision is still open. Every message fires {@link CommentAdded}.
 */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class ReviewThreads {

    private static final Logger LOG = Logger.getLogger(ReviewThreads.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    Event<CommentAdded> commentsAdded;

    /** Every thread of every revision of the entry: the newest revision first, then in the order they were started. */
    public List<ThreadView> ofEntry(long entryId) {
        return em.createQuery("""
                        select t from ReviewThread t join fetch t.revision
                        where t.revision.entry.id = :entry""", ReviewThread.class)
                .setParameter("entry", entryId)
                .setHint("org.hibernate.readOnly", true)
                .getResultList().stream()
                .sorted(Comparator.comparing((ReviewThread t) -> -t.revision().number())
                        .thenComparing(t -> t.messages().get(0).writtenAt()))
                .map(ThreadView::of).toList();
    }

    /** Starts a thread on the entry's open revision; {@code anchorKey} names the field, or is blank for a general comment. */
    public ThreadView open(long entryId, String anchorKey, String text) {
        Actor actor = CallerActor.of(context);
        ProjectEntry entry = em.find(ProjectEntry.class, entryId);
        if (entry == null) {
            throw new UnknownEntryException(entryId);
        }
        CommentAnchor anchor = anchorKey == null || anchorKey.isBlank() ? null : CommentAnchor.of(anchorKey);
        Revision revision = entry.openDraft().orElseGet(entry::latestRevision);
        ReviewThread thread = ReviewThread.open(revision, anchor, actor, clock.instant(), text);
        em.persist(thread);
        em.flush();
        announce(thread, false);
        LOG.info(() -> actor + " opened " + thread);
        return ThreadView.of(thread);
    }

    /** Adds an answer to the thread. */
    public ThreadView answer(long threadId, String text) {
        Actor actor = CallerActor.of(context);
        ReviewThread thread = lockedThread(threadId, null);
        thread.answer(actor, clock.instant(), text);
        em.flush();
        announce(thread, true);
        LOG.info(() -> actor + " answered " + thread);
        return ThreadView.of(thread);
    }

    /** Resolves the thread, unless someone wrote in it after the caller loaded it ({@code expectedVersion}). */
    public ThreadView resolve(long threadId, long expectedVersion) {
        Actor actor = CallerActor.of(context);
        ReviewThread thread = lockedThread(threadId, expectedVersion);
        thread.resolve(actor, clock.instant());
        em.flush();
        LOG.info(() -> actor + " resolved " + thread);
        return ThreadView.of(thread);
    }

    /**
     * The thread, refused if it changed since the caller loaded it ({@code expectedVersion}, when
     * given), its version raised at once so that concurrent answers and resolutions come one after
     * the other instead of overwriting each other.
     */
    private ReviewThread lockedThread(long threadId, Long expectedVersion) {
        ReviewThread thread = em.find(ReviewThread.class, threadId);
        if (thread == null) {
            throw new UnknownThreadException(threadId);
        }
        if (expectedVersion != null && thread.version() != expectedVersion) {
            throw changedMeanwhile(thread);
        }
        try {
            em.lock(thread, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            // someone else wrote in it at the same moment: this one is refused, theirs stays
            throw changedMeanwhile(thread);
        }
        return thread;
    }

    private static ThreadChangedMeanwhileException changedMeanwhile(ReviewThread thread) {
        List<ThreadMessage> messages = thread.messages();
        return new ThreadChangedMeanwhileException(messages.get(messages.size() - 1).author());
    }

    private void announce(ReviewThread thread, boolean answer) {
        Revision revision = thread.revision();
        List<ThreadMessage> messages = thread.messages();
        ThreadMessage written = messages.get(messages.size() - 1);
        commentsAdded.fire(new CommentAdded(revision.entry().id(), revision.entry().slug().value(), revision.number(),
                thread.id(), thread.anchor().map(CommentAnchor::key).orElse(null), written.author(),
                written.writtenAt(), written.text(), answer,
                messages.stream().map(ThreadMessage::author).distinct().toList()));
    }
}
