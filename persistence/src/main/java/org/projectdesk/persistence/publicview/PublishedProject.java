package org.projectdesk.persistence.publicview;

import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.MonthRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every public field of an entry's published revision, resolved into one language (falling back to
 * English field by field; {@link #untranslatedFields()} names the fields that fell back).
 * {@code countryShares} holds the percentage per country code when the editor set them (empty when
 * the countries share evenly); {@code sector} is the entry's own DAC code, or null.
 */
public record PublishedProject(
        String slug,
        Language language,
        String title,
        String acronym,
        String thematicArea,
        String objective,
        List<String> specificObjectives,
        List<String> subAreas,
        List<String> targetGroups,
        List<String> finalBeneficiaries,
        OrganisationName lead,
        List<OrganisationName> implementingPartners,
        List<DonorView> donors,
        List<OrganisationName> partners,
        MonthRange duration,
        List<CountryName> countries,
        Map<String, BigDecimal> countryShares,
        String region,
        String regionCode,
        List<LinkView> links,
        String notes,
        String sector,
        Set<String> untranslatedFields,
        Instant publishedAt) {

    /** A published revision's content as the public side shows it in one language. */
    public static PublishedProject of(String slug, ProjectContent content, Language language, Instant publishedAt) {
        return PublicViews.project(slug, content, language, publishedAt);
    }

    /** The language a field is shown in: the reader's, or English where it has no translation. */
    public String langOf(String field) {
        return untranslatedFields.contains(field) ? Language.EN.tag() : language.tag();
    }

    /** The country's share in percent, as the editors set it; null when the countries share evenly. */
    public BigDecimal shareOf(String countryCode) {
        return countryShares.get(countryCode);
    }

    /** Whether some field falls back to English. */
    public boolean partlyUntranslated() {
        return !untranslatedFields.isEmpty();
    }
}
