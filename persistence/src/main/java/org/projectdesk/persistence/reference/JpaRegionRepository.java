package org.projectdesk.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Slug;

import java.util.List;
import java.util.Locale;
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
    public Optional<Region> findByName(String englishName) {
        return em.createQuery("select r from Region r where lower(r.name.en) = :name", Region.class)
                .setParameter("name", englishName == null ? "" : englishName.strip().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst();
    }

    @Override
    public List<Region> findAll() {
        return em.createQuery("select r from Region r order by lower(r.name.en)", Region.class).getResultList();
    }

    @Override
    public List<Region> findIncluding(CountryCode country) {
        return em.createQuery("select r from Region r where :country member of r.members order by r.id", Region.class)
                .setParameter("country", country)
                .getResultList();
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
