package org.projectdesk.persistence.importing;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The state of reading one uploaded file: the problems found so far and the organisations the
 * file names that do not exist yet (one new organisation per slug, however often it is named).
 */
final class ImportReading {

    private final References references;
    private final boolean createOrganisations;
    private final List<ImportIssue> issues = new ArrayList<>();
    private final Map<String, Organisation> newOrganisations = new LinkedHashMap<>();
    private final Map<String, List<Integer>> newOrganisationLines = new LinkedHashMap<>();
    private final Map<String, Organisation> resolved = new LinkedHashMap<>();

    ImportReading(References references, boolean createOrganisations) {
        this.references = references;
        this.createOrganisations = createOrganisations;
    }

    References references() {
        return references;
    }

    void error(int entry, String label, String field, int line, String rule, String pattern, Object... arguments) {
        add(ImportIssue.Severity.ERROR, entry, label, field, line, "import." + rule, pattern, arguments);
    }

    void warning(int entry, String label, String field, int line, String rule, String pattern, Object... arguments) {
        add(ImportIssue.Severity.WARNING, entry, label, field, line, "import." + rule, pattern, arguments);
    }

    /** A value the domain refused, reported with the domain's own key and message. */
    void refused(int entry, String label, String field, int line, InvalidValueException refusal) {
        issues.add(new ImportIssue(ImportIssue.Severity.ERROR, entry, label == null ? "" : label, field,
                Math.max(1, line), refusal.messageKey(), refusal.getMessage(),
                Arrays.stream(refusal.arguments()).map(String::valueOf).toList()));
    }

    void add(ImportIssue issue) {
        issues.add(issue);
    }

    private void add(ImportIssue.Severity severity, int entry, String label, String field, int line, String key,
                     String pattern, Object... arguments) {
        // Arguments as text, so that a year is not written "2,014"; kinds of value in English for the message.
        List<String> texts = Arrays.stream(arguments).map(String::valueOf).toList();
        Object[] english = texts.stream().map(ImportReading::english).toArray();
        issues.add(new ImportIssue(severity, entry, label == null ? "" : label, field, Math.max(1, line), key,
                MessageFormat.format(pattern.replace("'", "''"), english), texts));
    }

    /** The English words for a kind of value ({@link ImportIssue#KIND_KEY}); other arguments as they are. */
    private static String english(String argument) {
        if (argument.startsWith(ImportIssue.COUNTRY)) {
            return CountryCode.of(argument.substring(ImportIssue.COUNTRY.length())).displayName(Language.EN);
        }
        return argument.startsWith(ImportIssue.KIND_KEY)
                ? KINDS.getOrDefault(argument.substring(ImportIssue.KIND_KEY.length()), argument) : argument;
    }

    /** A country as an argument, named in the reader's language. */
    static String country(CountryCode country) {
        return ImportIssue.COUNTRY + country.code();
    }

    /** A kind of value as an argument: its key, shown in the reader's language. */
    static String kind(String kind) {
        if (!KINDS.containsKey(kind)) {
            throw new IllegalArgumentException("no such kind of value: " + kind);
        }
        return ImportIssue.KIND_KEY + kind;
    }

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("object", "an object"), Map.entry("list", "a list"), Map.entry("text", "a text"),
            Map.entry("number", "a number"), Map.entry("boolean", "true or false"), Map.entry("null", "null"),
            Map.entry("translatedText", "a text or an object of translations (en, fr, ru)"),
            Map.entry("textList", "a list of texts"), Map.entry("organisationList", "a list of organisations"),
            Map.entry("organisation", "an organisation (an object with slug, name, acronym) or its name"),
            Map.entry("duration", "an object {\"start\": \"YYYY-MM\", \"end\": \"YYYY-MM\"}"),
            Map.entry("percentage", "a number of percent, e.g. 60 or 33.33"),
            Map.entry("countryList", "a list of ISO 3166-1 alpha-2 codes"),
            Map.entry("countryCode", "an ISO 3166-1 alpha-2 code such as \"AM\" or {\"code\": \"AM\"}"),
            Map.entry("region", "a region code or {\"code\": …}"),
            Map.entry("linkList", "a list of links {\"label\": …, \"url\": …}"),
            Map.entry("link", "a link {\"label\": …, \"url\": …}"));

    boolean hasErrors() {
        return issues.stream().anyMatch(ImportIssue::isError);
    }

    List<ImportIssue> issues() {
        return List.copyOf(issues);
    }

    /**
     * The organisation to use for a reference: a stored one found by slug, acronym or name, else a
     * new one (reported as offered to create, and an error unless the editor agreed to create them).
     *
     * @param definition how to create it when it is new: its slug, names, acronym and kind
     */
    Optional<Organisation> organisation(int entry, String label, String field, int line, Optional<Slug> slug,
                                        String acronym, String name, Definition definition) {
        String key = slug.map(Slug::value).orElse("") + "|" + (acronym == null ? "" : acronym.toLowerCase(java.util.Locale.ROOT))
                + "|" + (name == null ? "" : name.toLowerCase(java.util.Locale.ROOT));
        Organisation known = resolved.get(key);
        if (known == null) {
            known = slug.flatMap(references::organisationBySlug)
                    .or(() -> Optional.ofNullable(acronym).flatMap(references::organisationByAcronymOrName))
                    .or(() -> Optional.ofNullable(name).flatMap(references::organisationByAcronymOrName))
                    .orElse(null);
        }
        if (known == null) {
            Organisation created;
            try {
                created = definition.create();
            } catch (InvalidValueException e) {
                refused(entry, label, field, line, e);
                return Optional.empty();
            }
            String slugValue = created.slug().value();
            Organisation earlier = newOrganisations.get(slugValue);
            if (earlier == null) {
                Optional<Organisation> sameSlug = references.organisationBySlug(created.slug());
                if (sameSlug.isPresent()) {
                    known = sameSlug.get();
                } else {
                    newOrganisations.put(slugValue, created);
                    earlier = created;
                }
            }
            if (known == null) {
                known = earlier;
                newOrganisationLines.computeIfAbsent(slugValue, s -> new ArrayList<>()).add(line);
                if (!createOrganisations) {
                    error(entry, label, field, line, "organisation.unknown",
                            "\"{0}\" is not a known organisation. It can be created with the import (tick \"Create the missing organisations with the import\" below the report), or correct the name.",
                            earlier.name().english());
                }
            }
        }
        resolved.put(key, known);
        return Optional.of(known);
    }

    /** The organisations that do not exist yet, in the order the file first names them. */
    List<Organisation> organisationsToCreate() {
        return List.copyOf(newOrganisations.values());
    }

    List<NewOrganisation> offeredOrganisations() {
        return newOrganisations.values().stream()
                .map(o -> new NewOrganisation(o.slug().value(), o.name().english(), o.acronym().orElse(null),
                        newOrganisationLines.getOrDefault(o.slug().value(), List.of())))
                .toList();
    }

    /** How to make an organisation the file names, if it turns out to be new. */
    @FunctionalInterface
    interface Definition {
        Organisation create();

        static Definition of(Optional<Slug> slug, LocalizedText name, String acronym, OrganisationKind kind) {
            return () -> Organisation.register(slug.orElseGet(() -> Slug.from(acronym != null ? acronym : name.english())),
                    name, acronym, kind == null ? OrganisationKind.OTHER : kind);
        }
    }
}
