package org.projectdesk.domain.entry;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one list of the fields of a {@link ProjectContent}, in the order of the public page. Each
 * field knows its name (the same in the review diff, the resource bundle's {@code field.<name>},
 * the API, the export and the import), whether it is written per language, its value (what
 * {@link ProjectContent#equals} compares) and how the review diff shows it. {@link ContentDiff},
 * {@link ProjectContent#equals} and {@link ProjectContent#missingTranslations()} derive from this
 * list; every other path (desk form, read models, API, IATI, export and import, factsheet, search)
 * is checked against it by tests, so that a new field cannot be forgotten on the way.
 */
public enum ContentField {

    TITLE("title", text(ProjectContent::title)),
    ACRONYM("acronym", plain(c -> c.acronym().orElse(null), c -> c.acronym().orElse(""))),
    THEMATIC_AREA("thematicArea", text(c -> c.thematicArea().orElse(null))),
    OBJECTIVE("objective", text(c -> c.objective().orElse(null))),
    SPECIFIC_OBJECTIVES("specificObjectives", textList(ProjectContent::specificObjectives)),
    SUB_AREAS("subAreas", textList(ProjectContent::subAreas)),
    TARGET_GROUPS("targetGroups", textList(ProjectContent::targetGroups)),
    FINAL_BENEFICIARIES("finalBeneficiaries", textList(ProjectContent::finalBeneficiaries)),
    PARTICIPATIONS("participations", plain(c -> new ArrayList<>(c.participations()),
            c -> joined(c.participations(), ContentField::participation))),
    DURATION("duration", plain(c -> c.duration().orElse(null),
            c -> c.duration().map(MonthRange::toString).orElse(""))),
    COUNTRIES("countries", plain(c -> new ArrayList<>(c.countries()), c -> joined(c.countries(), CountryCode::code))),
    COUNTRY_SHARES("countryShares", plain(ProjectContent::countryShares,
            c -> joined(c.countryShares().entrySet().stream().sorted(Map.Entry.comparingByKey()).toList(),
                    ContentField::share))),
    REGION("region", plain(c -> c.region().orElse(null),
            c -> c.region().map(region -> region.name().english() + " (" + region.code().value() + ")").orElse(""))),
    SECTOR("sector", plain(c -> c.sector().orElse(null), c -> c.sector().orElse(""))),
    LINKS("links", new Shape(c -> new ArrayList<>(c.links()), c -> c.links().stream().map(WebLink::label),
            (c, language) -> joined(c.links(), link -> link(link, language)))),
    NOTES("notes", text(c -> c.notes().orElse(null)));

    private static final String ITEM_SEPARATOR = "\n";

    private final String key;
    private final Shape shape;

    ContentField(String key, Shape shape) {
        this.key = key;
        this.shape = shape;
    }

    /** The field's name, e.g. {@code specificObjectives}: in the diff, the bundle, the API and the files. */
    public String key() {
        return key;
    }

    /** Whether the field is written per language (texts, lists of texts, link labels). */
    public boolean translated() {
        return shape.texts != null;
    }

    /** The field's value in a content, comparable with {@code equals}; null or empty when not set. */
    public Object valueIn(ProjectContent content) {
        return shape.value.apply(content);
    }

    /** Whether the content sets this field (a text, a non-empty list, a value). */
    public boolean isSetIn(ProjectContent content) {
        Object value = valueIn(content);
        return value != null && !(value instanceof List<?> list && list.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty());
    }

    /** The texts of a translated field (empty for the others), e.g. to find missing translations. */
    public Stream<LocalizedText> textsIn(ProjectContent content) {
        return shape.texts == null ? Stream.empty() : shape.texts.apply(content);
    }

    /**
     * A translated field's texts in one language, item by item (null where an item has no text in
     * it); empty for a field that is not translated or not set. Two contents whose field reads the
     * same here have the same text in that language.
     */
    public List<String> translationIn(ProjectContent content, Language language) {
        return textsIn(content).map(text -> text.in(language).orElse(null)).toList();
    }

    /**
     * The field as the review diff shows it: for a translated field in one language, for the others
     * with {@code language} null; empty when not set. Lists are one item per line.
     */
    public String shownIn(ProjectContent content, Language language) {
        return shape.shown.show(content, language);
    }

    /** The field with that name. */
    public static Optional<ContentField> byKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }

    // --- the shapes of the fields ---

    /** How a field is read from a content, compared and shown. */
    private record Shape(Function<ProjectContent, Object> value,
                         Function<ProjectContent, Stream<LocalizedText>> texts, Shown shown) {
    }

    @FunctionalInterface
    private interface Shown {
        String show(ProjectContent content, Language language);
    }

    private static Shape text(Function<ProjectContent, LocalizedText> text) {
        return new Shape(text::apply, c -> Stream.ofNullable(text.apply(c)),
                (c, language) -> Optional.ofNullable(text.apply(c)).flatMap(t -> t.in(language)).orElse(""));
    }

    private static Shape textList(Function<ProjectContent, List<LocalizedText>> texts) {
        return new Shape(c -> new ArrayList<>(texts.apply(c)), c -> texts.apply(c).stream(),
                (c, language) -> joined(texts.apply(c), item -> item.in(language).orElse("")));
    }

    private static Shape plain(Function<ProjectContent, Object> value, Function<ProjectContent, String> shown) {
        return new Shape(value, null, (c, language) -> shown.apply(c));
    }

    private static <T> String joined(List<T> items, Function<T, String> text) {
        String joined = items.stream().map(text).collect(Collectors.joining(ITEM_SEPARATOR));
        return joined.isBlank() ? "" : joined;
    }

    private static String participation(Participation participation) {
        return participation.organisation().displayName(Language.EN) + " — " + participation.role()
                + participation.fundingInstrument().map(instrument -> " (" + instrument + ")").orElse("");
    }

    private static String share(Map.Entry<CountryCode, BigDecimal> share) {
        return share.getKey().code() + " " + share.getValue().toPlainString() + " %";
    }

    private static String link(WebLink link, Language language) {
        return link.label().in(language).map(label -> label + " <" + link.url() + ">").orElse("");
    }
}
