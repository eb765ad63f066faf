package org.projectdesk.persistence.opendata;

import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * One revision's content with every translation it has, detached from the database (immutable
 * values only): what the IATI export and the entries' JSON export write.
 *
 * @param sector        the DAC 5-digit sector the editor set; null for the installation's default
 * @param countryShares the editor's split over the countries in percent; empty for an even split
 * @param lastUpdatedAt when this content was last changed or published
 */
public record OpenProject(String slug, LocalizedText title, String acronym, LocalizedText objective,
                          List<LocalizedText> specificObjectives, List<LocalizedText> targetGroups,
                          List<LocalizedText> finalBeneficiaries, List<LocalizedText> subAreas,
                          LocalizedText thematicArea, List<OpenParticipant> participants, MonthRange duration,
                          List<CountryCode> countries, String regionCode, List<WebLink> links, LocalizedText notes,
                          String sector, Map<CountryCode, BigDecimal> countryShares, Instant lastUpdatedAt) {

    public OpenProject {
        specificObjectives = List.copyOf(specificObjectives);
        targetGroups = List.copyOf(targetGroups);
        finalBeneficiaries = List.copyOf(finalBeneficiaries);
        subAreas = List.copyOf(subAreas);
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        links = List.copyOf(links);
        countryShares = Collections.unmodifiableMap(new LinkedHashMap<>(countryShares));
    }

    /** The content as open data, every organisation read while the persistence context is open. */
    public static OpenProject of(String slug, ProjectContent content, Instant lastUpdatedAt) {
        return new OpenProject(slug, content.title(), content.acronym().orElse(null),
                content.objective().orElse(null), content.specificObjectives(), content.targetGroups(),
                content.finalBeneficiaries(), content.subAreas(), content.thematicArea().orElse(null),
                content.participations().stream().map(OpenParticipant::of).toList(),
                content.duration().orElse(null), content.countries(),
                content.region().map(region -> region.code().value()).orElse(null), content.links(),
                content.notes().orElse(null), content.sector().orElse(null), content.countryShares(), lastUpdatedAt);
    }
}
