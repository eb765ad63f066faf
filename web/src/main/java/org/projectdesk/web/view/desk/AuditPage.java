package org.projectdesk.web.view.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.audit.AuditFilter;
import org.projectdesk.persistence.audit.AuditKind;
import org.projectdesk.persistence.audit.AuditQueries;
import org.projectdesk.persistence.audit.AuditResults;
import org.projectdesk.web.desk.DeskMessages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs {@code /desk/audit} (admins): every audit event, newest first, filtered by person, entry,
 * kind and date range (UTC days, both included), in pages; the same filter exports CSV. The filter
 * lives in the address (a GET form), so a page can be bookmarked and paged with plain links.
 */
@Named
@RequestScoped
public class AuditPage {

    /** Events per page. */
    public static final int PAGE_SIZE = 50;

    @Inject
    private AuditQueries queries;

    @Inject
    private DeskMessages messages;

    private String person;
    private String entry;
    private String kind;
    private String from;
    private String until;
    private int page;
    private AuditResults results;
    /** The fields whose value made no sense, with the key of the message that says so. */
    private final Map<String, String> problems = new HashMap<>();

    public void load() {
        results = queries.page(filter(), page, PAGE_SIZE);
    }

    /** The filter from the parameters; a date that is not one is named beside its field and left out. */
    AuditFilter filter() {
        AuditKind chosenKind = null;
        if (kind != null && !kind.isBlank()) {
            try {
                chosenKind = AuditKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                problems.put("kind", "desk.audit.kindUnknown");
            }
        }
        LocalDate fromDay = day("from", from);
        LocalDate untilDay = day("until", until);
        return new AuditFilter(person, entry, chosenKind,
                fromDay == null ? null : fromDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                untilDay == null ? null : untilDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    private LocalDate day(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, "desk.audit.dateInvalid");
            return null;
        }
    }

    /** The address's query for the same filter on another page ({@code page} counts from 0). */
    public String query(int otherPage) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("person", person);
        parameters.put("entry", entry);
        parameters.put("kind", kind);
        parameters.put("from", from);
        parameters.put("until", until);
        parameters.put("page", otherPage == 0 ? null : String.valueOf(otherPage));
        return parameters.entrySet().stream().filter(p -> p.getValue() != null && !p.getValue().isBlank())
                .map(p -> p.getKey() + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public boolean hasProblem(String field) {
        return problems.containsKey(field);
    }

    public String problem(String field) {
        return messages.text(problems.get(field));
    }

    /** Whether every filter parameter made sense (asked after {@link #filter}). */
    boolean isValid() {
        return problems.isEmpty();
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public AuditResults getResults() {
        return results;
    }


    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getEntry() {
        return entry;
    }

    public void setEntry(String entry) {
        this.entry = entry;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getUntil() {
        return until;
    }

    public void setUntil(String until) {
        this.until = until;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = Math.max(0, page);
    }
}
