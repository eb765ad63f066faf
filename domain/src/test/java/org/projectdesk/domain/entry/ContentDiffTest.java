package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;

import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContentDiffTest {

    @Test
    void theSameContentHasNoChanges() {
        assertTrue(ContentDiff.between(Fixtures.mibma(), Fixtures.mibma()).isEmpty());
    }

    @Test
    void reportsATextChangeInTheLanguageThatChangedOnly() {
        ProjectContent before = Fixtures.mibma();
        ProjectContent after = before.toBuilder()
                .title(before.title().with(Language.FR, "Soutien à la gestion des migrations en Arménie"))
                .build();

        ContentDiff diff = ContentDiff.between(before, after);

        assertEquals(List.of(new FieldChange("title", Language.FR, "",
                "Soutien à la gestion des migrations en Arménie")), diff.changes());
        assertTrue(diff.changes().get(0).added());
    }

    @Test
    void comparesListsItemByItemPerLanguageAndNoticesReordering() {
        ProjectContent before = Fixtures.mibma();
        List<LocalizedText> reversed = new java.util.ArrayList<>(before.specificObjectives());
        java.util.Collections.reverse(reversed);
        ContentDiff diff = ContentDiff.between(before, before.toBuilder().specificObjectives(reversed).build());

        assertEquals(List.of("specificObjectives"), diff.changedFields());
        FieldChange change = diff.of("specificObjectives").get(0);
        assertEquals(Language.EN, change.language());
        assertEquals("To increase Government capacities for migration and asylum management\n"
                + "To strengthen inter-agency cooperation", change.before());
        assertEquals("To strengthen inter-agency cooperation\n"
                + "To increase Government capacities for migration and asylum management", change.after());
    }

    @Test
    void languageNeutralFieldsHaveNoLanguage() {
        ProjectContent before = Fixtures.mibma();
        ProjectContent after = before.toBuilder()
                .duration(MonthRange.of(YearMonth.of(2016, 1), YearMonth.of(2019, 6)))
                .addCountry(CountryCode.of("GE"))
                .acronym(null)
                .build();

        ContentDiff diff = ContentDiff.between(before, after);

        assertEquals(List.of("acronym", "duration", "countries"), diff.changedFields());
        assertTrue(diff.changes().stream().allMatch(change -> change.inLanguage().isEmpty()));
        assertEquals("2016-01/2018-12", diff.of("duration").get(0).before());
        assertEquals("2016-01/2019-06", diff.of("duration").get(0).after());
        assertTrue(diff.of("acronym").get(0).removed());
        assertEquals("AM\nGE", diff.of("countries").get(0).after());
    }

    @Test
    void namesOrganisationsWithTheirRoles() {
        ProjectContent before = Fixtures.mibma();
        ProjectContent after = before.toBuilder().addParticipation(Participation.partner(Fixtures.FRANCE)).build();

        FieldChange change = ContentDiff.between(before, after).of("participations").get(0);

        assertTrue(change.after().endsWith("France — PARTNER"), change.after());
        assertTrue(change.before().startsWith("International Centre for Migration Policy Development (ICMPD) — LEAD_IMPLEMENTER"),
                change.before());
    }

    @Test
    void linksAreComparedPerLanguageOfTheirLabels() {
        ProjectContent before = Fixtures.mibma();
        ProjectContent after = before.toBuilder()
                .addLink(WebLink.of(LocalizedText.of("Website", "Site web", null), "https://example.org/mibma"))
                .build();

        ContentDiff diff = ContentDiff.between(before, after);

        assertEquals(2, diff.of("links").size());
        assertEquals("Website <https://example.org/mibma>", diff.of("links").get(0).after());
        assertEquals(Language.FR, diff.of("links").get(1).language());
    }

    @Test
    void aFirstRevisionIsAllAdditions() {
        ContentDiff diff = ContentDiff.between(null, Fixtures.mibma());

        assertTrue(diff.changes().stream().allMatch(FieldChange::added));
        assertEquals("Support to Migration and Border Management in Armenia", diff.of("title").get(0).after());
    }
}
