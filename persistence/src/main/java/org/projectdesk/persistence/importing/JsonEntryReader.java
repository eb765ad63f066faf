package org.projectdesk.persistence.importing;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.SlugAllocator;
import org.projectdesk.domain.importing.CountryNames;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MarkupLike;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;
import org.projectdesk.persistence.importing.JsonNode.ArrayNode;
import org.projectdesk.persistence.importing.JsonNode.NullNode;
import org.projectdesk.persistence.importing.JsonNode.ObjectNode;
import org.projectdesk.persistence.importing.JsonNode.StringNode;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads entries in the API's own JSON shape (see the README and the OpenAPI document) into
 * {@link Candidate}s, checking every field and reporting each problem with its entry, field and
 * line. Accepted files: an object with an {@code entries} list (the admin export, which may also
 * define {@code organisations}), an object with an {@code items} list (a page of
 * {@code GET /api/v1/projects}), a list of projects, or one project. Texts are either a string
 * (English) or an object of translations {@code {"en": …, "fr": …, "ru": …}}.
 */
final class JsonEntryReader {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    /** Fields the API writes that an import ignores without a word (they are derived or informative). */
    private static final Set<String> DERIVED = Set.of("language", "untranslatedFields", "publishedAt", "state",
            "lastUpdatedAt", "status", "self", "page", "revision");
    private static final Set<String> FIELDS = Set.of("slug", "title", "acronym", "objective", "specificObjectives",
            "targetGroups", "finalBeneficiaries", "subAreas", "thematicArea", "leadImplementer",
            "implementingPartners", "donors", "partners", "duration", "countries", "region", "regionCode", "links", "notes",
            "sector");

    private final ImportReading reading;
    private final int maxEntries;
    private final Map<String, ObjectNode> definedOrganisations = new HashMap<>();

    JsonEntryReader(ImportReading reading, int maxEntries) {
        this.reading = reading;
        this.maxEntries = maxEntries;
    }

    /** How many entries the file holds (known after {@link #read}). */
    private int entryCount;

    int entryCount() {
        return entryCount;
    }

    List<Candidate> read(JsonNode root) {
        List<JsonNode> entries = entriesOf(root);
        if (entries == null) {
            return List.of();
        }
        entryCount = entries.size();
        if (entries.isEmpty()) {
            reading.error(0, "", "entries", root.line(), "file.noEntries", "The file holds no entries: there is nothing to import.");
            return List.of();
        }
        if (entries.size() > maxEntries) {
            reading.error(0, "", "entries", root.line(), "file.tooManyEntries",
                    "The file holds {0} entries; at most {1} can be imported at once. Split it into smaller files.",
                    entries.size(), maxEntries);
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        Map<Slug, Integer> slugsInFile = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Pending entry = entry(i + 1, entries.get(i), slugsInFile);
            if (entry != null) {
                pending.add(entry);
            }
        }
        // entries without a slug get one derived from acronym or title, avoiding every slug taken so far
        Set<Slug> handedOut = new HashSet<>(slugsInFile.keySet());
        SlugAllocator allocator = new SlugAllocator(slug -> handedOut.contains(slug) || reading.references().entrySlugTaken(slug));
        for (Pending entry : pending) {
            Slug slug = entry.slug != null ? entry.slug : allocator.allocateFor(entry.content);
            handedOut.add(slug);
            candidates.add(new Candidate(entry.number, slug, entry.content));
        }
        return candidates;
    }

    private record Pending(int number, Slug slug, ProjectContent content) {
    }

    private List<JsonNode> entriesOf(JsonNode root) {
        if (root instanceof ArrayNode array) {
            return array.items();
        }
        if (root instanceof ObjectNode object) {
            if (object.get("organisations") instanceof ArrayNode organisations) {
                for (JsonNode organisation : organisations.items()) {
                    if (organisation instanceof ObjectNode defined && defined.get("slug") instanceof StringNode slug) {
                        definedOrganisations.put(slug.value().strip(), defined);
                    }
                }
            }
            for (String list : new String[]{"entries", "items"}) {
                if (object.has(list)) {
                    if (object.get(list) instanceof ArrayNode array) {
                        return array.items();
                    }
                    reading.error(0, "", list, object.get(list).line(), "field.wrongType",
                            "\"{0}\" must be {1}, not {2}.", list, ImportReading.kind("list"), object.get(list).kind());
                    return null;
                }
            }
            if (object.has("title") || object.has("slug")) {
                return List.of(object);
            }
        }
        reading.error(0, "", "file", root.line(), "file.noEntryList",
                "The file is JSON but holds no projects: expected an object with an \"entries\" list, a list of projects, or one project.");
        return null;
    }

    private Pending entry(int number, JsonNode node, Map<Slug, Integer> slugsInFile) {
        if (!(node instanceof ObjectNode entry)) {
            reading.error(number, "", "entry", node.line(), "entry.notAnObject",
                    "Entry {0} must be an object with the project's fields, not {1}.", number, node.kind());
            return null;
        }
        String label = labelOf(entry);
        Entry context = new Entry(number, label, entry.line());
        for (Map.Entry<String, JsonNode> member : entry.members().entrySet()) {
            if (!FIELDS.contains(member.getKey()) && !DERIVED.contains(member.getKey())) {
                reading.warning(number, label, member.getKey(), member.getValue().line(), "field.unknown",
                        "\"{0}\" is not a field of a project; it is ignored.", member.getKey());
            }
        }
        boolean ok = true;
        Slug slug = null;
        if (entry.has("slug")) {
            JsonNode node1 = entry.get("slug");
            Optional<String> text = context.string("slug", node1);
            if (text.isPresent()) {
                try {
                    slug = Slug.of(text.get().strip());
                    Integer earlier = slugsInFile.putIfAbsent(slug, node1.line());
                    if (earlier != null) {
                        reading.error(number, label, "slug", node1.line(), "slug.duplicateInFile",
                                "The slug \"{0}\" is used twice in the file (lines {1} and {2}).", slug.value(), earlier, node1.line());
                        ok = false;
                    } else if (reading.references().entrySlugTaken(slug)) {
                        reading.error(number, label, "slug", node1.line(), "slug.taken",
                                "The slug \"{0}\" is already taken by an entry; choose another or leave it out to get one derived from the acronym.",
                                slug.value());
                        ok = false;
                    }
                } catch (InvalidValueException e) {
                    reading.refused(number, label, "slug", node1.line(), e);
                    ok = false;
                }
            } else {
                ok = false;
            }
        }

        ProjectContent.Builder content = ProjectContent.builder();
        Optional<LocalizedText> title = context.text("title", entry.get("title"), true);
        if (title.isEmpty()) {
            ok = false;
        }
        content.title(title.orElse(null));
        if (entry.has("acronym")) {
            ok &= context.string("acronym", entry.get("acronym")).map(a -> {
                content.acronym(a);
                return true;
            }).orElse(false);
        }
        ok &= context.optionalText("objective", entry.get("objective"), content::objective);
        ok &= context.texts("specificObjectives", entry.get("specificObjectives"), content::specificObjectives);
        ok &= context.texts("targetGroups", entry.get("targetGroups"), content::targetGroups);
        ok &= context.texts("finalBeneficiaries", entry.get("finalBeneficiaries"), content::finalBeneficiaries);
        ok &= context.texts("subAreas", entry.get("subAreas"), content::subAreas);
        ok &= context.optionalText("thematicArea", entry.get("thematicArea"), content::thematicArea);
        ok &= context.optionalText("notes", entry.get("notes"), content::notes);
        if (entry.has("sector")) {
            ok &= context.string("sector", entry.get("sector")).map(sector -> {
                content.sector(sector);
                return true;
            }).orElse(false);
        }

        List<Participation> participations = new ArrayList<>();
        ok &= context.participations("leadImplementer", entry.get("leadImplementer"), ParticipationRole.LEAD_IMPLEMENTER, participations);
        ok &= context.participations("implementingPartners", entry.get("implementingPartners"), ParticipationRole.IMPLEMENTING_PARTNER, participations);
        ok &= context.participations("donors", entry.get("donors"), ParticipationRole.DONOR, participations);
        ok &= context.participations("partners", entry.get("partners"), ParticipationRole.PARTNER, participations);
        content.participations(participations);

        ok &= context.duration(entry.get("duration"), content);
        ok &= context.countries(entry.get("countries"), content);
        // the API writes the region's name as "region" and its code as "regionCode"
        ok &= entry.has("regionCode") ? context.region("regionCode", entry.get("regionCode"), content)
                : context.region("region", entry.get("region"), content);
        ok &= context.links(entry.get("links"), content);

        if (!ok) {
            return null;
        }
        try {
            return new Pending(number, slug, content.build());
        } catch (InvalidValueException e) {
            String field = e.field().equals("countryShares") ? "countries" : e.field();
            JsonNode at = entry.get(field);
            reading.refused(number, label, field, at == null ? entry.line() : at.line(), e);
            return null;
        }
    }

    /** How the editor recognises an entry: its title (in English, else any language) and its slug. */
    private static String labelOf(ObjectNode entry) {
        String slug = entry.get("slug") instanceof StringNode text ? text.value().strip() : "";
        String title = titleOf(entry.get("title"));
        if (title.isEmpty() || slug.isEmpty()) {
            return title.isEmpty() ? slug : title;
        }
        return title + " (" + slug + ")";
    }

    private static String titleOf(JsonNode title) {
        if (title instanceof StringNode text) {
            return text.value().strip();
        }
        if (title instanceof ObjectNode translations) {
            for (Language language : Language.values()) {
                if (translations.get(language.tag()) instanceof StringNode text && !text.value().isBlank()) {
                    return text.value().strip();
                }
            }
        }
        return "";
    }

    /** The checks of one entry, each reporting under the entry's number and label. */
    private final class Entry {

        private final int number;
        private final String label;
        private final int line;

        Entry(int number, String label, int line) {
            this.number = number;
            this.label = label;
            this.line = line;
        }

        private void wrongType(String field, JsonNode node, String expected) {
            reading.error(number, label, field, node.line(), "field.wrongType",
                    "\"{0}\" must be {1}, not {2}.", field, expected, node.kind());
        }

        private long errorCount() {
            return reading.issues().stream().filter(ImportIssue::isError).count();
        }

        Optional<String> string(String field, JsonNode node) {
            if (node instanceof StringNode text) {
                return Optional.of(text.value());
            }
            wrongType(field, node, ImportReading.kind("text"));
            return Optional.empty();
        }

        /** A text: a string (English) or translations by language tag; empty (reported) when unusable. */
        Optional<LocalizedText> text(String field, JsonNode node, boolean required) {
            if (node == null || node instanceof NullNode) {
                if (required) {
                    reading.error(number, label, field, node == null ? lineOfEntry() : node.line(), "text.englishMissing",
                            "The English {0} is missing; every entry needs one.", field);
                }
                return Optional.empty();
            }
            Map<Language, String> translations = new EnumMap<>(Language.class);
            if (node instanceof StringNode text) {
                translations.put(Language.EN, text.value());
            } else if (node instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> member : object.members().entrySet()) {
                    Optional<Language> language = Language.fromTag(member.getKey())
                            .filter(l -> l.tag().equals(member.getKey()));
                    if (language.isEmpty()) {
                        reading.error(number, label, field + "." + member.getKey(), member.getValue().line(),
                                "text.unknownLanguage", "\"{0}\" is not a language of ProjectDesk (en, fr, ru).", member.getKey());
                        return Optional.empty();
                    }
                    if (member.getValue() instanceof NullNode) {
                        continue;
                    }
                    if (!(member.getValue() instanceof StringNode text)) {
                        wrongType(field + "." + member.getKey(), member.getValue(), ImportReading.kind("text"));
                        return Optional.empty();
                    }
                    translations.put(language.get(), text.value());
                }
            } else {
                wrongType(field, node, ImportReading.kind("translatedText"));
                return Optional.empty();
            }
            String english = translations.get(Language.EN);
            if (english == null || english.isBlank()) {
                if (required || translations.values().stream().anyMatch(t -> !t.isBlank())) {
                    reading.error(number, label, field, node.line(), "text.englishMissing",
                            "The English {0} is missing; every text needs an English version.", field);
                    return Optional.empty();
                }
                return Optional.empty();
            }
            translations.forEach((language, written) -> MarkupLike.in(written).ifPresent(fragment ->
                    reading.warning(number, label, translations.size() == 1 ? field : field + "." + language.tag(),
                            node.line(), "text.looksLikeMarkup",
                            "This text contains what looks like HTML or script (\"{0}\"); it will be shown as plain text, as written.",
                            fragment)));
            return Optional.of(LocalizedText.of(translations));
        }

        private int lineOfEntry() {
            return line;
        }

        boolean optionalText(String field, JsonNode node, java.util.function.Consumer<LocalizedText> target) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            long errorsBefore = errorCount();
            text(field, node, false).ifPresent(target);
            return errorCount() == errorsBefore;
        }

        boolean texts(String field, JsonNode node, java.util.function.Consumer<List<LocalizedText>> target) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            if (!(node instanceof ArrayNode array)) {
                wrongType(field, node, ImportReading.kind("textList"));
                return false;
            }
            List<LocalizedText> texts = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < array.items().size(); i++) {
                Optional<LocalizedText> text = text(field + "[" + (i + 1) + "]", array.items().get(i), true);
                if (text.isPresent()) {
                    texts.add(text.get());
                } else {
                    ok = false;
                }
            }
            target.accept(texts);
            return ok;
        }

        boolean participations(String field, JsonNode node, ParticipationRole role, List<Participation> into) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            List<JsonNode> items;
            if (node instanceof ArrayNode array) {
                items = array.items();
            } else if (role == ParticipationRole.LEAD_IMPLEMENTER) {
                items = List.of(node);
            } else {
                wrongType(field, node, ImportReading.kind("organisationList"));
                return false;
            }
            boolean ok = true;
            for (int i = 0; i < items.size(); i++) {
                String itemField = node instanceof ArrayNode ? field + "[" + (i + 1) + "]" : field;
                JsonNode item = items.get(i);
                JsonNode reference = item;
                String instrument = null;
                if (role == ParticipationRole.DONOR && item instanceof ObjectNode donor && donor.has("organisation")) {
                    reference = donor.get("organisation");
                    if (donor.has("fundingInstrument")) {
                        Optional<String> given = string(itemField + ".fundingInstrument", donor.get("fundingInstrument"));
                        if (given.isEmpty()) {
                            ok = false;
                            continue;
                        }
                        instrument = given.get();
                    }
                }
                Optional<Organisation> organisation = organisation(itemField, reference);
                if (organisation.isEmpty()) {
                    ok = false;
                    continue;
                }
                try {
                    into.add(Participation.of(organisation.get(), role, instrument));
                } catch (InvalidValueException e) {
                    reading.refused(number, label, itemField, item.line(), e);
                    ok = false;
                }
            }
            return ok;
        }

        /** An organisation named by slug, acronym or name ({@code {"slug": …, "name": …, "acronym": …}} or a plain name). */
        Optional<Organisation> organisation(String field, JsonNode node) {
            Optional<Slug> slug = Optional.empty();
            String acronym = null;
            String name = null;
            LocalizedText fullName = null;
            OrganisationKind kind = null;
            if (node instanceof StringNode text && !text.value().isBlank()) {
                name = text.value().strip();
                fullName = LocalizedText.of(name);
            } else if (node instanceof ObjectNode object) {
                try {
                    if (object.get("slug") instanceof StringNode given) {
                        slug = Optional.of(Slug.of(given.value().strip()));
                    }
                } catch (InvalidValueException e) {
                    reading.refused(number, label, field + ".slug", object.get("slug").line(), e);
                    return Optional.empty();
                }
                ObjectNode definition = slug.map(s -> definedOrganisations.get(s.value())).orElse(object);
                if (definition.get("acronym") instanceof StringNode given && !given.value().isBlank()) {
                    acronym = given.value().strip();
                }
                Optional<LocalizedText> names = definition.has("name")
                        ? text(field + ".name", definition.get("name"), true) : Optional.empty();
                if (names.isPresent()) {
                    fullName = names.get();
                    name = fullName.english();
                }
                if (definition.get("kind") instanceof StringNode given) {
                    try {
                        kind = OrganisationKind.valueOf(given.value().strip());
                    } catch (IllegalArgumentException e) {
                        reading.error(number, label, field + ".kind", given.line(), "organisation.unknownKind",
                                "\"{0}\" is not a kind of organisation ({1}).", given.value(), List.of(OrganisationKind.values()));
                        return Optional.empty();
                    }
                }
                if (slug.isEmpty() && name == null && acronym == null) {
                    reading.error(number, label, field, node.line(), "organisation.unnamed",
                            "Name the organisation: give its slug, name or acronym.");
                    return Optional.empty();
                }
            } else {
                wrongType(field, node, ImportReading.kind("organisation"));
                return Optional.empty();
            }
            Optional<Slug> finalSlug = slug;
            LocalizedText finalName = fullName;
            String finalAcronym = acronym;
            OrganisationKind finalKind = kind;
            String website = slug.map(s -> definedOrganisations.get(s.value()))
                    .filter(d -> d.get("website") instanceof StringNode)
                    .map(d -> ((StringNode) d.get("website")).value()).orElse(null);
            String shown = name != null ? name : acronym != null ? acronym : slug.map(Slug::value).orElse("");
            return reading.organisation(number, label, field, node.line(), slug, acronym, name, () -> {
                if (finalName == null) {
                    throw new InvalidValueException(field, "import.organisation.nameMissing",
                            "\"{0}\" is not a known organisation and the file gives no name to create it with.", shown);
                }
                Organisation created = ImportReading.Definition.of(finalSlug, finalName, finalAcronym, finalKind).create();
                created.changeWebsite(website);
                return created;
            });
        }

        boolean duration(JsonNode node, ProjectContent.Builder content) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            JsonNode startNode;
            JsonNode endNode;
            if (node instanceof ObjectNode object) {
                startNode = object.get("start");
                endNode = object.get("end");
            } else if (node instanceof StringNode range && range.value().contains("/")) {
                String[] parts = range.value().split("/", 2);
                startNode = new StringNode(node.line(), parts[0].strip());
                endNode = new StringNode(node.line(), parts[1].strip());
            } else {
                wrongType("duration", node, ImportReading.kind("duration"));
                return false;
            }
            Optional<YearMonth> start = month("duration.start", startNode, node.line());
            Optional<YearMonth> end = month("duration.end", endNode, node.line());
            if (start.isEmpty() || end.isEmpty()) {
                return false;
            }
            try {
                content.duration(MonthRange.of(start.get(), end.get()));
                return true;
            } catch (InvalidValueException e) {
                reading.error(number, label, "duration.end", endNode.line(), "duration.endBeforeStart",
                        "The end month {0} is before the start month {1}.", end.get(), start.get());
                return false;
            }
        }

        private Optional<YearMonth> month(String field, JsonNode node, int line) {
            if (node == null || node instanceof NullNode) {
                reading.error(number, label, field, line, "duration.monthMissing",
                        "Give the {0} month as YYYY-MM.", field.endsWith("start") ? "start" : "end");
                return Optional.empty();
            }
            if (node instanceof StringNode text && MONTH.matcher(text.value().strip()).matches()) {
                try {
                    return Optional.of(YearMonth.parse(text.value().strip()));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            reading.error(number, label, field, node.line(), "duration.invalidMonth",
                    "\"{0}\" is not a month: write it as YYYY-MM, e.g. 2016-01.",
                    node instanceof StringNode text ? text.value() : node.kind());
            return Optional.empty();
        }

        boolean countries(JsonNode node, ProjectContent.Builder content) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            if (!(node instanceof ArrayNode array)) {
                wrongType("countries", node, ImportReading.kind("countryList"));
                return false;
            }
            List<CountryCode> codes = new ArrayList<>();
            List<Map.Entry<String, StringNode>> unknown = new ArrayList<>();
            Map<CountryCode, java.math.BigDecimal> shares = new java.util.LinkedHashMap<>();
            boolean ok = true;
            for (int i = 0; i < array.items().size(); i++) {
                JsonNode item = array.items().get(i);
                String field = "countries[" + (i + 1) + "]";
                JsonNode code = item instanceof ObjectNode object ? object.get("code") : item;
                JsonNode percentage = item instanceof ObjectNode object && object.has("percentage") ? object.get("percentage") : null;
                if (percentage != null && !(percentage instanceof JsonNode.NumberNode)) {
                    wrongType(field + ".percentage", percentage, ImportReading.kind("percentage"));
                    ok = false;
                    continue;
                }
                if (!(code instanceof StringNode text)) {
                    wrongType(field, item, ImportReading.kind("countryCode"));
                    ok = false;
                    continue;
                }
                try {
                    CountryCode country = CountryCode.of(text.value());
                    codes.add(country);
                    if (percentage != null) {
                        shares.put(country, ((JsonNode.NumberNode) percentage).value());
                    }
                } catch (InvalidValueException e) {
                    unknown.add(Map.entry(field, text));
                    ok = false;
                }
            }
            for (Map.Entry<String, StringNode> written : unknown) {
                CountryCode meant = CountryNames.likelyMeant(written.getValue().value(), codes);
                reading.error(number, label, written.getKey(), written.getValue().line(), "country.unknown",
                        "\"{0}\" is not a country code ProjectDesk knows. Write each country as its two-letter ISO code, such as {1} for {2}.",
                        written.getValue().value(), meant.code(), ImportReading.country(meant));
            }
            content.countries(codes);
            content.countryShares(shares);
            return ok;
        }

        boolean region(String field, JsonNode node, ProjectContent.Builder content) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            JsonNode code = node instanceof ObjectNode object ? object.get("code") : node;
            if (!(code instanceof StringNode text)) {
                wrongType(field, node, ImportReading.kind("region"));
                return false;
            }
            Optional<Region> region;
            try {
                region = reading.references().region(Slug.of(text.value().strip()));
            } catch (InvalidValueException e) {
                region = Optional.empty();
            }
            if (region.isEmpty()) {
                reading.error(number, label, field, code.line(), "region.unknown",
                        "\"{0}\" is not a known region.", text.value());
                return false;
            }
            content.region(region.get());
            return true;
        }

        boolean links(JsonNode node, ProjectContent.Builder content) {
            if (node == null || node instanceof NullNode) {
                return true;
            }
            if (!(node instanceof ArrayNode array)) {
                wrongType("links", node, ImportReading.kind("linkList"));
                return false;
            }
            List<WebLink> links = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < array.items().size(); i++) {
                JsonNode item = array.items().get(i);
                String field = "links[" + (i + 1) + "]";
                if (!(item instanceof ObjectNode link)) {
                    wrongType(field, item, ImportReading.kind("link"));
                    ok = false;
                    continue;
                }
                Optional<LocalizedText> linkLabel = text(field + ".label", link.get("label"), true);
                Optional<String> url = link.has("url") ? string(field + ".url", link.get("url")) : Optional.empty();
                if (!link.has("url")) {
                    reading.error(number, label, field + ".url", link.line(), "link.urlMissing", "The link needs a url.");
                }
                if (linkLabel.isEmpty() || url.isEmpty()) {
                    ok = false;
                    continue;
                }
                try {
                    links.add(WebLink.of(linkLabel.get(), url.get()));
                } catch (InvalidValueException e) {
                    reading.refused(number, label, field + ".url", link.get("url").line(), e);
                    ok = false;
                }
            }
            content.links(links);
            return ok;
        }
    }
}
