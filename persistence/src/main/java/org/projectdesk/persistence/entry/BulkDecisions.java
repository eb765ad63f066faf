package org.projectdesk.persistence.entry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.shared.DomainException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;

import static org.projectdesk.domain.entry.Roles.ADMIN;
import static org.projectdesk.domain.entry.Roles.REVIEWER;

/**
 * A reviewer's decision on several entries at once. Each entry is decided in a transaction of its
 * own, through the same {@link EditorialService} step as one by one (so every rule holds: role,
 * state, four eyes, comment, the version the reviewer saw), and the outcome is reported per entry:
 * one refusal never undoes or hides the others.
 */
@Stateless
@RolesAllowed({REVIEWER, ADMIN})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkDecisions {

    private static final Logger LOG = Logger.getLogger(BulkDecisions.class.getName());

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    EditorialService editorial;

    /** The entries a reviewer can decide on in bulk: in review (oldest submission first), then published. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<BulkCandidate> candidates() {
        List<BulkCandidate> candidates = new ArrayList<>();
        em.createQuery("select e from ProjectEntry e join e.draftRevision d where d.state = :inReview",
                        ProjectEntry.class)
                .setParameter("inReview", RevisionState.IN_REVIEW).getResultList().stream()
                .sorted(Comparator.comparing(e -> e.openDraft().orElseThrow().submittedAt().orElseThrow()))
                .forEach(e -> candidates.add(candidate(e, e.openDraft().orElseThrow())));
        em.createQuery("select e from ProjectEntry e join fetch e.publishedRevision", ProjectEntry.class)
                .getResultList().stream()
                .sorted(Comparator.comparing(e -> e.slug().value()))
                .forEach(e -> candidates.add(candidate(e, e.publishedRevision().orElseThrow())));
        return candidates;
    }

    /**
     * Takes the decision on every entry given (entry id to the version the reviewer saw, in the
     * order to report), with the comment for requesting changes or the reason for unpublishing.
     */
    public List<BulkOutcome> decide(BulkDecision decision, Map<Long, Long> versions, String comment) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        versions.forEach((id, version) -> outcomes.add(decideOne(decision, id, version, comment)));
        LOG.info(() -> decision + " on " + outcomes.size() + " entries: "
                + outcomes.stream().filter(BulkOutcome::isDone).count() + " done");
        return outcomes;
    }

    private BulkOutcome decideOne(BulkDecision decision, long id, long version, String comment) {
        List<Object[]> names = em.createQuery("""
                        select e.slug.value, coalesce(d.content.title.en, p.content.title.en) from ProjectEntry e
                        left join e.draftRevision d left join e.publishedRevision p where e.id = :id""", Object[].class)
                .setParameter("id", id).getResultList();
        String slug = names.isEmpty() ? String.valueOf(id) : (String) names.get(0)[0];
        String title = names.isEmpty() || names.get(0)[1] == null ? slug : (String) names.get(0)[1];
        Supplier<EntryRef> step = switch (decision) {
            case APPROVE -> () -> editorial.approve(id, version);
            case REQUEST_CHANGES -> () -> editorial.requestChanges(id, version, comment);
            case UNPUBLISH -> () -> editorial.unpublish(id, version, comment);
        };
        try {
            return new BulkOutcome(id, slug, title, step.get(), null);
        } catch (DomainException refusal) {
            return new BulkOutcome(id, slug, title, null, refusal);
        } catch (EJBTransactionRolledbackException concurrent) {
            // another step on the same entry committed between this one's check and its commit
            return new BulkOutcome(id, slug, title, null, EditConflictException.simultaneous());
        }
    }

    private static BulkCandidate candidate(ProjectEntry entry, Revision revision) {
        return new BulkCandidate(entry.id(), entry.slug().value(), revision.content().title().english(),
                revision.number(), revision.state(), entry.version());
    }
}
