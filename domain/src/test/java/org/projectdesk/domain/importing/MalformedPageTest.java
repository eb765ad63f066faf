package org.projectdesk.domain.importing;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.CountryCode;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages that are empty, broken or only partly right: every problem is reported with its section and line. */
class MalformedPageTest {

    private static final String NBSP = "\u00A0";
    private final LegacyPageReader reader = new LegacyPageReader();

    /** A page of one section; line numbers are the positions in this list, from 1. */
    private static List<String> oneSection() {
        return new ArrayList<>(List.of(
                "Ongoing Projects",                          // 1
                "",                                          // 2
                "Project One (PONE)",                        // 3
                "",                                          // 4
                "Objective: To do good.",                    // 5
                "",                                          // 6
                "Implementing Agency: ICMPD",                // 7
                "",                                          // 8
                "Donor: European Union",                     // 9
                "",                                          // 10
                "Duration: July 2014 – June 2017",           // 11
                "",                                          // 12
                "Country: Armenia",                          // 13
                "",                                          // 14
                "Border Management & Visa en fr ru"));       // 15
    }

    private static String page(List<String> lines) {
        return String.join("\n", lines);
    }

    private static List<String> with(int line, String text) {
        List<String> lines = oneSection();
        lines.set(line - 1, text);
        return lines;
    }

    private LegacyPageImport read(List<String> lines) {
        return reader.read(page(lines));
    }

    private static String describe(ImportProblem problem) {
        return problem.severity() + " " + problem.section() + " " + problem.line() + " " + problem.field() + " "
                + problem.messageKey();
    }

    private static List<String> described(LegacyPageImport result) {
        return result.problems().stream().map(MalformedPageTest::describe).toList();
    }

    @Test
    void aWellFormedSectionHasNoProblems() {
        LegacyPageImport result = read(oneSection());
        assertEquals(List.of(), result.problems());
        ImportedProject project = result.projects().get(0);
        assertEquals("Project One", project.title());
        assertEquals("PONE", project.acronym());
        assertEquals("pone", project.suggestedSlug().value());
        assertEquals("To do good.", project.objective());
        assertEquals(YearMonth.of(2014, 7), project.duration().start());
        assertEquals(List.of(CountryCode.of("AM")), project.countries());
    }

    @Test
    void anEmptyFileIsAnError() {
        LegacyPageImport result = reader.read("");
        assertTrue(result.hasErrors());
        assertEquals(List.of("ERROR 0 1 page import.emptyPage"), described(result));
        assertEquals("The page is empty: there is nothing to import.", result.problems().get(0).message());
        assertEquals(List.of(), result.projects());
        assertEquals(0, result.sections());
        assertTrue(reader.read((String) null).hasErrors());
    }

    @Test
    void aFileOfBlankLinesIsAnError() {
        LegacyPageImport result = reader.read("\n   \n" + NBSP + "\n\t\n");
        assertEquals(List.of("ERROR 0 1 page import.emptyPage"), described(result));
        assertEquals("The page has only blank lines: there is nothing to import.", result.problems().get(0).message());
        assertEquals(List.of(), result.projects());
    }

    @Test
    void aHeadingAloneHasNoProjects() {
        LegacyPageImport result = reader.read("Ongoing Projects\n\n");
        assertEquals(List.of("WARNING 0 1 thematicArea import.missingThematicArea", "ERROR 0 2 page import.noProjects"),
                described(result));
        assertEquals(List.of(), result.projects());
    }

    @Test
    void aSectionThatStartsWithObjectiveHasNoTitle() {
        List<String> lines = oneSection();
        lines.remove(2); // the title
        lines.remove(2); // and the blank line after it: "Objective:" is now line 3
        LegacyPageImport result = read(lines);
        assertEquals(List.of("ERROR 1 3 title import.missingTitle"), described(result));
        assertEquals("Section 1 (line 3) has no title: it starts with \"Objective: To do good.\".",
                result.problems().get(0).message());
        assertEquals(List.of(), result.projects());
        assertEquals(1, result.sections());
    }

    @Test
    void anUntitledSectionAfterASeparatorIsRejectedAndTheOthersKept() {
        List<String> lines = oneSection();
        lines.addAll(14, List.of(NBSP, "", "Objective: To do better.", "", "Duration: May 2015 – May 2016", ""));
        // lines 15: NBSP, 16: "", 17: Objective
        LegacyPageImport result = read(lines);
        assertTrue(described(result).contains("ERROR 2 17 title import.missingTitle"), described(result)::toString);
        assertEquals(2, result.sections());
        assertEquals(1, result.projects().size());
        assertEquals("Project One", result.projects().get(0).title());
        assertTrue(result.problemsIn(1).isEmpty());
    }

    @Test
    void anUnknownMonthNameIsAnError() {
        LegacyPageImport result = read(with(11, "Duration: Juli 2014 – June 2017"));
        assertEquals(List.of("ERROR 1 11 duration import.unknownMonth"), described(result));
        assertEquals("\"Juli\" in the duration \"Juli 2014 – June 2017\" is not an English month name.",
                result.problems().get(0).message());
        assertEquals("Juli", result.problems().get(0).arguments().get(0));
        assertEquals(List.of(), result.projects(), "a section with an error is not imported");
    }

    @Test
    void anEndBeforeTheStartIsAnError() {
        LegacyPageImport result = read(with(11, "Duration: July 2017 – June 2014"));
        assertEquals(List.of("ERROR 1 11 duration import.endBeforeStart"), described(result));
        assertEquals("The duration \"July 2017 – June 2014\" ends (2014-06) before it starts (2017-07).",
                result.problems().get(0).message());
        assertEquals(List.of(), result.projects());
    }

    @Test
    void aDurationInYearsOnlyIsNotGuessed() {
        LegacyPageImport result = read(with(11, "Duration: 2014 – 2017"));
        assertEquals(List.of("ERROR 1 11 duration import.unreadableDuration"), described(result));
        assertEquals(List.of(), result.projects());
    }

    @Test
    void aMissingDurationIsAnError() {
        List<String> lines = oneSection();
        lines.set(10, "Partners: France");
        LegacyPageImport result = read(lines);
        assertEquals(List.of("ERROR 1 3 duration import.missingDuration"), described(result));
    }

    @Test
    void durationsWithAHyphenAbbreviationsOrNoSeparatorAreRead() {
        ImportedProject hyphen = read(with(11, "Duration: June 2015-June 2018")).projects().get(0);
        assertEquals(YearMonth.of(2015, 6), hyphen.duration().start());
        assertEquals(YearMonth.of(2018, 6), hyphen.duration().end());

        ImportedProject shortNames = read(with(11, "Duration: Sept 2015 to Mar 2016")).projects().get(0);
        assertEquals(YearMonth.of(2015, 9), shortNames.duration().start());
        assertEquals(YearMonth.of(2016, 3), shortNames.duration().end());

        LegacyPageImport glued = read(with(11, "Duration: November 2014September 2017"));
        assertEquals(List.of("WARNING 1 11 duration import.missingDurationSeparator"), described(glued));
        assertEquals(YearMonth.of(2014, 11), glued.projects().get(0).duration().start());
        assertEquals(YearMonth.of(2017, 9), glued.projects().get(0).duration().end());
    }

    @Test
    void anUnknownCountryIsAnErrorNamingIt() {
        LegacyPageImport result = read(with(13, "Countries: Armenia and Atlantis"));
        assertEquals(List.of("ERROR 1 13 countries import.unknownCountry"), described(result));
        assertEquals("Atlantis", result.problems().get(0).arguments().get(0));
        assertTrue(result.problems().get(0).message().startsWith("\"Atlantis\" is not a country name"));
        assertEquals(List.of(), result.projects());
    }

    @Test
    void anUnknownCountryGetsTheCountryItLikelyMeansButNeverOneTheListNamesAlready() {
        LegacyPageImport misspelt = read(with(13, "Countries: Georgia and Moldva"));
        assertEquals(List.of("Moldva", "Moldova"), misspelt.problems().get(0).arguments());

        LegacyPageImport named = read(with(13, "Countries: Moldova and Moldva"));
        assertEquals("Moldva", named.problems().get(0).arguments().get(0));
        assertTrue(!named.problems().get(0).arguments().get(1).equals("Moldova"), named.problems().get(0).message());

        LegacyPageImport examples = read(with(13, "Countries: Moldova, Georgia and Atlantis"));
        String example = examples.problems().get(0).arguments().get(1);
        assertTrue(!List.of("Moldova", "Georgia").contains(example), example);
    }

    @Test
    void kosovoHasNoIsoCode() {
        LegacyPageImport result = read(with(13, "Country: Kosovo"));
        assertEquals(List.of("ERROR 1 13 countries import.countryWithoutCode"), described(result));
    }

    @Test
    void olderCountryNamesAndNamesWithAndAreRead() {
        LegacyPageImport result = read(with(13,
                "Countries: Turkey, Moldova, Czech Republic, Ivory Coast, Swaziland, Macedonia, Bosnia and Herzegovina and Serbia;"
                        + " Russia & Kyrgyzstan, Trinidad and Tobago, St. Lucia, Côte d’Ivoire."));
        assertEquals(List.of("WARNING 1 13 countries import.duplicateCountry"), described(result));
        assertEquals(List.of("TR", "MD", "CZ", "CI", "SZ", "MK", "BA", "RS", "RU", "KG", "TT", "LC"),
                result.projects().get(0).countries().stream().map(CountryCode::code).toList(),
                "Côte d’Ivoire is Ivory Coast again: kept once");
    }

    @Test
    void aCountryNamedTwiceIsKeptOnceWithAWarning() {
        LegacyPageImport result = read(with(13, "Countries: Georgia, Armenia and Georgia"));
        assertEquals(List.of("WARNING 1 13 countries import.duplicateCountry"), described(result));
        assertEquals(List.of("GE", "AM"), result.projects().get(0).countries().stream().map(CountryCode::code).toList());
    }

    @Test
    void labelsWithTheirColonOrValueOnTheNextLineAreRead() {
        List<String> lines = oneSection();
        lines.set(8, "Donor");
        lines.set(9, ": European Union (ENI)");
        lines.set(12, "Countries:");
        lines.set(13, "Armenia, Azerbaijan " + NBSP + " " + NBSP);
        LegacyPageImport result = read(lines);
        assertEquals(List.of(), result.problems());
        ImportedProject project = result.projects().get(0);
        assertEquals(List.of("AM", "AZ"), project.countries().stream().map(CountryCode::code).toList());
        assertEquals("ENI", project.organisations(MentionRole.DONOR).get(0).fundingInstrument());
    }

    @Test
    void aSectionWithoutObjectiveIsAnError() {
        List<String> lines = oneSection();
        lines.set(4, "Target Groups: Border guards");
        LegacyPageImport result = read(lines);
        assertEquals(List.of("ERROR 1 3 objective import.missingObjective"), described(result));
        assertEquals("Section 1 (\"Project One\", line 3) has no objective: an \"Objective:\" field is required.",
                result.problems().get(0).message());
        assertEquals(List.of(), result.projects());
    }

    @Test
    void anUnknownOrganisationIsAWarningAndIsKept() {
        LegacyPageImport result = read(with(7, "Implementing Agency: Acme Border Consultancy in partnership with ICMPD"));
        assertEquals(List.of("WARNING 1 7 organisations import.unknownOrganisation"), described(result));
        assertEquals("unknown organisation Acme Border Consultancy: it will be created.", result.problems().get(0).message());
        assertFalse(result.hasErrors());
        List<OrganisationMention> mentions = result.projects().get(0).organisations();
        assertEquals("Acme Border Consultancy", mentions.get(0).name());
        assertEquals(MentionRole.LEAD_IMPLEMENTER, mentions.get(0).role());
        assertTrue(mentions.get(0).resolved().isEmpty());
        assertNull(mentions.get(0).acronym());
        assertEquals(KnownOrganisation.ICMPD, mentions.get(1).resolved().orElseThrow());
        assertEquals(MentionRole.IMPLEMENTING_PARTNER, mentions.get(1).role());
    }

    @Test
    void aDonorsBracketIsItsAcronymOrAnInstrument() {
        LegacyPageImport result = read(with(9, "Donor: Norwegian Ministry of Foreign Affairs (NMFA) and European Union (IPA II)"));
        assertEquals(List.of("WARNING 1 9 organisations import.unknownOrganisation"), described(result));
        List<OrganisationMention> donors = result.projects().get(0).organisations(MentionRole.DONOR);
        assertEquals(2, donors.size());
        assertEquals("Norwegian Ministry of Foreign Affairs", donors.get(0).name());
        assertEquals("NMFA", donors.get(0).acronym());
        assertNull(donors.get(0).fundingInstrument());
        assertEquals("European Union", donors.get(1).name());
        assertEquals("IPA II", donors.get(1).fundingInstrument());
    }

    @Test
    void anUnknownNameWithAndIsOneOrganisation() {
        LegacyPageImport result = read(with(9, "Donor: Ministry of Justice and Home Affairs"));
        List<OrganisationMention> donors = result.projects().get(0).organisations(MentionRole.DONOR);
        assertEquals(1, donors.size());
        assertEquals("Ministry of Justice and Home Affairs", donors.get(0).name());
    }

    @Test
    void missingOrganisationsAndCountriesAreWarnings() {
        List<String> lines = oneSection();
        lines.set(6, "");
        lines.set(8, "");
        lines.set(12, "");
        LegacyPageImport result = read(lines);
        assertEquals(List.of("WARNING 1 3 organisations import.missingImplementingAgency",
                "WARNING 1 3 organisations import.missingDonor",
                "WARNING 1 3 countries import.missingCountries"), described(result));
        assertEquals(1, result.projects().size());
    }

    @Test
    void garbageIsNotAProjectPage() {
        LegacyPageImport result = reader.read("lorem ipsum dolor sit amet\n%%% 12345 ###\n\n\u0001\u0002 zzz <html>");
        assertEquals(List.of("WARNING 0 1 page import.missingHeading",
                "WARNING 0 4 thematicArea import.missingThematicArea",
                "ERROR 0 1 page import.notAProjectPage"), described(result));
        assertEquals(List.of(), result.projects());
    }

    @Test
    void textOutsideAnyFieldIsAWarning() {
        List<String> lines = oneSection();
        lines.set(5, "");
        lines.addAll(8, List.of("Some stray remark without a label.", ""));
        // stray remark on line 9, after "Implementing Agency:" (7)
        LegacyPageImport result = read(lines);
        assertEquals(List.of("WARNING 1 9 page import.unrecognisedText"), described(result));
        assertEquals(1, result.projects().size());
    }

    @Test
    void aSecondParagraphOfTheObjectiveIsKept() {
        List<String> lines = oneSection();
        lines.addAll(5, List.of("", "And a second paragraph."));
        LegacyPageImport result = read(lines);
        assertEquals(List.of(), result.problems());
        assertEquals("To do good.\n\nAnd a second paragraph.", result.projects().get(0).objective());
    }

    @Test
    void sectionsSeparatedByBlankLinesOnlyAreSplitAtTheirTitles() {
        List<String> lines = oneSection();
        List<String> second = new ArrayList<>(oneSection().subList(2, 13));
        second.set(0, "Project Two");
        lines.addAll(13, second);
        lines.add(13, "");
        LegacyPageImport result = read(lines);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("Project One", "Project Two"), result.projects().stream().map(ImportedProject::title).toList());
        assertEquals(15, result.projects().get(1).titleLine());
        assertEquals("project-two", result.projects().get(1).suggestedSlug().value());
    }

    @Test
    void aRepeatedFieldIsAnError() {
        List<String> lines = oneSection();
        lines.set(11, "Duration: July 2015 – June 2017");
        LegacyPageImport result = read(lines);
        assertEquals(List.of("ERROR 1 12 duration import.duplicateField"), described(result));
    }

    @Test
    void aPageWithoutHeadingOrFooterIsReadWithWarnings() {
        List<String> lines = oneSection();
        LegacyPageImport result = read(lines.subList(2, 13));
        assertEquals(List.of("WARNING 0 1 page import.missingHeading", "WARNING 0 11 thematicArea import.missingThematicArea"),
                described(result));
        assertEquals(1, result.projects().size());
        assertNull(result.projects().get(0).thematicArea());
        assertNull(result.thematicArea());
    }

    @Test
    void bulletsAfterAnObjectiveWithoutIntroductionAreSpecificObjectivesWithAWarning() {
        List<String> lines = oneSection();
        lines.addAll(5, Arrays.asList("  \u2022 first aim", "  \u2022 second aim"));
        LegacyPageImport result = read(lines);
        assertEquals(List.of("WARNING 1 6 specificObjectives import.unlabelledBullets"), described(result));
        assertEquals(List.of("first aim", "second aim"), result.projects().get(0).specificObjectives());
    }

    @Test
    void aWebsiteMentionWithAnAddressNeedsNoWarning() {
        List<String> lines = oneSection();
        lines.addAll(14, List.of("For more information, please visit https://example.org/pone.", ""));
        LegacyPageImport result = read(lines);
        assertEquals(List.of(), result.problems());
        assertEquals(List.of("For more information, please visit https://example.org/pone."),
                result.projects().get(0).websiteMentions());
    }
}
