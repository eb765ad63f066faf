package org.projectdesk.domain.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** From an imported project to the content of a first draft, registering organisations as needed. */
class ImportedProjectToContentTest {

    private static List<ImportedProject> projects;
    private final Map<Slug, Organisation> registry = new HashMap<>();
    private final Function<OrganisationMention, Organisation> organisations =
            mention -> registry.computeIfAbsent(mention.organisationSlug(), slug -> mention.newOrganisation());

    @BeforeAll
    static void read() {
        projects = new LegacyPageReader().read(SeedPage.text()).projects();
    }

    @Test
    void easternPartnershipBecomesContentReadyForReview() {
        ProjectContent content = projects.get(0).toContent(organisations);
        assertEquals(LocalizedText.of("Eastern Partnership (EaP) - Integrated Border Management - Capacity Building Project"),
                content.title());
        assertTrue(content.acronym().isEmpty());
        assertTrue(content.objective().orElseThrow().english().startsWith("The overall objective is to facilitate"));
        assertEquals(5, content.specificObjectives().size());
        assertEquals(3, content.targetGroups().size());
        assertEquals(2, content.finalBeneficiaries().size());
        assertEquals("Frontex", content.lead().orElseThrow().acronym().orElseThrow());
        assertEquals(List.of("IOM", "WCO", "ICMPD"), content.implementingPartners().stream()
                .map(p -> p.organisation().acronym().orElseThrow()).toList());
        Participation donor = content.donors().get(0);
        assertEquals("European Commission", donor.organisation().name().english());
        assertEquals("ENPI", donor.fundingInstrument().orElseThrow());
        assertEquals(projects.get(0).duration(), content.duration().orElseThrow());
        assertEquals(List.of("AM", "AZ", "BY", "GE", "MD", "UA"), content.countries().stream().map(CountryCode::code).toList());
        assertEquals(LocalizedText.of("Border Management & Visa"), content.thematicArea().orElseThrow());
        assertTrue(content.isReadyForReview(), () -> content.readinessProblems().toString());
    }

    @Test
    void everySeedProjectIsReadyForReview() {
        for (ImportedProject project : projects) {
            ProjectContent content = project.toContent(organisations);
            assertTrue(content.isReadyForReview(), () -> project.title() + ": " + content.readinessProblems());
        }
        assertEquals(11, registry.size(), "each organisation registered once across all projects");
    }

    @Test
    void tunisiaHasTwoDonorsAndTwoOtherPartners() {
        ProjectContent content = projects.get(5).toContent(organisations);
        assertEquals(List.of("European Union", "Switzerland"),
                content.donors().stream().map(p -> p.organisation().name().english()).toList());
        assertEquals(List.of("France", "Switzerland"),
                content.otherPartners().stream().map(p -> p.organisation().name().english()).toList());
        assertSame(content.donors().get(1).organisation(), content.otherPartners().get(1).organisation());
        assertEquals(ParticipationRole.PARTNER, content.otherPartners().get(0).role());
    }

    @Test
    void sahelKeepsItsSubAreasAndGeAzItsAcronym() {
        ProjectContent sahel = projects.get(4).toContent(organisations);
        assertEquals(List.of(LocalizedText.of("Mauritania – Mali border (area of Bassikounou)"),
                LocalizedText.of("Burkina Faso, Mali, Niger (Liptakoa-Gourma ‘triangle’"),
                LocalizedText.of("Niger-Chad (Lake Chad)")), sahel.subAreas());
        assertEquals("Government of Japan", sahel.donors().get(0).organisation().name().english());
        ProjectContent geAz = projects.get(6).toContent(organisations);
        assertEquals("Ge Az IBM", geAz.acronym().orElseThrow());
        assertEquals("UNDP", geAz.lead().orElseThrow().acronym().orElseThrow());
    }

    @Test
    void aKnownOrganisationIsRegisteredWithItsTranslationsAndKind() {
        Organisation icmpd = KnownOrganisation.ICMPD.newOrganisation();
        assertEquals("icmpd", icmpd.slug().value());
        assertEquals("ICMPD", icmpd.acronym().orElseThrow());
        assertEquals("Centre international pour le développement des politiques migratoires",
                icmpd.name().in(Language.FR).orElseThrow());
        assertEquals("Международный центр по развитию миграционной политики", icmpd.name().in(Language.RU).orElseThrow());
        assertEquals(OrganisationKind.INTERNATIONAL_ORGANISATION, icmpd.kind());
        Organisation latvia = KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA.newOrganisation();
        assertEquals("state-border-guard-of-latvia", latvia.slug().value());
        assertTrue(latvia.acronym().isEmpty());
        assertEquals(OrganisationKind.GOVERNMENT_AGENCY, latvia.kind());
    }

    @Test
    void anUnknownOrganisationIsRegisteredAsWrittenWithALikelyKind() {
        Organisation acme = new OrganisationMention("Acme Border Consultancy", null, MentionRole.LEAD_IMPLEMENTER, null, null)
                .newOrganisation();
        assertEquals("acme-border-consultancy", acme.slug().value());
        assertEquals(LocalizedText.of("Acme Border Consultancy"), acme.name());
        assertEquals(OrganisationKind.OTHER, acme.kind());
        assertEquals(OrganisationKind.GOVERNMENT,
                new OrganisationMention("Government of Norway", null, MentionRole.DONOR, null, null).likelyKind());
        assertEquals(OrganisationKind.GOVERNMENT,
                new OrganisationMention("Norway", null, MentionRole.PARTNER, null, null).likelyKind());
        assertEquals(OrganisationKind.GOVERNMENT_AGENCY,
                new OrganisationMention("Georgian Border Police", null, MentionRole.PARTNER, null, null).likelyKind());
        assertEquals(OrganisationKind.UN_AGENCY,
                new OrganisationMention("UNHCR", "UNHCR", MentionRole.PARTNER, null, null).likelyKind());
        Organisation nmfa = new OrganisationMention("Norwegian Ministry of Foreign Affairs", "NMFA", MentionRole.DONOR, null, null)
                .newOrganisation();
        assertEquals("nmfa", nmfa.slug().value());
        assertEquals(OrganisationKind.GOVERNMENT_AGENCY, nmfa.kind());
    }
}
