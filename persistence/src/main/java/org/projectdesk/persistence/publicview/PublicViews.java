package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a published revision's content into the small read models of the public side, in one
 * language: every text resolved to that language or, field by field, to English.
 */
final class PublicViews {

    private static final int SUMMARY_LENGTH = 280;

    private PublicViews() {
    }

    static PublishedProjectSummary summary(String slug, ProjectContent content, Language language) {
        return new PublishedProjectSummary(
                slug,
                content.title().resolve(language).text(),
                content.acronym().orElse(null),
                content.objective().map(text -> abbreviate(text.resolve(language).text())).orElse(null),
                content.lead().map(organisation -> organisation.displayName(language)).orElse(null),
                content.donors().stream().map(donor -> donor.organisation().displayName(language)).toList(),
                content.duration().orElse(null),
                countries(content.countries(), language));
    }

    static PublishedProject project(String slug, ProjectContent content, Language language, Instant publishedAt) {
        Set<String> untranslated = new LinkedHashSet<>();
        content.missingTranslations().forEach((field, languages) -> {
            if (languages.contains(language)) {
                untranslated.add(field);
            }
        });
        return new PublishedProject(
                slug,
                language,
                content.title().resolve(language).text(),
                content.acronym().orElse(null),
                content.thematicArea().map(text -> text.resolve(language).text()).orElse(null),
                content.objective().map(text -> text.resolve(language).text()).orElse(null),
                texts(content.specificObjectives(), language),
                texts(content.subAreas(), language),
                texts(content.targetGroups(), language),
                texts(content.finalBeneficiaries(), language),
                content.lead().map(organisation -> name(organisation, language)).orElse(null),
                names(content.implementingPartners(), language),
                content.donors().stream()
                        .map(donor -> new DonorView(name(donor.organisation(), language),
                                donor.fundingInstrument().orElse(null)))
                        .toList(),
                names(content.otherPartners(), language),
                content.duration().orElse(null),
                countries(content.countries(), language),
                shares(content),
                content.region().map(region -> region.name().resolve(language).text()).orElse(null),
                content.region().map(region -> region.code().value()).orElse(null),
                content.links().stream()
                        .map(link -> new LinkView(link.label().resolve(language).text(), link.url()))
                        .toList(),
                content.notes().map(text -> text.resolve(language).text()).orElse(null),
                content.sector().orElse(null),
                Set.copyOf(untranslated),
                publishedAt);
    }

    static OrganisationName name(Organisation organisation, Language language) {
        return new OrganisationName(organisation.slug().value(), organisation.displayName(language),
                organisation.acronym().orElse(null));
    }

    private static List<OrganisationName> names(Collection<Participation> participations, Language language) {
        return participations.stream().map(p -> name(p.organisation(), language)).toList();
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(text -> text.resolve(language).text()).toList();
    }

    private static Map<String, BigDecimal> shares(ProjectContent content) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        content.countryShares().forEach((country, percentage) -> shares.put(country.code(), percentage));
        return Collections.unmodifiableMap(shares);
    }

    private static List<CountryName> countries(List<CountryCode> codes, Language language) {
        return codes.stream().map(code -> new CountryName(code.code(), code.displayName(language))).toList();
    }

    /** A country's name in the language; the code itself if it is no ISO 3166 country. */
    static String countryName(String code, Language language) {
        try {
            return CountryCode.of(code).displayName(language);
        } catch (InvalidValueException e) {
            return code;
        }
    }

    /** The start of a long text, cut at a word boundary, for listings. */
    static String abbreviate(String text) {
        if (text.length() <= SUMMARY_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SUMMARY_LENGTH);
        return text.substring(0, cut > 0 ? cut : SUMMARY_LENGTH).replaceAll("[\\s,;:.]+$", "") + "…";
    }
}
