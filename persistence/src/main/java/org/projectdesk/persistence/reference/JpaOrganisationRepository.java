package org.projectdesk.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** Organisations in the database, through Jakarta Persistence; callers own the transaction. */
@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Override
    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(em.find(Organisation.class, id));
    }

    @Override
    public Optional<Organisation> findBySlug(Slug slug) {
        return em.createQuery("select o from Organisation o where o.slug = :slug", Organisation.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<Organisation> findByAcronymOrName(String acronymOrEnglishName) {
        if (acronymOrEnglishName == null || acronymOrEnglishName.isBlank()) {
            return Optional.empty();
        }
        String wanted = acronymOrEnglishName.strip().toLowerCase(java.util.Locale.ROOT);
        List<Organisation> byAcronym = em.createQuery(
                        "select o from Organisation o where lower(o.acronym) = :wanted order by o.id", Organisation.class)
                .setParameter("wanted", wanted)
                .getResultList();
        if (!byAcronym.isEmpty()) {
            return Optional.of(byAcronym.get(0));
        }
        return em.createQuery("select o from Organisation o where lower(o.name.en) = :wanted order by o.id",
                        Organisation.class)
                .setParameter("wanted", wanted)
                .getResultStream().findFirst();
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("select o from Organisation o order by lower(o.name.en)", Organisation.class)
                .getResultList();
    }

    @Override
    public boolean isSlugTaken(Slug slug) {
        return em.createQuery("select count(o) from Organisation o where o.slug = :slug", Long.class)
                .setParameter("slug", slug)
                .getSingleResult() > 0;
    }

    @Override
    public void store(Organisation organisation) {
        if (organisation.id() == null) {
            em.persist(organisation);
        } else if (!em.contains(organisation)) {
            em.merge(organisation);
        }
    }
}
