package org.projectdesk.persistence.publicview;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicViewsTest {

    private final Organisation icmpd = Organisation.register(Slug.of("icmpd"),
            LocalizedText.of("International Centre for Migration Policy Development",
                    "Centre international pour le développement des politiques migratoires", null),
            "ICMPD", OrganisationKind.INTERNATIONAL_ORGANISATION);
    private final Organisation undp = Organisation.register(Slug.of("undp"),
            LocalizedText.of("United Nations Development Programme"), "UNDP", OrganisationKind.UN_AGENCY);
    private final Organisation eu = Organisation.register(Slug.of("eu"),
            LocalizedText.of("European Union", "Union européenne", "Европейский союз"), "EU",
            OrganisationKind.EU_INSTITUTION);

    private final ProjectContent content = ProjectContent.builder()
            .title(LocalizedText.of("Support to Migration and Border Management in Armenia",
                    "Soutien à la gestion des migrations et des frontières en Arménie", null))
            .acronym("MIBMA")
            .objective(LocalizedText.of("word ".repeat(100).strip()))
            .addSpecificObjective(LocalizedText.of("First"))
            .addParticipation(Participation.lead(icmpd))
            .addParticipation(Participation.implementingPartner(undp))
            .addParticipation(Participation.donor(eu, "ENPI"))
            .duration(MonthRange.of(YearMonth.of(2016, 1), YearMonth.of(2018, 12)))
            .addCountry(CountryCode.of("AM"))
            .addLink(WebLink.of("Project website", "https://example.org/mibma"))
            .build();

    @Test
    void projectResolvesEveryFieldInTheReadersLanguageFallingBackToEnglish() {
        PublishedProject project = PublicViews.project("mibma", content, Language.FR, Instant.EPOCH);

        assertEquals("Soutien à la gestion des migrations et des frontières en Arménie", project.title());
        assertEquals("First", project.specificObjectives().get(0));
        assertTrue(project.untranslatedFields().contains("objective"), project.untranslatedFields().toString());
        assertEquals("Centre international pour le développement des politiques migratoires (ICMPD)",
                project.lead().name());
        assertEquals("United Nations Development Programme (UNDP)", project.implementingPartners().get(0).name());
        assertEquals("Union européenne (EU)", project.donors().get(0).organisation().name());
        assertEquals("ENPI", project.donors().get(0).fundingInstrument());
        assertEquals(List.of(new CountryName("AM", "Arménie")), project.countries());
        assertEquals("https://example.org/mibma", project.links().get(0).url());
        assertTrue(project.partners().isEmpty());
        assertNull(project.notes());
    }

    @Test
    void summaryShortensTheObjectiveAtAWordBoundary() {
        PublishedProjectSummary summary = PublicViews.summary("mibma", content, Language.RU);

        assertEquals("Support to Migration and Border Management in Armenia", summary.title());
        assertTrue(summary.objectiveSummary().endsWith("word…"), summary.objectiveSummary());
        assertTrue(summary.objectiveSummary().length() <= 281);
        assertEquals(List.of("Европейский союз (EU)"), summary.donors());
        assertEquals("Армения", summary.countries().get(0).name());
    }

    @Test
    void shortTextsAreNotAbbreviated() {
        assertEquals("Short objective.", PublicViews.abbreviate("Short objective."));
    }
}
