package org.projectdesk.domain.entry;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.domain.shared.WebLink;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a revision says about a project: title, objectives, who takes part, when, where, links.
 * Immutable; built with {@link #builder()} or changed through {@link #toBuilder()}. Only the title
 * is required; a draft may be incomplete, and {@link #readinessProblems()} says what it still
 * lacks before review. Text fields are limited to {@value #MAX_TEXT_LENGTH} characters per
 * language (titles to {@value #MAX_TITLE_LENGTH}). {@link ContentField} lists the fields once;
 * equality derives from it, and a new field here must be added there too.
 */
@Embeddable
public class ProjectContent implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final int MAX_TITLE_LENGTH = 1000;
    public static final int MAX_ACRONYM_LENGTH = 40;
    public static final int MAX_TEXT_LENGTH = 10_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en", length = MAX_TITLE_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "title_fr", length = MAX_TITLE_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "title_ru", length = MAX_TITLE_LENGTH))
    private LocalizedText title;

    @Column(name = "acronym", length = MAX_ACRONYM_LENGTH)
    private String acronym;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "objective_en", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "fr", column = @Column(name = "objective_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "objective_ru", length = MAX_TEXT_LENGTH))
    private LocalizedText objective;

    @ElementCollection
    @CollectionTable(name = "revision_specific_objective", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = MAX_TEXT_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru", length = MAX_TEXT_LENGTH))
    private List<LocalizedText> specificObjectives = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revision_target_group", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = MAX_TEXT_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru", length = MAX_TEXT_LENGTH))
    private List<LocalizedText> targetGroups = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revision_final_beneficiary", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = MAX_TEXT_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru", length = MAX_TEXT_LENGTH))
    private List<LocalizedText> finalBeneficiaries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revision_participation", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    private List<Participation> participations = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "startMonth", column = @Column(name = "start_month"))
    @AttributeOverride(name = "endMonth", column = @Column(name = "end_month"))
    private MonthRange duration;

    @ElementCollection
    @CollectionTable(name = "revision_country", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    @AttributeOverride(name = "code", column = @Column(name = "country_code", length = 2, nullable = false))
    private List<CountryCode> countries = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "revision_sub_area", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    @AttributeOverride(name = "en", column = @Column(name = "text_en", length = MAX_TEXT_LENGTH, nullable = false))
    @AttributeOverride(name = "fr", column = @Column(name = "text_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "text_ru", length = MAX_TEXT_LENGTH))
    private List<LocalizedText> subAreas = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    private Region region;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "thematic_area_en", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "fr", column = @Column(name = "thematic_area_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "thematic_area_ru", length = MAX_TEXT_LENGTH))
    private LocalizedText thematicArea;

    @ElementCollection
    @CollectionTable(name = "revision_link", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    private List<WebLink> links = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "notes_en", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "fr", column = @Column(name = "notes_fr", length = MAX_TEXT_LENGTH))
    @AttributeOverride(name = "ru", column = @Column(name = "notes_ru", length = MAX_TEXT_LENGTH))
    private LocalizedText notes;

    /** The DAC 5-digit sector (vocabulary 1), e.g. {@code 15110}; null for the installation's default. */
    @Column(name = "sector", length = 5)
    private String sector;

    /** The editor's split over the countries; empty means an even split. */
    @ElementCollection
    @CollectionTable(name = "revision_country_share", joinColumns = @JoinColumn(name = "revision_id", nullable = false))
    @OrderColumn(name = "position", nullable = false)
    private List<CountryShare> countryShares = new ArrayList<>();

    protected ProjectContent() {
        // for Jakarta Persistence
    }

    private ProjectContent(Builder builder) {
        if (builder.title == null) {
            throw new InvalidValueException("title", "error.content.titleRequired", "A project needs a title.");
        }
        checkLength("title", builder.title, MAX_TITLE_LENGTH);
        this.title = builder.title;
        this.acronym = normalizedAcronym(builder.acronym);
        this.objective = checkLength("objective", builder.objective, MAX_TEXT_LENGTH);
        this.specificObjectives = checkedTexts("specificObjectives", builder.specificObjectives);
        this.targetGroups = checkedTexts("targetGroups", builder.targetGroups);
        this.finalBeneficiaries = checkedTexts("finalBeneficiaries", builder.finalBeneficiaries);
        this.participations = withoutNulls("participations", builder.participations);
        this.duration = builder.duration;
        this.countries = new ArrayList<>(new LinkedHashSet<>(withoutNulls("countries", builder.countries)));
        this.subAreas = checkedTexts("subAreas", builder.subAreas);
        this.region = builder.region;
        this.thematicArea = checkLength("thematicArea", builder.thematicArea, MAX_TEXT_LENGTH);
        this.links = withoutNulls("links", builder.links);
        this.notes = checkLength("notes", builder.notes, MAX_TEXT_LENGTH);
        this.sector = checkedSector(builder.sector);
        this.countryShares = checkedShares(this.countries, builder.countryShares);
    }

    /** An empty builder; set at least the title. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The same content naming {@code into} wherever it named {@code from} (two organisations merged
     * into one); a participation that would then appear twice is kept once.
     */
    public ProjectContent withOrganisationMerged(Organisation from, Organisation into) {
        List<Participation> merged = new ArrayList<>();
        for (Participation participation : participations) {
            Participation moved = participation.organisation().equals(from)
                    ? Participation.of(into, participation.role(), participation.fundingInstrument().orElse(null))
                    : participation;
            if (!merged.contains(moved)) {
                merged.add(moved);
            }
        }
        return toBuilder().participations(merged).build();
    }

    /** Whether any participation names the organisation. */
    public boolean names(Organisation organisation) {
        return participations.stream().anyMatch(participation -> participation.organisation().equals(organisation));
    }

    /** A builder holding a copy of this content, to change some of it. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** An equal content that shares no collection with this one (each revision owns its own). */
    public ProjectContent copy() {
        return toBuilder().build();
    }

    // --- the fields ---

    public LocalizedText title() {
        return title;
    }

    public Optional<String> acronym() {
        return Optional.ofNullable(acronym);
    }

    public Optional<LocalizedText> objective() {
        return Optional.ofNullable(objective);
    }

    public List<LocalizedText> specificObjectives() {
        return Collections.unmodifiableList(specificObjectives);
    }

    public List<LocalizedText> targetGroups() {
        return Collections.unmodifiableList(targetGroups);
    }

    public List<LocalizedText> finalBeneficiaries() {
        return Collections.unmodifiableList(finalBeneficiaries);
    }

    /** Every organisation taking part, in the order entered. */
    public List<Participation> participations() {
        return Collections.unmodifiableList(participations);
    }

    public Optional<MonthRange> duration() {
        return Optional.ofNullable(duration);
    }

    /** The countries, in the order entered, each once. */
    public List<CountryCode> countries() {
        return Collections.unmodifiableList(countries);
    }

    /** Areas within the countries, e.g. "Niger–Chad (Lake Chad)". */
    public List<LocalizedText> subAreas() {
        return Collections.unmodifiableList(subAreas);
    }

    public Optional<Region> region() {
        return Optional.ofNullable(region);
    }

    /** E.g. "Border Management &amp; Visa". */
    public Optional<LocalizedText> thematicArea() {
        return Optional.ofNullable(thematicArea);
    }

    public List<WebLink> links() {
        return Collections.unmodifiableList(links);
    }

    /** The project's DAC 5-digit sector, if the editor set one (else the installation's default applies). */
    public Optional<String> sector() {
        return Optional.ofNullable(sector);
    }

    /**
     * How the project is split over its countries, in percent summing to 100, in country order, if
     * the editor set it; empty for an even split.
     */
    public Map<CountryCode, BigDecimal> countryShares() {
        Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
        countryShares.forEach(share -> shares.put(share.country(), share.percentage()));
        return Collections.unmodifiableMap(shares);
    }

    public Optional<LocalizedText> notes() {
        return Optional.ofNullable(notes);
    }

    // --- questions about the content ---

    /** The lead implementing agency (the first, if a draft names several). */
    public Optional<Organisation> lead() {
        return withRole(ParticipationRole.LEAD_IMPLEMENTER).stream().findFirst().map(Participation::organisation);
    }

    public List<Participation> implementingPartners() {
        return withRole(ParticipationRole.IMPLEMENTING_PARTNER);
    }

    public List<Participation> donors() {
        return withRole(ParticipationRole.DONOR);
    }

    /** Partners that neither lead, implement nor fund. */
    public List<Participation> otherPartners() {
        return withRole(ParticipationRole.PARTNER);
    }

    /** The participations in one role, in the order entered. */
    public List<Participation> withRole(ParticipationRole role) {
        return participations.stream().filter(p -> p.is(role)).toList();
    }

    /** Whether the project is upcoming, ongoing or completed on that day; empty while it has no duration. */
    public Optional<ProjectStatus> statusOn(LocalDate day) {
        return duration().map(range -> range.statusOn(day));
    }

    /**
     * For each translated field ({@link ContentField#translated()}) that has a text, the languages
     * it still lacks a translation in (for a list, in any of its items; for links, in their labels),
     * in field order, e.g. {@code {title=[FR, RU], specificObjectives=[RU]}}.
     * Fields that are complete or empty are left out; English is never missing.
     */
    public Map<String, Set<Language>> missingTranslations() {
        Map<String, Set<Language>> missing = new LinkedHashMap<>();
        for (ContentField field : ContentField.values()) {
            Set<Language> languages = EnumSet.noneOf(Language.class);
            field.textsIn(this).forEach(text -> languages.addAll(text.missingTranslations()));
            if (!languages.isEmpty()) {
                missing.put(field.key(), Collections.unmodifiableSet(languages));
            }
        }
        return Collections.unmodifiableMap(missing);
    }

    /**
     * What must still be filled in before the content can be submitted for review: an English title,
     * an objective, a duration, at least one country and exactly one lead implementing agency.
     * Empty when ready.
     */
    public List<ReadinessProblem> readinessProblems() {
        List<ReadinessProblem> problems = new ArrayList<>();
        if (title == null || title.english() == null) {
            problems.add(new ReadinessProblem("title", "error.readiness.titleRequired", "An English title is required."));
        }
        if (objective == null) {
            problems.add(new ReadinessProblem("objective", "error.readiness.objectiveRequired",
                    "Describe the project's overall objective."));
        }
        if (duration == null) {
            problems.add(new ReadinessProblem("duration", "error.readiness.durationRequired",
                    "Give the start and end month."));
        }
        if (countries.isEmpty()) {
            problems.add(new ReadinessProblem("countries", "error.readiness.countryRequired",
                    "Name at least one country."));
        }
        int leads = withRole(ParticipationRole.LEAD_IMPLEMENTER).size();
        if (leads == 0) {
            problems.add(new ReadinessProblem("participations", "error.readiness.leadRequired",
                    "Name the lead implementing agency."));
        } else if (leads > 1) {
            problems.add(new ReadinessProblem("participations", "error.readiness.singleLead",
                    "Name exactly one lead implementing agency, not " + leads + "."));
        }
        return List.copyOf(problems);
    }

    public boolean isReadyForReview() {
        return readinessProblems().isEmpty();
    }

    // --- helpers ---

    private static String normalizedAcronym(String acronym) {
        if (acronym == null || acronym.isBlank()) {
            return null;
        }
        String stripped = LocalizedText.printable(acronym).strip();
        if (stripped.length() > MAX_ACRONYM_LENGTH) {
            throw new InvalidValueException("acronym", "error.content.acronymTooLong",
                    "An acronym may have at most {0} characters.", MAX_ACRONYM_LENGTH);
        }
        return stripped.isEmpty() ? null : stripped;
    }

    private static LocalizedText checkLength(String field, LocalizedText text, int maxLength) {
        if (text != null) {
            for (String translation : text.asMap().values()) {
                if (translation.length() > maxLength) {
                    throw new InvalidValueException(field, "error.content.textTooLong",
                            "This text may have at most {0} characters.", maxLength);
                }
            }
        }
        return text;
    }

    private static String checkedSector(String sector) {
        if (sector == null || sector.isBlank()) {
            return null;
        }
        String stripped = sector.strip();
        if (!stripped.matches("\\d{5}")) {
            throw new InvalidValueException("sector", "error.content.invalidSector",
                    "\"{0}\" is not a DAC 5-digit sector code such as 15110.", sector);
        }
        return stripped;
    }

    /** The shares in country order, after checking they cover exactly the countries and sum to 100. */
    private static List<CountryShare> checkedShares(List<CountryCode> countries, Map<CountryCode, BigDecimal> shares) {
        if (shares.isEmpty()) {
            return new ArrayList<>();
        }
        if (!new LinkedHashSet<>(countries).equals(shares.keySet())) {
            throw new InvalidValueException("countryShares", "error.content.sharesCountries",
                    "Give a percentage for every country of the project ({0}) and for no other ({1}).",
                    countries, shares.keySet());
        }
        BigDecimal total = BigDecimal.ZERO;
        List<CountryShare> checked = new ArrayList<>();
        for (CountryCode country : countries) {
            BigDecimal percentage = shares.get(country);
            if (percentage == null || percentage.signum() <= 0 || percentage.compareTo(HUNDRED) > 0
                    || percentage.stripTrailingZeros().scale() > 2) {
                throw new InvalidValueException("countryShares", "error.content.shareInvalid",
                        "The share of {0} must be more than 0 and at most 100 percent, to the hundredth (not {1}).",
                        country, percentage);
            }
            total = total.add(percentage);
            checked.add(new CountryShare(country, percentage));
        }
        if (total.compareTo(HUNDRED) != 0) {
            throw new InvalidValueException("countryShares", "error.content.sharesTotal",
                    "The countries' shares add up to {0} percent instead of 100.", total.toPlainString());
        }
        return checked;
    }

    private static List<LocalizedText> checkedTexts(String field, List<LocalizedText> texts) {
        List<LocalizedText> checked = withoutNulls(field, texts);
        checked.forEach(text -> checkLength(field, text, MAX_TEXT_LENGTH));
        return checked;
    }

    private static <T> ArrayList<T> withoutNulls(String field, Collection<T> items) {
        ArrayList<T> copy = new ArrayList<>(items.size());
        for (T item : items) {
            if (item == null) {
                throw new InvalidValueException(field, "error.content.emptyItem", "A list may not contain an empty item.");
            }
            copy.add(item);
        }
        return copy;
    }

    /** Equal when every {@link ContentField} has an equal value. */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof ProjectContent that)) {
            return false;
        }
        for (ContentField field : ContentField.values()) {
            if (!Objects.equals(field.valueIn(this), field.valueIn(that))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, acronym, duration);
    }

    @Override
    public String toString() {
        return acronym == null ? String.valueOf(title) : title + " (" + acronym + ")";
    }

    /**
     * Collects the parts of a content; {@link #build()} checks them. Every list setter replaces the
     * list, every {@code add…} appends to it. Setting null clears an optional field.
     */
    public static final class Builder {

        private LocalizedText title;
        private String acronym;
        private LocalizedText objective;
        private final List<LocalizedText> specificObjectives = new ArrayList<>();
        private final List<LocalizedText> targetGroups = new ArrayList<>();
        private final List<LocalizedText> finalBeneficiaries = new ArrayList<>();
        private final List<Participation> participations = new ArrayList<>();
        private MonthRange duration;
        private final List<CountryCode> countries = new ArrayList<>();
        private final List<LocalizedText> subAreas = new ArrayList<>();
        private Region region;
        private LocalizedText thematicArea;
        private final List<WebLink> links = new ArrayList<>();
        private LocalizedText notes;
        private String sector;
        private final Map<CountryCode, BigDecimal> countryShares = new LinkedHashMap<>();

        private Builder() {
        }

        private Builder(ProjectContent content) {
            this.title = content.title;
            this.acronym = content.acronym;
            this.objective = content.objective;
            this.specificObjectives.addAll(content.specificObjectives);
            this.targetGroups.addAll(content.targetGroups);
            this.finalBeneficiaries.addAll(content.finalBeneficiaries);
            this.participations.addAll(content.participations);
            this.duration = content.duration;
            this.countries.addAll(content.countries);
            this.subAreas.addAll(content.subAreas);
            this.region = content.region;
            this.thematicArea = content.thematicArea;
            this.links.addAll(content.links);
            this.notes = content.notes;
            this.sector = content.sector;
            this.countryShares.putAll(content.countryShares());
        }

        public Builder title(LocalizedText title) {
            this.title = title;
            return this;
        }

        /** An English-only title; blank leaves the title missing, which {@link #build()} refuses. */
        public Builder title(String english) {
            this.title = english == null || english.isBlank() ? null : LocalizedText.of(english);
            return this;
        }

        public Builder acronym(String acronym) {
            this.acronym = acronym;
            return this;
        }

        public Builder objective(LocalizedText objective) {
            this.objective = objective;
            return this;
        }

        public Builder specificObjectives(Collection<LocalizedText> items) {
            return replace(specificObjectives, items);
        }

        public Builder addSpecificObjective(LocalizedText item) {
            specificObjectives.add(item);
            return this;
        }

        public Builder targetGroups(Collection<LocalizedText> items) {
            return replace(targetGroups, items);
        }

        public Builder addTargetGroup(LocalizedText item) {
            targetGroups.add(item);
            return this;
        }

        public Builder finalBeneficiaries(Collection<LocalizedText> items) {
            return replace(finalBeneficiaries, items);
        }

        public Builder addFinalBeneficiary(LocalizedText item) {
            finalBeneficiaries.add(item);
            return this;
        }

        public Builder participations(Collection<Participation> items) {
            return replace(participations, items);
        }

        public Builder addParticipation(Participation item) {
            participations.add(item);
            return this;
        }

        public Builder duration(MonthRange duration) {
            this.duration = duration;
            return this;
        }

        /** The countries in display order; a repeated country is kept once. */
        public Builder countries(Collection<CountryCode> items) {
            return replace(countries, items);
        }

        public Builder addCountry(CountryCode item) {
            countries.add(item);
            return this;
        }

        public Builder subAreas(Collection<LocalizedText> items) {
            return replace(subAreas, items);
        }

        public Builder addSubArea(LocalizedText item) {
            subAreas.add(item);
            return this;
        }

        public Builder region(Region region) {
            this.region = region;
            return this;
        }

        public Builder thematicArea(LocalizedText thematicArea) {
            this.thematicArea = thematicArea;
            return this;
        }

        public Builder links(Collection<WebLink> items) {
            return replace(links, items);
        }

        public Builder addLink(WebLink item) {
            links.add(item);
            return this;
        }

        /** The DAC 5-digit sector; null or blank for the installation's default. */
        public Builder sector(String sector) {
            this.sector = sector;
            return this;
        }

        /**
         * The split over the countries in percent (to the hundredth), one share for every country of
         * the project, summing to 100; null or empty for an even split.
         */
        public Builder countryShares(Map<CountryCode, BigDecimal> shares) {
            countryShares.clear();
            if (shares != null) {
                countryShares.putAll(shares);
            }
            return this;
        }

        public Builder notes(LocalizedText notes) {
            this.notes = notes;
            return this;
        }

        /**
         * The content. Refuses (with {@link InvalidValueException} naming the field) a missing title,
         * an acronym over {@value ProjectContent#MAX_ACRONYM_LENGTH} characters, over-long texts and
         * empty list items; everything else may still be incomplete.
         */
        public ProjectContent build() {
            return new ProjectContent(this);
        }

        private <T> Builder replace(List<T> list, Collection<T> items) {
            list.clear();
            if (items != null) {
                list.addAll(items);
            }
            return this;
        }
    }
}
