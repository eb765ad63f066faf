package org.projectdesk.persistence.entry;

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
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ContentDiff;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.SlugAllocator;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * The editorial use cases, one method each. Every method is authorised twice: by role here
 * ({@code @RolesAllowed}; ADMIN may do everything) and by the entry itself (state, four-eyes,
 * comment, readiness), for the caller the container authenticated, never for a name taken from a
 * request. Every change names the entry version the caller saw: if someone changed the entry
 * since, it is refused with {@link EditConflictException}. A refusal rolls everything back.
 */
@Stateless
public class EditorialService {

    private static final Logger LOG = Logger.getLogger(EditorialService.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProjectEntryRepository entries;

    @Resource
    SessionContext context;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @Inject
    SentBackContents sentBack;

    @Inject
    Event<EditorialStep> steps;

    /** Writes a new entry as its first DRAFT; the slug is the chosen one, or derived from acronym or title. */
    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef create(ProjectContent content, String chosenSlug) {
        Actor actor = CallerActor.of(context);
        ProjectContent bound = bound(content);
        Slug slug = SlugAllocator.using(entries).allocate(chosenSlug, bound);
        ProjectEntry entry = ProjectEntry.create(slug, bound, actor, now());
        entries.store(entry);
        announceStepsSince(entry, 0);
        LOG.info(() -> actor + " created " + entry);
        return ref(entry);
    }

    /** Saves the open draft's content, unless someone changed the entry since {@code expectedVersion}. */
    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef saveDraft(long entryId, long expectedVersion, ProjectContent content) {
        ProjectContent bound = bound(content);
        ProjectEntry entry = entry(entryId);
        if (entry.version() != expectedVersion) {
            Revision stored = entry.openDraft().orElseGet(entry::latestRevision);
            throw new EditConflictException(stored.lastEditedBy(), stored.lastEditedAt(), entry.version(),
                    ContentDiff.between(bound, stored.content()).changes());
        }
        return change(entry, expectedVersion, "saved the draft of", e -> e.editDraft(bound, actor(), now()));
    }

    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef submitForReview(long entryId, long expectedVersion) {
        return change(entry(entryId), expectedVersion, "submitted", e -> e.submitForReview(actor(), now()));
    }

    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef withdrawFromReview(long entryId, long expectedVersion) {
        return change(entry(entryId), expectedVersion, "withdrew from review", e -> e.withdrawFromReview(actor(), now()));
    }

    @RolesAllowed({REVIEWER, ADMIN})
    public EntryRef approve(long entryId, long expectedVersion) {
        return approve(entryId, expectedVersion, null);
    }

    /** Publishes the revision in review; the comment (optional) is kept for the editors and in the history. */
    @RolesAllowed({REVIEWER, ADMIN})
    public EntryRef approve(long entryId, long expectedVersion, String comment) {
        return change(entry(entryId), expectedVersion, "approved", e -> e.approve(actor(), now(), comment));
    }

    /**
     * Returns the revision in review to the editors with the comment, and keeps its content as it
     * is now, so that the reviewer later sees what changed since.
     */
    @RolesAllowed({REVIEWER, ADMIN})
    public EntryRef requestChanges(long entryId, long expectedVersion, String comment) {
        ProjectEntry entry = entry(entryId);
        Instant at = now();
        EntryRef ref = change(entry, expectedVersion, "requested changes to",
                e -> e.requestChanges(actor(), at, comment, openThreads(e)));
        sentBack.keep(entry, actor().username(), at);
        return ref;
    }

    @RolesAllowed({REVIEWER, ADMIN})
    public EntryRef unpublish(long entryId, long expectedVersion, String reason) {
        return change(entry(entryId), expectedVersion, "unpublished", e -> e.unpublish(actor(), now(), reason));
    }

    @RolesAllowed({REVIEWER, ADMIN})
    public EntryRef republish(long entryId, long expectedVersion) {
        return change(entry(entryId), expectedVersion, "republished", e -> e.republish(actor(), now()));
    }

    /**
     * Gives up the open draft: it stays in the history as discarded; a published revision stays
     * online; an entry never published leaves the desk's lists.
     */
    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef discardDraft(long entryId, long expectedVersion) {
        return change(entry(entryId), expectedVersion, "discarded the draft of", e -> e.discardDraft(actor(), now()));
    }

    /** Opens a forward revision of the published content; the published one stays online. */
    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef startRevision(long entryId, long expectedVersion) {
        return change(entry(entryId), expectedVersion, "started a new revision of",
                e -> e.startRevision(actor(), now()));
    }

    /** Opens a new draft holding an earlier revision's content. */
    @RolesAllowed({EDITOR, ADMIN})
    public EntryRef restore(long entryId, long expectedVersion, int revisionNumber) {
        return change(entry(entryId), expectedVersion, "restored revision " + revisionNumber + " of",
                e -> e.restoreAsDraft(revisionNumber, actor(), now()));
    }

    // --- how every change goes ---

    private EntryRef change(ProjectEntry entry, long expectedVersion, String what, Consumer<ProjectEntry> step) {
        if (entry.version() != expectedVersion) {
            Revision latest = entry.latestRevision();
            throw new EditConflictException(latest.lastEditedBy(), latest.lastEditedAt(), entry.version(), List.of());
        }
        Optional<Long> publishedBefore = entry.publishedRevision().map(Revision::id);
        int stepsBefore = entry.history().size();
        try {
            // Every step changes the aggregate root's version, so that it guards the whole entry.
            em.lock(entry, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            step.accept(entry);
            entries.store(entry);
        } catch (OptimisticLockException | PessimisticLockException | LockTimeoutException e) {
            // another step on the same entry holds it (or got there first): the same conflict, not a failure
            throw EditConflictException.simultaneous();
        }
        announceStepsSince(entry, stepsBefore);
        if (!publishedBefore.equals(entry.publishedRevision().map(Revision::id))) {
            // what the public sees of this entry changed (approved, unpublished, republished): the
            // public answers about it and every list follow once this transaction commits
            publicChanges.fire(PublicContentChanged.project(entry));
        }
        Actor actor = actor();
        LOG.info(() -> actor + " " + what + " " + entry);
        return ref(entry);
    }

    /** How many comment threads on the entry's open revision are not resolved (they can stand in for a comment). */
    private int openThreads(ProjectEntry entry) {
        return entry.openDraft().map(draft -> em.createQuery("""
                        select count(t) from ReviewThread t
                        where t.revision = :revision and t.resolvedAt is null""", Long.class)
                .setParameter("revision", draft).getSingleResult().intValue()).orElse(0);
    }

    /** Tells the audit trail and the notifications of the step just recorded (its first transition), in this transaction. */
    private void announceStepsSince(ProjectEntry entry, int stepsBefore) {
        EditorialStep.firstSince(entry, stepsBefore).ifPresent(steps::fire);
    }

    private ProjectEntry entry(long id) {
        return entries.find(id).orElseThrow(() -> new UnknownEntryException(id));
    }

    /** The content with its organisations and region as managed references (and known to exist). */
    private ProjectContent bound(ProjectContent content) {
        ProjectContent.Builder builder = content.toBuilder();
        builder.participations(content.participations().stream()
                .map(p -> Participation.of(organisation(p.organisation()), p.role(), p.fundingInstrument().orElse(null)))
                .toList());
        builder.region(content.region().map(this::region).orElse(null));
        return builder.build();
    }

    private Organisation organisation(Organisation given) {
        Organisation found = given.id() == null ? null : em.find(Organisation.class, given.id());
        if (found == null) {
            throw new InvalidValueException("participations", "error.participation.organisationUnknown",
                    "The organisation \"{0}\" is not known.", given);
        }
        return found;
    }

    private Region region(Region given) {
        Region found = given.id() == null ? null : em.find(Region.class, given.id());
        if (found == null) {
            throw new InvalidValueException("region", "error.region.unknown", "The region \"{0}\" is not known.", given);
        }
        return found;
    }

    private Actor actor() {
        return CallerActor.of(context);
    }

    private Instant now() {
        return clock.instant();
    }

    private static EntryRef ref(ProjectEntry entry) {
        return new EntryRef(entry.id(), entry.slug().value(), entry.version());
    }
}
