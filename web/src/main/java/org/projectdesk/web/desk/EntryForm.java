package org.projectdesk.web.desk;

import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.DomainException;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything the entry form holds while it is being edited: exactly what was typed, valid or not,
 * so that nothing is lost when the content is refused. Turned into a {@link ProjectContent} by
 * {@link #toContent}, which lets the value objects judge the input and collects their refusals by
 * field, to be shown next to each field.
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reorderable text lists, by field name. */
    public static final List<String> TEXT_LISTS = List.of("specificObjectives", "subAreas", "targetGroups",
            "finalBeneficiaries");

    private String slug;
    private String acronym;
    private TextField title = new TextField();
    private TextField thematicArea = new TextField();
    private TextField objective = new TextField();
    private TextField notes = new TextField();
    private final Map<String, List<TextField>> textLists = new LinkedHashMap<>();
    private final List<ParticipationRow> participations = new ArrayList<>();
    private YearMonth startMonth;
    private YearMonth endMonth;
    private final List<String> countries = new ArrayList<>();
    private Long regionId;
    private String sector;
    /** The percentage typed for each country, by country code, as typed (blank for none). */
    private final Map<String, String> shares = new LinkedHashMap<>();
    private final List<LinkRow> links = new ArrayList<>();

    public EntryForm() {
        TEXT_LISTS.forEach(name -> textLists.put(name, new ArrayList<>()));
    }

    /** An empty form for a new entry, with a line for its lead agency. */
    public static EntryForm blank() {
        EntryForm form = new EntryForm();
        ParticipationRow lead = new ParticipationRow();
        lead.setRole(ParticipationRole.LEAD_IMPLEMENTER);
        form.participations.add(lead);
        return form;
    }

    /** The form filled with a revision's content. */
    public static EntryForm of(ProjectContent content) {
        EntryForm form = new EntryForm();
        form.acronym = content.acronym().orElse(null);
        form.title = TextField.of(content.title());
        form.thematicArea = TextField.of(content.thematicArea().orElse(null));
        form.objective = TextField.of(content.objective().orElse(null));
        form.notes = TextField.of(content.notes().orElse(null));
        fill(form.textLists.get("specificObjectives"), content.specificObjectives());
        fill(form.textLists.get("subAreas"), content.subAreas());
        fill(form.textLists.get("targetGroups"), content.targetGroups());
        fill(form.textLists.get("finalBeneficiaries"), content.finalBeneficiaries());
        content.participations().forEach(p -> form.participations.add(ParticipationRow.of(p)));
        content.duration().ifPresent(range -> {
            form.startMonth = range.start();
            form.endMonth = range.end();
        });
        content.countries().forEach(code -> form.countries.add(code.code()));
        form.regionId = content.region().map(Region::id).orElse(null);
        form.sector = content.sector().orElse(null);
        content.countryShares().forEach((country, percentage) ->
                form.shares.put(country.code(), percentage.stripTrailingZeros().toPlainString()));
        content.links().forEach(link -> form.links.add(LinkRow.of(link)));
        return form;
    }

    private static void fill(List<TextField> fields, List<LocalizedText> texts) {
        texts.forEach(text -> fields.add(TextField.of(text)));
    }

    /** The content the form describes, or, when some input is refused, the refusals by field name. */
    public Result toContent(Function<Long, Organisation> organisations, Function<Long, Region> regions) {
        Map<String, DomainException> problems = new LinkedHashMap<>();
        ProjectContent.Builder builder = ProjectContent.builder().acronym(acronym);
        builder.title(judge(problems, "title", title::toText));
        builder.thematicArea(judge(problems, "thematicArea", thematicArea::toText));
        builder.objective(judge(problems, "objective", objective::toText));
        builder.notes(judge(problems, "notes", notes::toText));
        builder.specificObjectives(texts(problems, "specificObjectives"));
        builder.subAreas(texts(problems, "subAreas"));
        builder.targetGroups(texts(problems, "targetGroups"));
        builder.finalBeneficiaries(texts(problems, "finalBeneficiaries"));
        List<Participation> parts = new ArrayList<>();
        for (ParticipationRow row : participations) {
            if (!row.isEmpty()) {
                Participation participation = judge(problems, "participations", () -> Participation.of(
                        row.getOrganisationId() == null ? null : organisations.apply(row.getOrganisationId()),
                        row.getRole(), row.getFundingInstrument()));
                if (participation != null) {
                    parts.add(participation);
                }
            }
        }
        builder.participations(parts);
        if (startMonth != null || endMonth != null) {
            builder.duration(judge(problems, "duration", () -> MonthRange.of(startMonth, endMonth)));
        }
        builder.countries(countries.stream().map(CountryCode::of).toList());
        builder.region(regionId == null ? null : regions.apply(regionId));
        builder.sector(sector);
        builder.countryShares(countryShares(problems));
        List<WebLink> webLinks = new ArrayList<>();
        for (LinkRow row : links) {
            if (!row.isEmpty()) {
                WebLink link = judge(problems, "links", () -> WebLink.of(row.getLabel().toText(), row.getUrl()));
                if (link != null) {
                    webLinks.add(link);
                }
            }
        }
        builder.links(webLinks);
        if (problems.containsKey("title")) {
            return new Result(null, problems);
        }
        ProjectContent content = judge(problems, null, builder::build);
        return new Result(problems.isEmpty() ? content : null, problems);
    }

    /**
     * The percentages typed for the chosen countries (shares typed for a country no longer chosen
     * are ignored); empty when none was typed, for an even split. Whether they cover every country
     * and add up to 100 is the content's rule.
     */
    private Map<CountryCode, BigDecimal> countryShares(Map<String, DomainException> problems) {
        Map<CountryCode, BigDecimal> percentages = new LinkedHashMap<>();
        for (String country : countries) {
            String typed = shares.get(country);
            if (typed != null && !typed.isBlank()) {
                BigDecimal percentage = judge(problems, "countryShares", () -> percentage(country, typed));
                if (percentage != null) {
                    percentages.put(CountryCode.of(country), percentage);
                }
            }
        }
        return percentages;
    }

    private static BigDecimal percentage(String country, String typed) {
        try {
            return new BigDecimal(typed.strip().replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("countryShares", "error.content.shareInvalid",
                    "The share of {0} must be more than 0 and at most 100 percent, to the hundredth (not {1}).",
                    country, typed);
        }
    }

    private List<LocalizedText> texts(Map<String, DomainException> problems, String field) {
        List<LocalizedText> texts = new ArrayList<>();
        for (TextField item : textLists.get(field)) {
            if (!item.isEmpty()) {
                LocalizedText text = judge(problems, field, item::toText);
                if (text != null) {
                    texts.add(text);
                }
            }
        }
        return texts;
    }

    /** The value, or null with the refusal noted under the field (or the field the refusal names). */
    private static <T> T judge(Map<String, DomainException> problems, String field, Supplier<T> value) {
        try {
            return value.get();
        } catch (InvalidValueException refused) {
            problems.putIfAbsent(field == null ? refused.field() : field, refused);
            return null;
        }
    }

    /** A content, or the refusals by field. */
    public record Result(ProjectContent content, Map<String, DomainException> problems) {

        public boolean isValid() {
            return content != null;
        }
    }

    // --- list editing ---

    public List<TextField> textList(String field) {
        List<TextField> list = textLists.get(field);
        if (list == null) {
            throw new IllegalArgumentException("No list " + field);
        }
        return list;
    }

    /** The list rows of any of the editable lists, by field name. */
    public List<?> rows(String field) {
        return switch (field) {
            case "participations" -> participations;
            case "links" -> links;
            default -> textList(field);
        };
    }

    public void addRow(String field) {
        switch (field) {
            case "participations" -> participations.add(new ParticipationRow());
            case "links" -> links.add(new LinkRow());
            default -> textList(field).add(new TextField());
        }
    }

    public void removeRow(String field, int index) {
        List<?> rows = rows(field);
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    public void moveUp(String field, int index) {
        List<?> rows = rows(field);
        if (index > 0 && index < rows.size()) {
            Collections.swap(rows, index, index - 1);
        }
    }

    public void moveDown(String field, int index) {
        List<?> rows = rows(field);
        if (index >= 0 && index < rows.size() - 1) {
            Collections.swap(rows, index, index + 1);
        }
    }

    /** Whether a translatable field (or any item of a list) has English but not that language. */
    public boolean missing(String field, Language language) {
        return switch (field) {
            case "title" -> title.missing(language);
            case "thematicArea" -> thematicArea.missing(language);
            case "objective" -> objective.missing(language);
            case "notes" -> notes.missing(language);
            case "links" -> links.stream().anyMatch(link -> link.getLabel().missing(language));
            default -> textList(field).stream().anyMatch(item -> item.missing(language));
        };
    }

    /** How many translatable fields lack that language. */
    public long missingCount(Language language) {
        return Arrays.stream(ContentField.values()).filter(ContentField::translated)
                .filter(field -> missing(field.key(), language)).count();
    }

    // --- the fields ---

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public TextField getTitle() {
        return title;
    }

    public TextField getThematicArea() {
        return thematicArea;
    }

    public TextField getObjective() {
        return objective;
    }

    public TextField getNotes() {
        return notes;
    }

    /** Names the organisation in the first row that names none yet, or in a new row. */
    public void useOrganisation(long organisationId) {
        ParticipationRow row = participations.stream().filter(r -> r.getOrganisationId() == null).findFirst()
                .orElseGet(() -> {
                    ParticipationRow added = new ParticipationRow();
                    participations.add(added);
                    return added;
                });
        row.setOrganisationId(organisationId);
    }

    public List<ParticipationRow> getParticipations() {
        return participations;
    }

    public YearMonth getStartMonth() {
        return startMonth;
    }

    public void setStartMonth(YearMonth startMonth) {
        this.startMonth = startMonth;
    }

    public YearMonth getEndMonth() {
        return endMonth;
    }

    public void setEndMonth(YearMonth endMonth) {
        this.endMonth = endMonth;
    }

    public List<String> getCountries() {
        return countries;
    }

    /** Keeps the order of the countries already chosen and adds new ones at the end. */
    public void setCountries(List<String> chosen) {
        List<String> wanted = chosen == null ? List.of() : chosen;
        countries.retainAll(wanted);
        wanted.stream().filter(code -> !countries.contains(code)).forEach(countries::add);
    }

    public Long getRegionId() {
        return regionId;
    }

    public void setRegionId(Long regionId) {
        this.regionId = regionId;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    /** The percentage typed per country code; the view binds one input to each chosen country. */
    public Map<String, String> getShares() {
        return shares;
    }

    public List<LinkRow> getLinks() {
        return links;
    }
}
