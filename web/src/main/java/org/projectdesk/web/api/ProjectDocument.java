package org.projectdesk.web.api;

import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.persistence.publicview.CountryName;
import org.projectdesk.persistence.publicview.DonorView;
import org.projectdesk.persistence.publicview.LinkView;
import org.projectdesk.persistence.publicview.OrganisationName;
import org.projectdesk.persistence.publicview.PublishedProject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A published project as the API shows it (the {@code Project} schema of the OpenAPI document),
 * every text in one language. Absent members have no value; lists are always present.
 */
public record ProjectDocument(
        String slug,
        String self,
        String page,
        String language,
        String title,
        String acronym,
        String thematicArea,
        String objective,
        List<String> specificObjectives,
        List<String> subAreas,
        List<String> targetGroups,
        List<String> finalBeneficiaries,
        Organisation leadImplementer,
        List<Organisation> implementingPartners,
        List<Donor> donors,
        List<Organisation> partners,
        Duration duration,
        String status,
        List<Country> countries,
        String region,
        String regionCode,
        List<Link> links,
        String notes,
        String sector,
        Set<String> untranslatedFields,
        String publishedAt) {

    /** An organisation in one of the roles: its slug (see {@code /api/v1/organisations}), name and acronym. */
    public record Organisation(String slug, String name, String acronym) {
        static Organisation of(OrganisationName name) {
            return name == null ? null : new Organisation(name.slug(), name.name(), name.acronym());
        }
    }

    public record Donor(Organisation organisation, String fundingInstrument) {
    }

    /** Months as {@code YYYY-MM}, both included. */
    public record Duration(String start, String end) {
    }

    /**
     * ISO 3166-1 alpha-2 code, the name in the document's language, and the country's share of the
     * project in percent when the editors set one (absent when the countries share evenly).
     */
    public record Country(String code, String name, BigDecimal percentage) {
    }

    public record Link(String label, String url) {
    }

    /** The document of a published project, its status as of {@code today}. */
    static ProjectDocument of(PublishedProject project, String self, String page, LocalDate today) {
        MonthRange duration = project.duration();
        return new ProjectDocument(project.slug(), self, page, project.language().tag(), project.title(),
                project.acronym(), project.thematicArea(), project.objective(), project.specificObjectives(),
                project.subAreas(), project.targetGroups(), project.finalBeneficiaries(),
                Organisation.of(project.lead()),
                project.implementingPartners().stream().map(Organisation::of).toList(),
                project.donors().stream().map(ProjectDocument::donor).toList(),
                project.partners().stream().map(Organisation::of).toList(),
                duration == null ? null : new Duration(duration.start().toString(), duration.end().toString()),
                duration == null ? null : duration.statusOn(today).name().toLowerCase(java.util.Locale.ROOT),
                project.countries().stream().map(country -> country(country, project.countryShares())).toList(),
                project.region(),
                project.regionCode(),
                project.links().stream().map(ProjectDocument::link).toList(),
                project.notes(),
                project.sector(),
                new java.util.TreeSet<>(project.untranslatedFields()),
                project.publishedAt() == null ? null : project.publishedAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
    }

    private static Donor donor(DonorView donor) {
        return new Donor(Organisation.of(donor.organisation()), donor.fundingInstrument());
    }

    private static Country country(CountryName country, Map<String, BigDecimal> shares) {
        return new Country(country.code(), country.name(), shares.get(country.code()));
    }

    private static Link link(LinkView link) {
        return new Link(link.label(), link.url());
    }
}
