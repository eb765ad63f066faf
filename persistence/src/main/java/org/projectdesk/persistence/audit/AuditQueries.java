package org.projectdesk.persistence.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.projectdesk.domain.entry.Roles.ADMIN;

/** The audit trail for administrators: filtered, paged, newest first, and as CSV. */
@Stateless
@RolesAllowed(ADMIN)
public class AuditQueries {

    /** The largest page a caller may ask for. */
    public static final int MAX_PAGE_SIZE = 200;

    private static final int EXPORT_BATCH = 500;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** One page (counting from 0) of the events the filter lets through. */
    public AuditResults page(AuditFilter filter, int page, int size) {
        int boundedSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int boundedPage = Math.max(0, page);
        List<AuditEvent> events = select(filter).setFirstResult(boundedPage * boundedSize)
                .setMaxResults(boundedSize).getResultList();
        return new AuditResults(events, count(filter), boundedPage, boundedSize);
    }

    /**
     * Writes every event the filter lets through as CSV (RFC 4180, a header line first, newest
     * first), reading them in batches so that a long trail never sits in memory at once.
     */
    public void exportCsv(AuditFilter filter, Writer out) {
        try {
            out.write("time,kind,person,entry,detail\r\n");
            int first = 0;
            List<AuditEvent> batch;
            do {
                batch = select(filter).setFirstResult(first).setMaxResults(EXPORT_BATCH).getResultList();
                for (AuditEvent event : batch) {
                    out.write(String.join(",", csv(event.occurredAt().toString()), csv(event.kind().name()),
                            csv(event.person().orElse("")), csv(event.entrySlug().orElse("")),
                            csv(event.detail().orElse(""))));
                    out.write("\r\n");
                }
                first += batch.size();
                em.clear();
            } while (batch.size() == EXPORT_BATCH);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String csv(String value) {
        // a leading formula character is neutralised so that a spreadsheet shows the text, never runs it
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }

    private TypedQuery<AuditEvent> select(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEvent> query = cb.createQuery(AuditEvent.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.where(conditions(cb, event, filter)).orderBy(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
        return em.createQuery(query);
    }

    private long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEvent> event = query.from(AuditEvent.class);
        query.select(cb.count(event)).where(conditions(cb, event, filter));
        return em.createQuery(query).getSingleResult();
    }

    private static Predicate[] conditions(CriteriaBuilder cb, Root<AuditEvent> event, AuditFilter filter) {
        List<Predicate> conditions = new ArrayList<>();
        filter.personValue().ifPresent(person ->
                conditions.add(cb.equal(cb.lower(event.get("person")), person.toLowerCase(Locale.ROOT))));
        filter.entryValue().ifPresent(slug ->
                conditions.add(cb.equal(cb.lower(event.get("entrySlug")), slug.toLowerCase(Locale.ROOT))));
        if (filter.kind() != null) {
            conditions.add(cb.equal(event.get("kind"), filter.kind()));
        }
        if (filter.from() != null) {
            conditions.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), filter.from()));
        }
        if (filter.until() != null) {
            conditions.add(cb.lessThan(event.get("occurredAt"), filter.until()));
        }
        return conditions.toArray(Predicate[]::new);
    }
}
