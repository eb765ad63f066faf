package org.projectdesk.persistence.entry;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ContentDiff;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.entry.WorkflowAction;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.Slug;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.projectdesk.domain.entry.Roles.EDITOR;
import static org.projectdesk.domain.entry.Roles.REVIEWER;
import static org.projectdesk.domain.entry.Roles.ADMIN;

/**
 * What the desk shows: the desk's lists for the caller, the reviewers' queue, the search over all
 * entries, and one entry with its history and the changes against the live version. Read only;
 * returns read models (and detached, fully loaded contents), never a managed entity.
 */
@Stateless
@RolesAllowed({EDITOR, REVIEWER, ADMIN})
public class EditorialQueries {

    static final int RECENTLY_PUBLISHED = 10;
    static final int RECENT_DECISIONS = 10;
    private static final String READ_ONLY = "org.hibernate.readOnly";
    /** Entries with the revisions {@link EntrySummary#of} reads, in one query rather than two more per entry. */
    private static final String SUMMARIES =
            "select e from ProjectEntry e left join fetch e.draftRevision left join fetch e.publishedRevision";

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    SentBackContents sentBackContents;

    /** The caller's desk. */
    public DeskView desk() {
        Actor me = CallerActor.of(context);
        List<ProjectEntry> open = em.createQuery("""
                        select e from ProjectEntry e join e.draftRevision d
                        order by d.lastEditedAt desc, e.id""", ProjectEntry.class)
                .setHint(READ_ONLY, true).getResultList();
        List<EntrySummary> sentBack = open.stream()
                .filter(e -> e.openDraft().orElseThrow().state() == RevisionState.DRAFT)
                .filter(e -> wasSentBack(e) && isMine(e, me))
                .map(EntrySummary::of).toList();
        List<EntrySummary> myDrafts = open.stream()
                .filter(e -> e.openDraft().orElseThrow().state() == RevisionState.DRAFT)
                .filter(e -> !wasSentBack(e) && isMine(e, me))
                .map(EntrySummary::of).toList();
        List<EntrySummary> inReview = reviewQueue();
        List<EntrySummary> published = em.createQuery("""
                        select e from ProjectEntry e join e.publishedRevision p
                        order by p.publishedAt desc, e.id desc""", ProjectEntry.class)
                .setHint(READ_ONLY, true).setMaxResults(RECENTLY_PUBLISHED).getResultList()
                .stream().map(EntrySummary::of).toList();
        return new DeskView(myDrafts, sentBack, inReview, published);
    }

    /** Revisions in review, the oldest submission first, with who submitted them and when. */
    public List<EntrySummary> reviewQueue() {
        return em.createQuery("""
                        select e from ProjectEntry e join e.draftRevision d
                        where d.state = :inReview
                        order by d.submittedAt, e.id""", ProjectEntry.class)
                .setParameter("inReview", RevisionState.IN_REVIEW)
                .setHint(READ_ONLY, true).getResultList()
                .stream().map(EntrySummary::of).toList();
    }

    /**
     * The caller's latest decisions as a reviewer (approvals and requests for changes), newest
     * first, with the title of the revision decided on.
     */
    public List<DecisionView> recentDecisions() {
        Actor me = CallerActor.of(context);
        return em.createQuery("""
                        select t, r from Transition t, Revision r
                        where r.entry = t.entry and r.number = t.revisionNumber
                          and lower(t.actor) = :me and t.action in :decisions and t.toState <> :archived
                        order by t.occurredAt desc, t.id desc""", Object[].class)
                .setParameter("me", me.username().toLowerCase(Locale.ROOT))
                .setParameter("decisions", List.of(WorkflowAction.APPROVE, WorkflowAction.REQUEST_CHANGES))
                .setParameter("archived", RevisionState.ARCHIVED)
                .setHint(READ_ONLY, true).setMaxResults(RECENT_DECISIONS).getResultList().stream()
                .map(row -> DecisionView.of((Transition) row[0], (Revision) row[1]))
                .toList();
    }

    /**
     * Every entry whose title (in any language) or acronym, in any of its revisions, contains the
     * text, ignoring case, and that has a revision in the state (if given); most recently changed
     * first. The database filters, so the desk searches thousands of entries without loading them.
     */
    public List<EntrySummary> search(String text, RevisionState state) {
        return search(text, state, null);
    }

    /**
     * As {@link #search(String, RevisionState)}, and, if {@code outdatedIn} is given, only entries
     * whose current revision (the open one, else the published one) has a field whose translation
     * into that language is outdated.
     */
    public List<EntrySummary> search(String text, RevisionState state, Language outdatedIn) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        // an entry whose every revision was discarded has left the desk
        StringBuilder jpql = new StringBuilder(SUMMARIES
                + " where exists (select k from Revision k where k.entry = e and k.state <> :discarded)");
        if (state != null) {
            jpql.append(" and exists (select s from Revision s where s.entry = e and s.state = :state)");
        }
        if (outdatedIn != null) {
            jpql.append("""
                     and exists (select o from Revision o join o.outdatedLanguages l where l = :outdated
                        and (o.id = e.draftRevision.id or (e.draftRevision is null and o.id = e.publishedRevision.id)))""");
        }
        if (!wanted.isEmpty()) {
            jpql.append("""
                     and exists (select t from Revision t where t.entry = e and (
                        lower(t.content.acronym) like :like escape '!'
                        or lower(t.content.title.en) like :like escape '!'
                        or lower(t.content.title.fr) like :like escape '!'
                        or lower(t.content.title.ru) like :like escape '!'))""");
        }
        TypedQuery<ProjectEntry> query = em.createQuery(jpql.toString(), ProjectEntry.class)
                .setParameter("discarded", RevisionState.DISCARDED)
                .setHint(READ_ONLY, true);
        if (state != null) {
            query.setParameter("state", state);
        }
        if (outdatedIn != null) {
            query.setParameter("outdated", outdatedIn);
        }
        if (!wanted.isEmpty()) {
            query.setParameter("like", "%" + wanted.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        return query.getResultList().stream()
                .map(EntrySummary::of)
                .sorted(Comparator.comparing(EntrySummary::lastEditedAt).reversed())
                .toList();
    }

    /** The entries at these addresses (e.g. the drafts an import just created), in the order given. */
    public List<EntrySummary> withSlugs(List<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        Map<String, EntrySummary> found = em.createQuery(SUMMARIES + " where e.slug in :slugs", ProjectEntry.class)
                .setParameter("slugs", slugs.stream().map(Slug::of).toList())
                .setHint(READ_ONLY, true).getResultList().stream()
                .map(EntrySummary::of)
                .collect(Collectors.toMap(EntrySummary::slug, summary -> summary));
        return slugs.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** One entry for the caller; refused with {@link UnknownEntryException} if there is none. */
    public EntryDetails details(long id) {
        ProjectEntry entry = em.find(ProjectEntry.class, id);
        if (entry == null) {
            throw new UnknownEntryException(id);
        }
        Actor me = CallerActor.of(context);
        Revision current = entry.currentRevision();
        ProjectContent content = loaded(current.content());
        Set<WorkflowAction> allowed = entry.allowedActions(me);
        List<RevisionView> revisions = entry.revisions().stream()
                .map(r -> RevisionView.of(r, allowed.contains(WorkflowAction.RESTORE) && entry.openDraft().isEmpty()
                        && WorkflowAction.RESTORE.startsFrom(r.state())))
                .sorted(Comparator.comparingInt(RevisionView::number).reversed())
                .toList();
        List<TransitionView> history = entry.history().stream()
                .sorted(Comparator.comparing(Transition::occurredAt).reversed())
                .map(TransitionView::of).toList();
        ProjectContent live = entry.publishedRevision().map(Revision::content).orElse(null);
        return new EntryDetails(entry.id(), entry.slug().value(), entry.version(), current.number(), current.state(),
                content, entry.isPublic(), entry.publishedRevision().map(Revision::number).orElse(null),
                current.createdBy(), current.lastEditedBy(), current.lastEditedAt(),
                current.submittedBy().orElse(null), current.submittedAt().orElse(null),
                current.reviewComment().orElse(null), allowed,
                current.isOpen() ? content.readinessProblems() : List.of(),
                content.missingTranslations(),
                current.isOpen() ? ContentDiff.between(live, content).changes() : List.of(),
                revisions, history);
    }

    /**
     * The entry's open revision as it was when a reviewer last sent it back (fully loaded,
     * detached), with who did and when; empty if it never was (or it cannot be read any more).
     */
    public Optional<SentBackContents.SentBack> sentBack(long id) {
        ProjectEntry entry = em.find(ProjectEntry.class, id);
        if (entry == null) {
            throw new UnknownEntryException(id);
        }
        return sentBackContents.latest(entry).map(kept -> new SentBackContents.SentBack(kept.by(), kept.at(),
                loaded(kept.content())));
    }

    /** How the translations of the entry's current revision (the open one, else the published one) stand. */
    public TranslationStatusView translationStatus(long id) {
        ProjectEntry entry = em.find(ProjectEntry.class, id);
        if (entry == null) {
            throw new UnknownEntryException(id);
        }
        return TranslationStatusView.of(entry.openDraft().or(entry::publishedRevision).orElseGet(entry::latestRevision));
    }

    /** The content of one revision (fully loaded, detached), e.g. to compare or preview it. */
    public ProjectContent revisionContent(long id, int revisionNumber) {
        ProjectEntry entry = em.find(ProjectEntry.class, id);
        if (entry == null) {
            throw new UnknownEntryException(id);
        }
        return loaded(entry.revision(revisionNumber).content());
    }

    private static boolean wasSentBack(ProjectEntry entry) {
        int number = entry.openDraft().orElseThrow().number();
        List<Transition> steps = entry.history(number);
        return !steps.isEmpty() && steps.get(steps.size() - 1).action() == WorkflowAction.REQUEST_CHANGES;
    }

    /** The person wrote, last edited or submitted the open revision. */
    private static boolean isMine(ProjectEntry entry, Actor me) {
        Revision draft = entry.openDraft().orElseThrow();
        return me.is(draft.createdBy()) || me.is(draft.lastEditedBy())
                || entry.history(draft.number()).stream()
                .anyMatch(t -> t.action() == WorkflowAction.SUBMIT && me.is(t.actor()));
    }

    /** Touches every lazy part of the content so that it can be used after the transaction. */
    static ProjectContent loaded(ProjectContent content) {
        Stream.of(content.specificObjectives(), content.targetGroups(), content.finalBeneficiaries(),
                content.subAreas()).forEach(List::size);
        content.links().size();
        content.countries().size();
        content.countryShares().size();
        for (Participation participation : content.participations()) {
            Objects.requireNonNull(participation.organisation().name());
        }
        content.region().ifPresent(region -> Objects.requireNonNull(region.name().english()));
        return content;
    }

}
