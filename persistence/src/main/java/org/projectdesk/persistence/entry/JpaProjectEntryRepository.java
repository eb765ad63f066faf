package org.projectdesk.persistence.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** Entries in the database, through Jakarta Persistence; callers own the transaction. */
@ApplicationScoped
public class JpaProjectEntryRepository implements ProjectEntryRepository {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Override
    public Optional<ProjectEntry> find(long id) {
        return Optional.ofNullable(em.find(ProjectEntry.class, id));
    }

    @Override
    public Optional<ProjectEntry> findBySlug(Slug slug) {
        return em.createQuery("select e from ProjectEntry e where e.slug = :slug", ProjectEntry.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    /**
     * The entry at that address with its published revision, if it is public; empty also when the
     * text is no valid address (a visitor's typing).
     */
    public Optional<ProjectEntry> findPublishedBySlug(String slug) {
        Slug wanted;
        try {
            wanted = Slug.of(slug);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        where e.slug = :slug""", ProjectEntry.class)
                .setParameter("slug", wanted)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream().findFirst();
    }

    @Override
    public boolean isSlugTaken(Slug slug) {
        return em.createQuery("select count(e) from ProjectEntry e where e.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    @Override
    public void store(ProjectEntry entry) {
        if (entry.id() == null) {
            em.persist(entry);
        } else if (!em.contains(entry)) {
            em.merge(entry);
        }
        em.flush();
    }

    @Override
    public List<ProjectEntry> findAll() {
        return em.createQuery("select e from ProjectEntry e order by e.createdAt desc, e.id desc", ProjectEntry.class)
                .getResultList();
    }

    @Override
    public List<ProjectEntry> findAwaitingReview() {
        return em.createQuery("""
                        select e from ProjectEntry e join e.draftRevision d
                        where d.state = :inReview
                        order by d.submittedAt, e.id""", ProjectEntry.class)
                .setParameter("inReview", RevisionState.IN_REVIEW)
                .getResultList();
    }

    @Override
    public List<ProjectEntry> findOpenDraftsEditedBy(String username) {
        return em.createQuery("""
                        select e from ProjectEntry e join e.draftRevision d
                        where d.lastEditedBy = :username
                        order by d.lastEditedAt desc, e.id""", ProjectEntry.class)
                .setParameter("username", username)
                .getResultList();
    }

    @Override
    public List<ProjectEntry> findPublishedInvolving(Organisation organisation) {
        return em.createQuery("""
                        select distinct e from ProjectEntry e join e.publishedRevision r
                        join r.content.participations p
                        where p.organisation = :organisation""", ProjectEntry.class)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    /** How many entries there are, in any state. */
    public long count() {
        return em.createQuery("select count(e) from ProjectEntry e", Long.class).getSingleResult();
    }
}
