package org.projectdesk.persistence.audit;

import java.util.List;

/** One page of audit events, newest first, and how many match in all. */
public record AuditResults(List<AuditEvent> events, long total, int page, int size) {

    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrevious() {
        return page > 0;
    }
}
