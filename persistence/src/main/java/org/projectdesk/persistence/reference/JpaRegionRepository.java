package org.projectdesk.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Optional;

/** Regions in the database, through Jakarta Persistence; callers own the transaction. */
@ApplicationScoped
public class JpaRegionRepository implements RegionRepository {

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Override
    public Optional<Region> find(long id) {
        return Optional.ofNullable(em.find(Region.class, id));
    }

    @Override
    public Optional<Region> findByCode(Slug code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<Region> findAll() {
        return em.createQuery("select r from Region r order by lower(r.name.en)", Region.class).getResultList();
    }

    @Override
    public void store(Region region) {
        if (region.id() == null) {
            em.persist(region);
        } else if (!em.contains(region)) {
            em.merge(region);
        }
    }
}
