package org.projectdesk.domain.importing;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A content written as a legacy "Ongoing Projects" page reads back as the same content, for every
 * field the page can carry (English only: the page has one language), over
 * {@value ContentGenerator#COUNT} generated contents (seed {@value ContentGenerator#SEED}).
 */
class LegacyPageRoundTripTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Test
    void everyFieldThePageCarriesIsReadBack() {
        for (ProjectContent content : ContentGenerator.contents()) {
            String page = page(content);
            LegacyPageImport read = new LegacyPageReader().read(page);
            assertEquals(List.of(), read.errors(), page);
            assertEquals(1, read.projects().size(), page);
            ProjectContent imported = read.projects().get(0).toContent(LegacyPageRoundTripTest::organisation);
            ProjectContent expected = ContentGenerator.inOneLanguage(content, Language.EN);
            for (ContentField field : ContentField.values()) {
                if (carried(field)) {
                    assertEquals(field.valueIn(expected), field.valueIn(imported), field + " of\n" + page);
                }
            }
        }
    }

    /**
     * Whether the legacy page has a place for the field; a switch expression, so that every new
     * field must say.
     */
    private static boolean carried(ContentField field) {
        return switch (field) {
            // the thematic area is the page's footer: one per page, here one project per page
            case TITLE, ACRONYM, THEMATIC_AREA, OBJECTIVE, SPECIFIC_OBJECTIVES, TARGET_GROUPS, FINAL_BENEFICIARIES,
                 PARTICIPATIONS, DURATION, COUNTRIES -> true;
            // areas appear only as bullets an objective introduces ("… the three selected areas:"),
            // which would change the objective's text; the page lost its links' addresses; it never
            // had shares, a region, a sector or notes
            case SUB_AREAS, COUNTRY_SHARES, REGION, SECTOR, LINKS, NOTES -> false;
        };
    }

    /** The page with the content as its one project, written the way the legacy page writes. */
    private static String page(ProjectContent content) {
        StringBuilder page = new StringBuilder("Ongoing Projects\n\n");
        page.append(content.title().english()).append(" (").append(content.acronym().orElseThrow()).append(")\n\n");
        page.append("Objective: ").append(content.objective().orElseThrow().english()).append("\n\n");
        bullets(page, "The specific objectives:", content.specificObjectives());
        bullets(page, "Target Groups:", content.targetGroups());
        bullets(page, "Final beneficiaries:", content.finalBeneficiaries());
        page.append("Implementing Agency: ").append(mention(content.lead().orElseThrow())).append(" (lead)")
                .append(content.implementingPartners().stream().map(p -> ", " + mention(p.organisation()) + " (partner)")
                        .collect(Collectors.joining())).append("\n\n");
        page.append("Donor: ").append(content.donors().stream().map(LegacyPageRoundTripTest::donor)
                .collect(Collectors.joining(", "))).append("\n\n");
        page.append("Partners: ").append(content.otherPartners().stream().map(p -> mention(p.organisation()))
                .collect(Collectors.joining(", "))).append("\n\n");
        MonthRange duration = content.duration().orElseThrow();
        page.append("Duration: ").append(month(duration.start())).append(" \u2013 ").append(month(duration.end())).append("\n\n");
        page.append("Countries:\n").append(content.countries().stream().map(c -> c.displayName(Language.EN))
                .collect(Collectors.joining(", "))).append("\n\n\u00a0\n\n");
        page.append(content.thematicArea().orElseThrow().english()).append(" en fr ru\n");
        return page.toString();
    }

    private static void bullets(StringBuilder page, String label, List<LocalizedText> items) {
        page.append(label).append('\n');
        items.forEach(item -> page.append("  \u2022 ").append(item.english()).append('\n'));
    }

    private static String donor(Participation donor) {
        return mention(donor.organisation()) + donor.fundingInstrument().map(instrument -> " (" + instrument + ")").orElse("");
    }

    /** How the page names an organisation: its acronym if it has one, else its English name. */
    private static String mention(Organisation organisation) {
        return organisation.acronym().orElse(organisation.name().english());
    }

    private static String month(YearMonth month) {
        return MONTH.format(month);
    }

    /** The generated organisation a mention names, by acronym or English name. */
    private static Organisation organisation(OrganisationMention mention) {
        return ContentGenerator.organisations().stream()
                .filter(o -> o.acronym().map(a -> a.equalsIgnoreCase(mention.name()) || a.equalsIgnoreCase(mention.acronym()))
                        .orElse(false) || o.name().english().equalsIgnoreCase(mention.name()))
                .findFirst().orElseThrow(() -> new AssertionError("no organisation for " + mention));
    }
}
