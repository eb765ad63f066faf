package org.projectdesk.web.desk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.FieldChange;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MonthRange;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The review diff as people read it, in the reader's language: organisations with their role's
 * label ("Lead agency", not {@code LEAD_IMPLEMENTER}), countries and regions by name, months by
 * name. Which fields changed is {@link org.projectdesk.domain.entry.ContentDiff}'s decision; this
 * only says how each side of a change reads. Texts are shown as written, in their language.
 */
@ApplicationScoped
public class ReadableChanges {

    private static final String LINE = "\n";

    @Inject
    DeskMessages messages;

    /** One change as it is shown: the field's name, the language of a text, and both sides. */
    public record ShownChange(String field, Language language, String before, String after) implements Serializable {
    }

    /** The changes from {@code before} (null: nothing yet) to {@code after}, each side readable. */
    public List<ShownChange> of(List<FieldChange> changes, ProjectContent before, ProjectContent after) {
        Language reader = reader();
        return changes.stream().map(change -> {
            ContentField field = ContentField.byKey(change.field()).orElseThrow();
            if (field.translated()) {
                return new ShownChange(change.field(), change.language(), change.before(), change.after());
            }
            return new ShownChange(change.field(), null,
                    before == null ? "" : shown(field, before, reader), shown(field, after, reader));
        }).toList();
    }

    /** How a field that is the same in every language reads in the reader's language. */
    private String shown(ContentField field, ProjectContent content, Language reader) {
        return switch (field) {
            case PARTICIPATIONS -> lines(content.participations().stream().map(p -> participation(p, reader)));
            case DURATION -> content.duration().map(range -> months(range, reader)).orElse("");
            case COUNTRIES -> lines(content.countries().stream().map(country -> country.displayName(reader)));
            case COUNTRY_SHARES -> lines(content.countryShares().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(share -> share(share.getKey(), share.getValue(), reader)));
            case REGION -> content.region()
                    .map(region -> region.name().in(reader).orElseGet(region.name()::english)).orElse("");
            case ACRONYM, SECTOR -> field.shownIn(content, null);
            case TITLE, THEMATIC_AREA, OBJECTIVE, SPECIFIC_OBJECTIVES, SUB_AREAS, TARGET_GROUPS, FINAL_BENEFICIARIES,
                 LINKS, NOTES -> throw new IllegalArgumentException(field + " is written per language");
        };
    }

    private String participation(Participation participation, Language reader) {
        String role = messages.text("role." + participation.role().name());
        return participation.fundingInstrument()
                .map(instrument -> messages.text("desk.diff.participationWithInstrument",
                        participation.organisation().displayName(reader), role, instrument))
                .orElseGet(() -> messages.text("desk.diff.participation", participation.organisation().displayName(reader), role));
    }

    private String months(MonthRange range, Language reader) {
        return messages.text("format.monthRange", month(range.start(), reader), month(range.end(), reader));
    }

    private static String month(YearMonth month, Language reader) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", reader.locale()).format(month);
    }

    private String share(CountryCode country, BigDecimal percent, Language reader) {
        return messages.text("desk.diff.share", country.displayName(reader), percent.toPlainString());
    }

    private static String lines(Stream<String> items) {
        return items.collect(Collectors.joining(LINE));
    }

    /** The language the page is written in (the view's locale), English when it is none of ours. */
    private static Language reader() {
        FacesContext context = FacesContext.getCurrentInstance();
        Locale locale = context != null && context.getViewRoot() != null ? context.getViewRoot().getLocale() : Locale.ENGLISH;
        return Language.fromTag(locale.getLanguage()).orElse(Language.DEFAULT);
    }
}
