package org.projectdesk.domain.importing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.CountryCode;

import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The seed page, project by project and field by field, and exactly the problems it has. */
class SeedPageImportTest {

    private static LegacyPageImport page;

    @BeforeAll
    static void readTheSeedPage() throws IOException {
        page = new LegacyPageReader().read(SeedPage.path());
    }

    private static ImportedProject project(int number) {
        ImportedProject project = page.projects().get(number - 1);
        assertEquals(number, project.section());
        return project;
    }

    @Test
    void readsSevenProjectsWithoutErrors() {
        assertEquals(7, page.sections());
        assertEquals(7, page.projects().size());
        assertFalse(page.hasErrors(), () -> page.errors().toString());
        assertEquals(List.of(3, 31, 50, 71, 93, 112, 132),
                page.projects().stream().map(ImportedProject::titleLine).toList());
    }

    @Test
    void reportsExactlyTheseWarnings() {
        assertEquals(List.of(
                        "WARNING 3 67 websiteMentions import.websiteWithoutAddress",
                        "WARNING 4 79 organisations import.unnamedConsortiumPartners",
                        "WARNING 4 79 organisations import.correctedOrganisationName",
                        "WARNING 4 89 websiteMentions import.websiteWithoutAddress",
                        "WARNING 5 98 subAreas import.unbalancedParenthesis",
                        "WARNING 7 142 duration import.missingDurationSeparator"),
                page.problems().stream()
                        .map(p -> p.severity() + " " + p.section() + " " + p.line() + " " + p.field() + " " + p.messageKey())
                        .toList());
        List<ImportProblem> problems = page.problems();
        assertEquals("The page mentions the MIBMA website but gives no address (its links were lost): add the link by hand.",
                problems.get(0).message());
        assertEquals("\"Stat Border Guard of Latvia\" was read as \"State Border Guard of Latvia\": check the spelling.",
                problems.get(2).message());
        assertEquals(List.of("Stat Border Guard of Latvia", "State Border Guard of Latvia"), problems.get(2).arguments());
        assertEquals("The page mentions BOMCA's website but gives no address (its links were lost): add the link by hand.",
                problems.get(3).message());
        assertEquals("Section 7, line 142: the duration \"November 2014September 2017\" has no dash between its start"
                + " and its end; read as November 2014 to September 2017.", problems.get(5).message());
    }

    @Test
    void keepsThePageLevelText() {
        assertEquals("Border Management & Visa", page.thematicArea());
        assertEquals(2, page.pageNotes().size());
        assertTrue(page.pageNotes().get(0).startsWith("In addition to the Competence Centre for Border Management & Visa, ICMPD's Brussels Mission"));
        assertEquals("Factsheet", page.pageNotes().get(1));
        assertTrue(page.projects().stream().allMatch(p -> "Border Management & Visa".equals(p.thematicArea())));
    }

    @Test
    void easternPartnership() {
        ImportedProject p = project(1);
        assertEquals("Eastern Partnership (EaP) - Integrated Border Management - Capacity Building Project", p.title());
        assertNull(p.acronym());
        assertEquals("eastern-partnership-eap-integrated-border-management", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective is to facilitate the movement of persons and goods"));
        assertTrue(p.objective().endsWith("EU member States and other international stakeholders."));
        assertList(p.specificObjectives(), 5,
                "Contribute to the establishment of a modern training system in the six beneficiary countries according to EU best practices",
                "Where applicable to contribute to a smooth operationalization of visa liberalisation.");
        assertList(p.targetGroups(), 3,
                "Decision makers from ministries and national authorities responsible for border management and customs"
                        + " of the beneficiary countries within the ENPI East Region (Armenia, Azerbaijan, Belarus, Georgia, Moldova and Ukraine)",
                "Public organs defending citizens' rights (e.g. ombudsman's offices or equivalent), as well as economic actors"
                        + " (i.e. national business or traders' associations) could be involved in the action when appropriate.");
        assertList(p.finalBeneficiaries(), 2,
                "Bona fide travellers and regular migrants as well as economic/commercial operators.",
                "Persons in need of special protection, such as asylum seekers, potential victims of human trafficking,"
                        + " unaccompanied minors and other vulnerable categories.");
        assertEquals(5, p.organisations().size());
        assertMention(p.organisations().get(0), "Frontex", "Frontex", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.FRONTEX);
        assertMention(p.organisations().get(1), "IOM", "IOM", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.IOM);
        assertMention(p.organisations().get(2), "WCO", "WCO", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.WCO);
        assertMention(p.organisations().get(3), "ICMPD", "ICMPD", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(4), "European Commission", null, MentionRole.DONOR, "ENPI",
                KnownOrganisation.EUROPEAN_COMMISSION);
        assertDuration(p, "2014-07", "2017-06", 36);
        assertCountries(p, "AM", "AZ", "BY", "GE", "MD", "UA");
        assertEquals(List.of(), p.subAreas());
        assertEquals(List.of(), p.websiteMentions());
    }

    @Test
    void turkeyLocalLevel() {
        ImportedProject p = project(2);
        assertEquals("Technical Assistance for Improving Administrative Capacity of Border Management at Local Level", p.title());
        assertEquals("IBM-LOC-CAP", p.acronym());
        assertEquals("ibm-loc-cap", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective of this project is to achieve the EU overall strategic goal"));
        assertTrue(p.objective().endsWith("strengthening Turkey’s institutional capacity for alignment with EU integrated border management policy."));
        assertList(p.specificObjectives(), 2,
                "Raise awareness and increase capacity in civil administration, notably district governors responsible for"
                        + " border management issues on local level, on border management;",
                "Promote an enabling environment for comprehensive IBM among civil administrators through sustainable"
                        + " training approach and methodology.");
        assertEquals(List.of(), p.targetGroups());
        assertEquals(List.of(), p.finalBeneficiaries());
        assertEquals(2, p.organisations().size());
        assertMention(p.organisations().get(0), "ICMPD", "ICMPD", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(1), "European Union", "EU", MentionRole.DONOR, "IPA-I", KnownOrganisation.EUROPEAN_UNION);
        assertDuration(p, "2016-10", "2018-03", 18);
        assertCountries(p, "TR");
        assertEquals(List.of(), p.subAreas());
        assertEquals(List.of(), p.websiteMentions());
    }

    @Test
    void mibma() {
        ImportedProject p = project(3);
        assertEquals("Support to Migration and Border Management in Armenia", p.title());
        assertEquals("MIBMA", p.acronym());
        assertEquals("mibma", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective of the action is to enhance approximation of the migration"));
        assertTrue(p.objective().endsWith("the possible visa liberalisation dialogue between the European Union and Armenia."));
        assertEquals(2, p.specificObjectives().size());
        assertTrue(p.specificObjectives().get(0).startsWith("To increase Government capacities for migration and asylum management"));
        assertTrue(p.specificObjectives().get(0).endsWith("to prepare for the possible EU-Armenia visa liberalisation dialogue"));
        assertTrue(p.specificObjectives().get(1).startsWith("To strengthen inter-agency cooperation through further extension of the IBM concept"));
        assertTrue(p.specificObjectives().get(1).endsWith("to facilitate trade; and to further develop transport corridors"));
        assertEquals(3, p.organisations().size());
        assertMention(p.organisations().get(0), "ICMPD", "ICMPD", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(1), "UNDP", "UNDP", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.UNDP);
        assertMention(p.organisations().get(2), "European Union", "EU", MentionRole.DONOR, null, KnownOrganisation.EUROPEAN_UNION);
        assertDuration(p, "2016-01", "2018-12", 36);
        assertCountries(p, "AM");
        assertEquals(List.of(), p.subAreas());
        assertEquals(List.of("For more information, please visit the MIBMA website."), p.websiteMentions());
    }

    @Test
    void bomcaNinthPhase() {
        ImportedProject p = project(4);
        assertEquals("Border Management Programme in Central Asia (9th phase)", p.title(), "(9th phase) is no acronym");
        assertEquals("BOMCA", p.acronym(), "taken from \"visit BOMCA's website\"");
        assertEquals("bomca", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall wider objective is to increase effectiveness and efficiency"));
        assertTrue(p.objective().endsWith("contributing to the security and economic development at national and regional levels."));
        assertList(p.specificObjectives(), 3,
                "To sustain institutional development in the transition to more effective and efficient methods of"
                        + " border management, replicating best practices of the IBM paradigm",
                "To introduce measures to increase the efficiency of border checks and procedures facilitating licit"
                        + " trade and transit of goods and countering various forms of smuggling");
        assertEquals(2, p.organisations().size());
        assertMention(p.organisations().get(0), "State Border Guard of Latvia", null, MentionRole.LEAD_IMPLEMENTER, null,
                KnownOrganisation.STATE_BORDER_GUARD_OF_LATVIA);
        assertMention(p.organisations().get(1), "European Union", "EU", MentionRole.DONOR, null, KnownOrganisation.EUROPEAN_UNION);
        assertDuration(p, "2015-06", "2018-06", 37);
        assertCountries(p, "KZ", "KG", "TJ", "TM", "UZ");
        assertEquals(List.of(), p.subAreas());
        assertEquals(List.of("For more information, please visit BOMCA's website."), p.websiteMentions());
    }

    @Test
    void sahelBulletsAreSubAreas() {
        ImportedProject p = project(5);
        assertEquals("Border Management and Border Communities in the Sahel region", p.title());
        assertNull(p.acronym());
        assertEquals("border-management-and-border-communities-in-the-sahel-region", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective of the action is to support the development and initial implementation"));
        assertTrue(p.objective().endsWith("into policy and plans for the three selected trans-boundary areas:"));
        assertEquals(List.of(), p.specificObjectives());
        assertEquals(List.of("Mauritania – Mali border (area of Bassikounou)",
                "Burkina Faso, Mali, Niger (Liptakoa-Gourma ‘triangle’",
                "Niger-Chad (Lake Chad)"), p.subAreas());
        assertEquals(3, p.organisations().size());
        assertMention(p.organisations().get(0), "UNDP", "UNDP", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.UNDP);
        assertMention(p.organisations().get(1), "ICMPD", "ICMPD", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(2), "Government of Japan", null, MentionRole.DONOR, null,
                KnownOrganisation.GOVERNMENT_OF_JAPAN);
        assertDuration(p, "2015-07", "2016-07", 13);
        assertCountries(p, "BF", "TD", "ML", "MR", "NE");
        assertEquals(List.of(), p.websiteMentions());
    }

    @Test
    void tunisiaBulletsAreSpecificObjectives() {
        ImportedProject p = project(6);
        assertEquals("Support Programme to the Government of Tunisia in the area of Integrated Border Management", p.title());
        assertNull(p.acronym());
        assertEquals("support-programme-to-the-government-of-tunisia-in-the-area", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective of the project is to support the modernisation and strengthening of"),
                "the non-breaking space is read as a space");
        assertTrue(p.objective().endsWith("the prevention of irregular migration, which will be achieved through the following actions:"));
        assertList(p.specificObjectives(), 2,
                "Support the set-up of a National coordinated policy on integrated border management",
                "Support the modernisation and strengthening of the Tunisian national system in charge of Border checks"
                        + " and land and sea border surveillance");
        assertEquals(List.of(), p.subAreas());
        assertEquals(5, p.organisations().size());
        assertMention(p.organisations().get(0), "ICMPD", "ICMPD", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(1), "European Union", "EU", MentionRole.DONOR, null, KnownOrganisation.EUROPEAN_UNION);
        assertMention(p.organisations().get(2), "Switzerland", null, MentionRole.DONOR, null, KnownOrganisation.SWITZERLAND);
        assertMention(p.organisations().get(3), "France", null, MentionRole.PARTNER, null, KnownOrganisation.FRANCE);
        assertMention(p.organisations().get(4), "Switzerland", null, MentionRole.PARTNER, null, KnownOrganisation.SWITZERLAND);
        assertDuration(p, "2015-05", "2017-11", 31);
        assertCountries(p, "TN");
        assertEquals(List.of(), p.websiteMentions());
    }

    @Test
    void georgiaAzerbaijanBulletsAreSpecificObjectives() {
        ImportedProject p = project(7);
        assertEquals("Better coordination of protection of the land border between Georgia and Azerbaijan", p.title());
        assertEquals("Ge Az IBM", p.acronym());
        assertEquals("ge-az-ibm", p.suggestedSlug().value());
        assertTrue(p.objective().startsWith("The overall objective of the project is to improve the operational capacities"));
        assertTrue(p.objective().endsWith("overall security in the region and in the whole European Neighbourhood."),
                "\"More specifically, the project seeks to:\" is a label, not part of the objective");
        assertFalse(p.objective().contains("More specifically"));
        assertEquals(2, p.specificObjectives().size());
        assertTrue(p.specificObjectives().get(0).startsWith("support the institutional development and capacity building"));
        assertTrue(p.specificObjectives().get(0).endsWith("coordinated and joint actions and exchange of information as appropriate"));
        assertEquals("improve the operational capacities of the Georgian Border Police and State Border Service of Azerbaijan"
                + " through provision of better infrastructure and modern technology.", p.specificObjectives().get(1));
        assertEquals(3, p.organisations().size());
        assertMention(p.organisations().get(0), "UNDP", "UNDP", MentionRole.LEAD_IMPLEMENTER, null, KnownOrganisation.UNDP);
        assertMention(p.organisations().get(1), "ICMPD", "ICMPD", MentionRole.IMPLEMENTING_PARTNER, null, KnownOrganisation.ICMPD);
        assertMention(p.organisations().get(2), "European Union", "EU", MentionRole.DONOR, null, KnownOrganisation.EUROPEAN_UNION);
        assertDuration(p, "2014-11", "2017-09", 35);
        assertCountries(p, "GE", "AZ");
        assertEquals(List.of(), p.subAreas());
        assertEquals(List.of(), p.websiteMentions());
    }

    @Test
    void theOtherEntryPointsReadTheSame() throws IOException {
        LegacyPageImport fromText = new LegacyPageReader().read(SeedPage.text());
        LegacyPageImport fromReader = new LegacyPageReader().read(new StringReader(SeedPage.text()));
        assertEquals(page, fromText);
        assertEquals(page, fromReader);
    }

    @Test
    void windowsLineEndingsChangeNothing() {
        LegacyPageImport crlf = new LegacyPageReader().read(SeedPage.text().replace("\n", "\r\n"));
        assertEquals(page, crlf);
    }

    // ---------------------------------------------------------------- helpers

    private static void assertList(List<String> items, int size, String first, String last) {
        assertEquals(size, items.size(), items::toString);
        assertEquals(first, items.get(0));
        assertEquals(last, items.get(size - 1));
    }

    private static void assertMention(OrganisationMention mention, String name, String acronym, MentionRole role,
                                      String instrument, KnownOrganisation known) {
        assertEquals(name, mention.name(), mention::toString);
        assertEquals(acronym, mention.acronym(), mention::toString);
        assertEquals(role, mention.role(), mention::toString);
        assertEquals(instrument, mention.fundingInstrument(), mention::toString);
        assertEquals(known, mention.resolved().orElse(null), mention::toString);
    }

    private static void assertDuration(ImportedProject project, String start, String end, long months) {
        assertEquals(YearMonth.parse(start), project.duration().start());
        assertEquals(YearMonth.parse(end), project.duration().end());
        assertEquals(months, project.duration().months());
    }

    private static void assertCountries(ImportedProject project, String... codes) {
        assertEquals(List.of(codes), project.countries().stream().map(CountryCode::code).toList());
    }
}
