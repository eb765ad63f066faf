package org.projectdesk.persistence.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.ProjectEntryRepository;
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

    @Override
    public Optional<ProjectEntry> findPublishedBySlug(String slug) {
        return Slug.parse(slug).flatMap(wanted -> em.createQuery("""
                                select e from ProjectEntry e join fetch e.publishedRevision
                                where e.slug = :slug""", ProjectEntry.class)
                        .setParameter("slug", wanted)
                        .setHint("org.hibernate.readOnly", true)
                        .getResultStream().findFirst());
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
    public long count() {
        return em.createQuery("select count(e) from ProjectEntry e", Long.class).getSingleResult();
    }
}
