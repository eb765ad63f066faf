package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.ProjectStatus;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.domain.entry.Fixtures.EUROPEAN_COMMISSION;
import static org.projectdesk.domain.entry.Fixtures.FRANCE;
import static org.projectdesk.domain.entry.Fixtures.FRONTEX;
import static org.projectdesk.domain.entry.Fixtures.ICMPD;
import static org.projectdesk.domain.entry.Fixtures.IOM;
import static org.projectdesk.domain.entry.Fixtures.UNDP;

class ProjectContentTest {

    /** The seed page's first project: "led by Frontex in Partnership with IOM, WCO and ICMPD", "Donor: European Commission (ENPI)". */
    private static ProjectContent eapIbm() {
        Region eap = Region.define(Slug.of("eastern-partnership"), LocalizedText.of("Eastern Partnership"),
                List.of(CountryCode.of("AM"), CountryCode.of("AZ"), CountryCode.of("BY"), CountryCode.of("GE"),
                        CountryCode.of("MD"), CountryCode.of("UA")));
        return ProjectContent.builder()
                .title(LocalizedText.of("Eastern Partnership (EaP) - Integrated Border Management - Capacity Building Project",
                        "Partenariat oriental (PO) - Gestion intégrée des frontières", null))
                .objective(LocalizedText.of("The overall objective is to facilitate the movement of persons and goods across borders."))
                .addSpecificObjective(LocalizedText.of("Contribute to the establishment of a modern training system", "Contribuer", "Содействовать"))
                .addSpecificObjective(LocalizedText.of("Enhance operational capacities", "Renforcer", null))
                .addTargetGroup(LocalizedText.of("Decision makers"))
                .addFinalBeneficiary(LocalizedText.of("Bona fide travellers", "Voyageurs", "Путешественники"))
                .addParticipation(Participation.lead(FRONTEX))
                .addParticipation(Participation.implementingPartner(IOM))
                .addParticipation(Participation.implementingPartner(ICMPD))
                .addParticipation(Participation.donor(EUROPEAN_COMMISSION, "ENPI"))
                .addParticipation(Participation.partner(FRANCE))
                .duration(MonthRange.of(YearMonth.of(2014, 7), YearMonth.of(2017, 6)))
                .countries(List.of(CountryCode.of("AM"), CountryCode.of("AZ"), CountryCode.of("BY"),
                        CountryCode.of("GE"), CountryCode.of("MD"), CountryCode.of("UA")))
                .region(eap)
                .thematicArea(LocalizedText.of("Border Management & Visa", "Gestion des frontières et visas", "Управление границами и визы"))
                .addLink(WebLink.of("Factsheet", "https://example.org/eap-ibm.pdf"))
                .build();
    }

    @Test
    void aTitleIsRequired() {
        InvalidValueException missing = assertThrows(InvalidValueException.class, () -> ProjectContent.builder().build());
        assertEquals("title", missing.field());
        assertEquals("error.content.titleRequired", missing.messageKey());

        InvalidValueException blank = assertThrows(InvalidValueException.class,
                () -> ProjectContent.builder().title("   ").build());
        assertEquals("title", blank.field());
    }

    @Test
    void everythingElseMayBeMissingInADraft() {
        ProjectContent content = ProjectContent.builder().title("Border Management and Border Communities in the Sahel region").build();
        assertTrue(content.acronym().isEmpty());
        assertTrue(content.objective().isEmpty());
        assertTrue(content.duration().isEmpty());
        assertTrue(content.countries().isEmpty());
        assertTrue(content.lead().isEmpty());
        assertTrue(content.region().isEmpty());
        assertTrue(content.statusOn(LocalDate.of(2016, 1, 1)).isEmpty());
    }

    @Test
    void acronymIsTrimmedBlankMeansNoneAndItIsLimited() {
        assertEquals(Optional.of("IBM-LOC-CAP"), ProjectContent.builder().title("T").acronym(" IBM-LOC-CAP ").build().acronym());
        assertTrue(ProjectContent.builder().title("T").acronym("  ").build().acronym().isEmpty());
        ProjectContent.builder().title("T").acronym("A".repeat(40)).build();
        InvalidValueException tooLong = assertThrows(InvalidValueException.class,
                () -> ProjectContent.builder().title("T").acronym("A".repeat(41)).build());
        assertEquals("acronym", tooLong.field());
    }

    @Test
    void overlongTextsAndEmptyItemsAreRefused() {
        assertEquals("title", assertThrows(InvalidValueException.class,
                () -> ProjectContent.builder().title("x".repeat(ProjectContent.MAX_TITLE_LENGTH + 1)).build()).field());
        assertEquals("objective", assertThrows(InvalidValueException.class,
                () -> ProjectContent.builder().title("T")
                        .objective(LocalizedText.of("x".repeat(ProjectContent.MAX_TEXT_LENGTH + 1))).build()).field());
        assertEquals("countries", assertThrows(InvalidValueException.class,
                () -> ProjectContent.builder().title("T").addCountry(null).build()).field());
    }

    @Test
    void participationsByRole() {
        ProjectContent content = eapIbm();
        assertEquals(Optional.of(FRONTEX), content.lead());
        assertEquals(List.of(IOM, ICMPD), content.implementingPartners().stream().map(Participation::organisation).toList());
        assertEquals(List.of(Participation.donor(EUROPEAN_COMMISSION, "ENPI")), content.donors());
        assertEquals("ENPI", content.donors().get(0).fundingInstrument().orElseThrow());
        assertEquals(List.of(Participation.partner(FRANCE)), content.otherPartners());
    }

    @Test
    void accessorsAreReadOnly() {
        ProjectContent content = eapIbm();
        assertThrows(UnsupportedOperationException.class, () -> content.countries().add(CountryCode.of("FR")));
        assertThrows(UnsupportedOperationException.class, () -> content.participations().clear());
        assertThrows(UnsupportedOperationException.class, () -> content.specificObjectives().clear());
        assertThrows(UnsupportedOperationException.class, () -> content.links().clear());
        assertThrows(UnsupportedOperationException.class, () -> content.missingTranslations().clear());
    }

    @Test
    void theBuiltContentDoesNotChangeWhenTheBuilderDoes() {
        ProjectContent.Builder builder = ProjectContent.builder().title("T").addCountry(CountryCode.of("AM"));
        ProjectContent content = builder.build();
        builder.addCountry(CountryCode.of("GE"));
        assertEquals(List.of(CountryCode.of("AM")), content.countries());
    }

    @Test
    void countriesKeepTheirOrderAndAppearOnce() {
        ProjectContent content = ProjectContent.builder().title("Ge Az IBM")
                .countries(List.of(CountryCode.of("GE"), CountryCode.of("AZ"), CountryCode.of("GE"))).build();
        assertEquals(List.of(CountryCode.of("GE"), CountryCode.of("AZ")), content.countries());
    }

    @Test
    void toBuilderCopiesEverything() {
        ProjectContent content = eapIbm();
        assertEquals(content, content.toBuilder().build());
        assertEquals(content, content.copy());
        ProjectContent changed = content.toBuilder().notes(LocalizedText.of("Extended")).build();
        assertNotEquals(content, changed);
        assertEquals(content.countries(), changed.countries());
        assertTrue(content.notes().isEmpty());
    }

    @Test
    void missingTranslationsPerField() {
        Map<String, Set<Language>> expected = new LinkedHashMap<>();
        expected.put("title", EnumSet.of(Language.RU));
        expected.put("objective", EnumSet.of(Language.FR, Language.RU));
        expected.put("specificObjectives", EnumSet.of(Language.RU));
        expected.put("targetGroups", EnumSet.of(Language.FR, Language.RU));
        expected.put("links", EnumSet.of(Language.FR, Language.RU));

        Map<String, Set<Language>> missing = eapIbm().missingTranslations();

        assertEquals(expected, missing);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(missing.keySet()), "in field order");
    }

    @Test
    void aFullyTranslatedContentMissesNothing() {
        ProjectContent content = ProjectContent.builder().title(LocalizedText.of("Title", "Titre", "Название")).build();
        assertTrue(content.missingTranslations().isEmpty());
    }

    @Test
    void readyWhenTitleObjectiveDurationCountryAndOneLeadAreThere() {
        assertEquals(List.of(), eapIbm().readinessProblems());
        assertTrue(eapIbm().isReadyForReview());
    }

    @Test
    void readinessProblemsNameTheFieldAndKey() {
        List<ReadinessProblem> problems = Fixtures.titleOnly().readinessProblems();
        assertEquals(List.of("objective", "duration", "countries", "participations"),
                problems.stream().map(ReadinessProblem::field).toList());
        assertEquals(List.of("error.readiness.objectiveRequired", "error.readiness.durationRequired",
                        "error.readiness.countryRequired", "error.readiness.leadRequired"),
                problems.stream().map(ReadinessProblem::messageKey).toList());
        assertFalse(Fixtures.titleOnly().isReadyForReview());
    }

    @Test
    void exactlyOneLeadIsNeeded() {
        ProjectContent twoLeads = Fixtures.mibma().toBuilder().addParticipation(Participation.lead(UNDP)).build();
        assertEquals(List.of("error.readiness.singleLead"),
                twoLeads.readinessProblems().stream().map(ReadinessProblem::messageKey).toList());

        ProjectContent noLead = Fixtures.mibma().toBuilder()
                .participations(List.of(Participation.implementingPartner(UNDP))).build();
        assertEquals(List.of("error.readiness.leadRequired"),
                noLead.readinessProblems().stream().map(ReadinessProblem::messageKey).toList());
    }

    @Test
    void aDonorAloneIsNoLead() {
        ProjectContent content = Fixtures.mibma().toBuilder()
                .participations(List.of(Participation.donor(ICMPD))).build();
        assertFalse(content.isReadyForReview());
    }

    @Test
    void statusFollowsTheDuration() {
        ProjectContent content = eapIbm();
        assertEquals(Optional.of(ProjectStatus.ONGOING), content.statusOn(LocalDate.of(2016, 1, 1)));
        assertEquals(Optional.of(ProjectStatus.COMPLETED), content.statusOn(LocalDate.of(2017, 7, 1)));
    }

    @Test
    void equalContentsAreEqual() {
        assertEquals(Fixtures.mibma(), Fixtures.mibma());
        assertEquals(Fixtures.mibma().hashCode(), Fixtures.mibma().hashCode());
        assertNotEquals(Fixtures.mibma(), Fixtures.mibma().toBuilder().countries(List.of(CountryCode.of("GE"))).build());
    }
}
