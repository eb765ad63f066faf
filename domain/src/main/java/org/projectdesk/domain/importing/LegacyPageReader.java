package org.projectdesk.domain.importing;

import org.projectdesk.domain.importing.PageLine.Field;
import org.projectdesk.domain.importing.PageLine.Kind;
import org.projectdesk.domain.importing.RawSection.Entry;
import org.projectdesk.domain.importing.RawSection.Piece;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.PlainText;
import org.projectdesk.domain.shared.Slug;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain text of the legacy "Ongoing Projects" page into {@link ImportedProject}s and a
 * list of {@link ImportProblem}s. Plain Java, no state: one reader can read many pages.
 *
 * <h2>The format</h2>
 * A heading line "Ongoing Projects"; then one section per project, each starting with its title
 * line. Sections are separated by a line of non-breaking spaces (paragraphs within a section by
 * empty lines); a text line after an empty line also starts a new section when the next field is
 * an "Objective:" or one the current section already has. Fields: "Objective:", "The specific
 * objectives:" (and its variants), "Target Groups:", "Final beneficiaries:" with "•" bullets,
 * "Implementing Agency:", "Donor", "Partners:", "Duration:", "Countries:"/"Country"; a label's
 * colon and value may be on the next line ("Donor" / ": European Union"). Then optional
 * "For more information, please visit …" lines. After the last section the page may have a closing
 * paragraph and "Factsheet" (kept as {@link LegacyPageImport#pageNotes()}), and it ends with the
 * thematic footer "Border Management &amp; Visa en fr ru".
 *
 * <h2>Decisions</h2>
 * Bullets right after the objective (no label of their own) are specific objectives, unless the
 * objective introduces them as areas ("… the three selected trans-boundary areas:"), then they are
 * sub-areas. A closing "More specifically, the project seeks to:" sentence is a label and is taken
 * out of the objective; any other introducing sentence stays. Nothing is invented: a duration,
 * country or organisation that cannot be read for sure is an error or a warning, never a guess.
 */
public final class LegacyPageReader {

    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(?<title>.+?)\\s*\\((?<inside>[^()]+)\\)$");
    private static final Pattern FOOTER = Pattern.compile("^(?<area>.+?)\\s+(?<languages>[a-z]{2}(?:\\s+[a-z]{2})*)$");
    private static final Pattern SENTENCE_START = Pattern.compile("[.!?][\"”’)]?\\s+(?=\\p{Lu})");
    private static final Pattern SPECIFIC_INTRODUCTION = Pattern.compile(
            "^(?:(?:(?:more )?specifically|in particular),?\\s+)?"
                    + "(?:the\\s+(?:project|action|programme)\\s+(?:seeks|aims|intends)\\s+to"
                    + "|(?:the|its)\\s+specific\\s+objectives(?:\\s+are(?:\\s+to)?)?)\\s*:$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern AREA_INTRODUCTION = Pattern.compile(
            "\\b(?:areas?|regions?|zones?|provinces?|districts?|municipalities|locations?|sites?|border sections?"
                    + "|crossing points?)\\s*:$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern VISIT = Pattern.compile("\\bvisit\\s+(?<site>.+?)\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern SITE_NAME = Pattern.compile(
            "^(?:the\\s+)?(?<name>.+?)(?:['’]s)?\\s+(?:web\\s*site|web\\s*page|home\\s*page)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    /** Reads the page text. Never throws for bad content: everything it cannot read is a problem. */
    public LegacyPageImport read(String pageText) {
        return new Reading(pageText == null ? "" : pageText).run();
    }

    /** Reads the page from a reader, which it does not close. */
    public LegacyPageImport read(Reader page) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        for (int count = page.read(buffer); count >= 0; count = page.read(buffer)) {
            text.append(buffer, 0, count);
        }
        return read(text.toString());
    }

    /** Reads the page from a UTF-8 file. */
    public LegacyPageImport read(Path page) throws IOException {
        return read(Files.readString(page, StandardCharsets.UTF_8));
    }

    /** One reading of one page. */
    private static final class Reading {

        private final List<PageLine> lines;
        private final ProblemLog log = new ProblemLog();
        private final List<RawSection> sections = new ArrayList<>();
        private final List<String> pageNotes = new ArrayList<>();
        private String thematicArea;

        Reading(String page) {
            this.lines = PageLine.split(page);
        }

        LegacyPageImport run() {
            int first = 0;
            while (first < lines.size() && lines.get(first).isBlankOrSeparator()) {
                first++;
            }
            if (first == lines.size()) {
                boolean empty = lines.size() == 1 && lines.get(0).text().isEmpty();
                log.error(ImportProblem.PAGE, 1, "page", "emptyPage", empty
                        ? "The page is empty: there is nothing to import."
                        : "The page has only blank lines: there is nothing to import.");
                return result(List.of());
            }
            int from = first;
            if (PlainText.key(lines.get(first).text()).equals("ongoing projects")) {
                from = first + 1;
            } else {
                log.warning(ImportProblem.PAGE, lines.get(first).number(), "page", "missingHeading",
                        "The page does not start with the heading \"Ongoing Projects\"; \"{0}\" is read as a project title.",
                        lines.get(first).text());
            }
            int last = lines.size() - 1;
            while (lines.get(last).isBlankOrSeparator()) {
                last--;
            }
            int to = last + 1;
            if (last >= from && readFooter(lines.get(last))) {
                to = last;
            } else {
                log.warning(ImportProblem.PAGE, lines.get(last).number(), "thematicArea", "missingThematicArea",
                        "The page has no thematic footer such as \"Border Management & Visa en fr ru\": the projects have no thematic area.");
            }
            if (lines.subList(from, to).stream().noneMatch(line -> line.kind() == Kind.LABEL)) {
                boolean nothing = lines.subList(from, to).stream().allMatch(PageLine::isBlankOrSeparator);
                int line = nothing ? lines.get(Math.min(from, lines.size() - 1)).number() : lines.get(from).number();
                if (nothing) {
                    log.error(ImportProblem.PAGE, line, "page", "noProjects", "The page has no project sections.");
                } else {
                    log.error(ImportProblem.PAGE, line, "page", "notAProjectPage",
                            "No project field (\"Objective:\", \"Duration:\", …) was found from line {0} on: this is not the Ongoing Projects page.",
                            line);
                }
                return result(List.of());
            }
            cut(from, to);
            List<ImportedProject> projects = new ArrayList<>();
            for (RawSection section : sections) {
                ImportedProject project = build(section, section == sections.get(sections.size() - 1));
                if (project != null) {
                    projects.add(project);
                }
            }
            return result(projects);
        }

        private LegacyPageImport result(List<ImportedProject> projects) {
            return new LegacyPageImport(projects, log.all(), sections.size(), thematicArea, pageNotes);
        }

        /** "Border Management & Visa en fr ru": the thematic area, then the languages the page is offered in. */
        private boolean readFooter(PageLine line) {
            if (line.kind() != Kind.TEXT) {
                return false;
            }
            Matcher footer = FOOTER.matcher(line.text());
            if (!footer.matches()) {
                return false;
            }
            boolean languages = Arrays.stream(footer.group("languages").split("\\s+"))
                    .allMatch(tag -> Language.fromTag(tag).isPresent());
            if (languages) {
                thematicArea = footer.group("area").strip();
            }
            return languages;
        }

        // ---------------------------------------------------------------- cutting the page into sections

        private void cut(int from, int to) {
            RawSection section = null;
            Entry entry = null;      // the field that bullets and paragraphs go to
            Piece open = null;       // the text a directly following line continues
            boolean afterBlank = false;
            boolean afterSeparator = false;
            for (int i = from; i < to; i++) {
                PageLine line = lines.get(i);
                if (line.kind() == Kind.BLANK || line.kind() == Kind.SEPARATOR) {
                    afterBlank = true;
                    afterSeparator |= line.kind() == Kind.SEPARATOR;
                    open = null;
                    continue;
                }
                switch (line.kind()) {
                    case TEXT -> {
                        if (section == null || afterSeparator || afterBlank && startsSection(i, to, section)) {
                            section = newSection(line, true);
                            entry = null;
                            open = section.title;
                        } else if (!afterBlank && open != null) {
                            open.append(line.text());
                        } else if (entry != null && entry.field == Field.OBJECTIVE && entry.bullets.isEmpty()) {
                            open = new Piece(line.number(), line.text());
                            entry.values.add(open);
                            section.lastContentLine = line.number();
                        } else {
                            open = new Piece(line.number(), line.text());
                            section.loose.add(open);
                            entry = null;
                        }
                    }
                    case LABEL -> {
                        if (section == null || afterSeparator
                                || line.field() == Field.OBJECTIVE && section.fields.containsKey(Field.OBJECTIVE)) {
                            section = newSection(line, false);
                        }
                        entry = new Entry(line.field(), line.number());
                        if (section.fields.containsKey(line.field())) {
                            log.error(section.number, line.number(), line.field().property(), "duplicateField",
                                    "Section {0} has a second \"{1}\" field (line {2}); the first is on line {3}.",
                                    section.number, line.field().label(), line.number(),
                                    section.fields.get(line.field()).labelLine);
                        } else {
                            section.fields.put(line.field(), entry);
                        }
                        section.lastContentLine = line.number();
                        open = null;
                        String value = line.value();
                        int valueLine = line.number();
                        if (value.isEmpty()) {
                            int next = i + 1;
                            while (next < to && lines.get(next).kind() == Kind.BLANK) {
                                next++;
                            }
                            if (next < to && lines.get(next).kind() == Kind.COLON_VALUE) {
                                value = lines.get(next).value();
                                valueLine = lines.get(next).number();
                                i = next;
                            } else if (i + 1 < to && lines.get(i + 1).kind() == Kind.TEXT) {
                                value = lines.get(i + 1).text();
                                valueLine = lines.get(i + 1).number();
                                i = i + 1;
                            }
                        }
                        if (!value.isEmpty()) {
                            open = new Piece(valueLine, value);
                            entry.values.add(open);
                            section.lastContentLine = valueLine;
                        }
                    }
                    case BULLET -> {
                        if (section == null || afterSeparator) {
                            section = newSection(line, false);
                            entry = null;
                        }
                        open = new Piece(line.number(), line.value());
                        if (entry == null) {
                            section.loose.add(open);
                        } else {
                            entry.bullets.add(open);
                            section.lastContentLine = line.number();
                        }
                    }
                    case WEBSITE -> {
                        if (section == null || afterSeparator) {
                            section = newSection(line, false);
                        }
                        open = new Piece(line.number(), line.text());
                        section.websites.add(open);
                        section.lastContentLine = line.number();
                        entry = null;
                    }
                    default -> { // a ": value" with no label before it
                        if (section == null || afterSeparator) {
                            section = newSection(line, false);
                        }
                        open = new Piece(line.number(), line.text());
                        section.loose.add(open);
                        entry = null;
                    }
                }
                afterBlank = false;
                afterSeparator = false;
            }
        }

        /** Whether the text line at i is a title: the next field is an objective, or one the section has. */
        private boolean startsSection(int i, int to, RawSection section) {
            int next = i + 1;
            while (next < to && lines.get(next).isBlankOrSeparator()) {
                next++;
            }
            if (next >= to || lines.get(next).kind() != Kind.LABEL) {
                return false;
            }
            Field field = lines.get(next).field();
            return field == Field.OBJECTIVE || section.fields.containsKey(field);
        }

        private RawSection newSection(PageLine first, boolean titled) {
            RawSection section = new RawSection(sections.size() + 1, first, titled);
            sections.add(section);
            return section;
        }

        // ---------------------------------------------------------------- reading one section

        private ImportedProject build(RawSection raw, boolean lastSection) {
            int n = raw.number;
            String title = null;
            String acronym = null;
            if (raw.title == null) {
                log.error(n, raw.firstLine, "title", "missingTitle",
                        "Section {0} (line {1}) has no title: it starts with \"{2}\".", n, raw.firstLine, raw.firstText);
            } else {
                title = raw.title.text();
                checkBrackets(n, raw.title.line, "title", title);
                Matcher trailing = TRAILING_PARENTHESIS.matcher(title);
                if (trailing.matches() && isAcronym(trailing.group("inside"))) {
                    acronym = trailing.group("inside").strip();
                    title = trailing.group("title").strip();
                }
            }
            String shownTitle = title != null ? title : raw.firstText;
            int titleLine = raw.title != null ? raw.title.line : raw.firstLine;

            // objective, and the bullets that follow it without a label of their own
            String objective = null;
            List<String> specificObjectives = items(n, raw.fields.get(Field.SPECIFIC_OBJECTIVES));
            List<String> subAreas = new ArrayList<>();
            Entry objectiveEntry = raw.fields.get(Field.OBJECTIVE);
            if (objectiveEntry != null) {
                List<String> paragraphs = objectiveEntry.values.stream().map(Piece::text).filter(t -> !t.isEmpty()).toList();
                paragraphs.forEach(p -> checkBrackets(n, objectiveEntry.valueLine(), "objective", p));
                objective = String.join("\n\n", paragraphs);
                if (!objectiveEntry.bullets.isEmpty()) {
                    List<String> bullets = new ArrayList<>();
                    objectiveEntry.bullets.forEach(b -> bullets.add(b.text()));
                    int introduction = lastSentenceStart(objective);
                    String intro = objective.substring(introduction).strip();
                    if (objective.endsWith(":") && SPECIFIC_INTRODUCTION.matcher(intro).matches()) {
                        objective = objective.substring(0, introduction).strip();
                        specificObjectives = merged(n, objectiveEntry, bullets, specificObjectives);
                    } else if (objective.endsWith(":") && AREA_INTRODUCTION.matcher(intro).find()) {
                        subAreas.addAll(bullets);
                        objectiveEntry.bullets.forEach(b -> checkBrackets(n, b.line, "subAreas", b.text()));
                    } else {
                        if (!objective.endsWith(":")) {
                            log.warning(n, objectiveEntry.bullets.get(0).line, "specificObjectives", "unlabelledBullets",
                                    "The bullets after the objective of \"{0}\" have no label: they were read as specific objectives.",
                                    shownTitle);
                        }
                        specificObjectives = merged(n, objectiveEntry, bullets, specificObjectives);
                    }
                    if (subAreas.isEmpty()) {
                        objectiveEntry.bullets.forEach(b -> checkBrackets(n, b.line, "specificObjectives", b.text()));
                    }
                }
            }
            if (objective == null || objective.isEmpty()) {
                log.error(n, objectiveEntry != null ? objectiveEntry.labelLine : titleLine, "objective", "missingObjective",
                        "Section {0} (\"{1}\", line {2}) has no objective: an \"Objective:\" field is required.",
                        n, shownTitle, titleLine);
            }
            List<String> targetGroups = items(n, raw.fields.get(Field.TARGET_GROUPS));
            List<String> finalBeneficiaries = items(n, raw.fields.get(Field.FINAL_BENEFICIARIES));

            List<OrganisationMention> organisations = organisations(raw, shownTitle);
            MonthRange duration = duration(raw, shownTitle, titleLine);
            List<CountryCode> countries = countries(raw, shownTitle);

            List<String> websiteMentions = new ArrayList<>();
            for (Piece website : raw.websites) {
                String sentence = website.text();
                websiteMentions.add(sentence);
                Matcher visit = VISIT.matcher(sentence);
                String site = visit.find() ? visit.group("site") : sentence;
                if (!ADDRESS.matcher(sentence).find()) {
                    log.warning(n, website.line, "websiteMentions", "websiteWithoutAddress",
                            "The page mentions {0} but gives no address (its links were lost): add the link by hand.",
                            site);
                }
                Matcher name = SITE_NAME.matcher(site);
                if (acronym == null && name.matches() && Texts.looksLikeAcronym(name.group("name"))) {
                    acronym = name.group("name");
                }
            }

            for (Piece loose : raw.loose) {
                if (lastSection && loose.line > raw.lastContentLine) {
                    pageNotes.add(loose.text());
                } else {
                    log.warning(n, loose.line, "page", "unrecognisedText",
                            "Line {0} is not part of any field and was not imported: \"{1}\".", loose.line, loose.text());
                }
            }

            if (log.hasErrorsIn(n)) {
                return null;
            }
            Slug slug = null;
            try {
                slug = Slug.from(acronym != null ? acronym : title);
            } catch (InvalidValueException e) {
                log.warning(n, titleLine, "suggestedSlug", "noSlug",
                        "No address name can be made from \"{0}\": choose one by hand.", acronym != null ? acronym : title);
            }
            return new ImportedProject(n, titleLine, title, acronym, objective, specificObjectives, targetGroups,
                    finalBeneficiaries, organisations, duration, countries, subAreas, websiteMentions, thematicArea, slug);
        }

        private List<String> merged(int n, Entry objectiveEntry, List<String> bullets, List<String> labelled) {
            if (labelled.isEmpty()) {
                return bullets;
            }
            log.warning(n, objectiveEntry.bullets.get(0).line, "specificObjectives", "objectiveBulletsMerged",
                    "The bullets after the objective were put before the labelled specific objectives.");
            List<String> all = new ArrayList<>(bullets);
            all.addAll(labelled);
            return all;
        }

        /** A list field: its inline value, if any, then one item per bullet. */
        private List<String> items(int n, Entry entry) {
            if (entry == null) {
                return List.of();
            }
            List<String> items = new ArrayList<>();
            for (Piece piece : entry.values) {
                if (!piece.text().isEmpty()) {
                    items.add(piece.text());
                    checkBrackets(n, piece.line, entry.field.property(), piece.text());
                }
            }
            for (Piece bullet : entry.bullets) {
                if (!bullet.text().isEmpty()) {
                    items.add(bullet.text());
                    checkBrackets(n, bullet.line, entry.field.property(), bullet.text());
                }
            }
            if (items.isEmpty()) {
                log.warning(n, entry.labelLine, entry.field.property(), "emptyField",
                        "The field \"{0}\" on line {1} is empty.", entry.field.label(), entry.labelLine);
            }
            return items;
        }

        private List<OrganisationMention> organisations(RawSection raw, String title) {
            int n = raw.number;
            OrganisationPhrases phrases = new OrganisationPhrases(log, n);
            List<OrganisationMention> mentions = new ArrayList<>();
            Entry implementing = raw.fields.get(Field.IMPLEMENTING_AGENCY);
            if (implementing == null || implementing.isEmpty()) {
                log.warning(n, implementing != null ? implementing.labelLine : raw.firstLine, OrganisationPhrases.FIELD,
                        "missingImplementingAgency", "\"{0}\" names no implementing agency.", title);
            } else {
                mentions.addAll(phrases.implementers(implementing.joined(), implementing.valueLine()));
            }
            Entry donor = raw.fields.get(Field.DONOR);
            if (donor == null || donor.isEmpty()) {
                log.warning(n, donor != null ? donor.labelLine : raw.firstLine, OrganisationPhrases.FIELD,
                        "missingDonor", "\"{0}\" names no donor.", title);
            } else {
                mentions.addAll(phrases.donors(donor.joined(), donor.valueLine()));
            }
            Entry partners = raw.fields.get(Field.PARTNERS);
            if (partners != null && !partners.isEmpty()) {
                mentions.addAll(phrases.partners(partners.joined(), partners.valueLine()));
            }
            return mentions;
        }

        private MonthRange duration(RawSection raw, String title, int titleLine) {
            Entry entry = raw.fields.get(Field.DURATION);
            if (entry == null || entry.isEmpty()) {
                log.error(raw.number, entry != null ? entry.labelLine : titleLine, DurationReader.FIELD, "missingDuration",
                        "\"{0}\" has no duration: a \"Duration:\" such as \"July 2014 – June 2017\" is required.", title);
                return null;
            }
            return new DurationReader(log, raw.number).read(entry.joined(), entry.valueLine());
        }

        private List<CountryCode> countries(RawSection raw, String title) {
            int n = raw.number;
            Entry entry = raw.fields.get(Field.COUNTRIES);
            if (entry == null || entry.isEmpty()) {
                log.warning(n, entry != null ? entry.labelLine : raw.firstLine, "countries", "missingCountries",
                        "\"{0}\" names no country.", title);
                return List.of();
            }
            int line = entry.valueLine();
            CountryNames.Reading reading = CountryNames.read(entry.joined());
            for (String unknown : reading.unknown()) {
                Optional<String> why = CountryNames.withoutCode(unknown);
                if (why.isPresent()) {
                    log.error(n, line, "countries", "countryWithoutCode",
                            "\"{0}\" has no ISO 3166-1 country code ({1}): choose the countries by hand.", unknown, why.get());
                } else {
                    log.error(n, line, "countries", "unknownCountry",
                            "\"{0}\" is not a country name ProjectDesk knows: write the country's English name, such as \"{1}\".",
                            unknown, CountryNames.likelyMeant(unknown, reading.codes()).displayName(Language.EN));
                }
            }
            Set<CountryCode> distinct = new LinkedHashSet<>(reading.codes());
            if (distinct.size() < reading.codes().size()) {
                log.warning(n, line, "countries", "duplicateCountry",
                        "A country is named twice in \"{0}\"; it was imported once.", entry.joined());
            }
            return List.copyOf(distinct);
        }

        private void checkBrackets(int n, int line, String field, String text) {
            if (!Texts.parenthesesBalanced(text)) {
                log.warning(n, line, field, "unbalancedParenthesis",
                        "\"{0}\" opens a bracket it does not close, or closes one it did not open.", text);
            }
        }

        /** Where the last sentence of the text starts. */
        private static int lastSentenceStart(String text) {
            Matcher matcher = SENTENCE_START.matcher(text);
            int start = 0;
            while (matcher.find()) {
                start = matcher.end();
            }
            return start;
        }

        /** "(MIBMA)", "(IBM-LOC-CAP)", "(Ge Az IBM)" are acronyms: every word starts with a capital. "(9th phase)" is not. */
        private static boolean isAcronym(String inside) {
            String[] words = inside.strip().split("\\s+");
            return words.length > 0 && Arrays.stream(words)
                    .allMatch(word -> !word.isEmpty() && Character.isUpperCase(word.charAt(0)));
        }
    }
}
