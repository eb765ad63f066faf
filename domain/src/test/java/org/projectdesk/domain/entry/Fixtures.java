package org.projectdesk.domain.entry;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;

import java.time.Instant;
import java.time.YearMonth;

/** Organisations, people and contents from the seed page, shared by the entry tests. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    static final Organisation ICMPD = Organisation.register(Slug.of("icmpd"),
            LocalizedText.of("International Centre for Migration Policy Development"), "ICMPD",
            OrganisationKind.INTERNATIONAL_ORGANISATION);
    static final Organisation UNDP = Organisation.register(Slug.of("undp"),
            LocalizedText.of("United Nations Development Programme"), "UNDP", OrganisationKind.UN_AGENCY);
    static final Organisation FRONTEX = Organisation.register(Slug.of("frontex"),
            LocalizedText.of("Frontex"), "Frontex", OrganisationKind.EU_AGENCY);
    static final Organisation IOM = Organisation.register(Slug.of("iom"),
            LocalizedText.of("International Organization for Migration"), "IOM", OrganisationKind.UN_AGENCY);
    static final Organisation EUROPEAN_COMMISSION = Organisation.register(Slug.of("european-commission"),
            LocalizedText.of("European Commission"), null, OrganisationKind.EU_INSTITUTION);
    static final Organisation FRANCE = Organisation.register(Slug.of("france"),
            LocalizedText.of("France", "France", "Франция"), null, OrganisationKind.GOVERNMENT);

    /** Editor and reviewer: the author of the fixtures' drafts. */
    static final Actor ALICE = Actor.of("alice", Role.EDITOR, Role.REVIEWER);
    static final Actor BOB = Actor.of("bob", Role.EDITOR);
    static final Actor CAROL = Actor.of("carol", Role.REVIEWER);
    static final Actor DAVE = Actor.of("dave", Role.ADMIN);
    /** An admin who submits the fixtures' drafts. */
    static final Actor ERIN = Actor.of("erin", Role.ADMIN);
    static final Actor FRANK = Actor.of("frank");
    static final Actor IMPORTER = Actor.system("importer");

    private Fixtures() {
    }

    static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    /** "Support to Migration and Border Management in Armenia (MIBMA)", complete enough for review. */
    static ProjectContent mibma() {
        return ProjectContent.builder()
                .title("Support to Migration and Border Management in Armenia")
                .acronym("MIBMA")
                .objective(LocalizedText.of("To enhance approximation of the migration and border management in Armenia to the European standards of governance."))
                .addSpecificObjective(LocalizedText.of("To increase Government capacities for migration and asylum management"))
                .addSpecificObjective(LocalizedText.of("To strengthen inter-agency cooperation"))
                .addParticipation(Participation.lead(ICMPD))
                .addParticipation(Participation.implementingPartner(UNDP))
                .addParticipation(Participation.donor(EUROPEAN_COMMISSION))
                .duration(MonthRange.of(YearMonth.of(2016, 1), YearMonth.of(2018, 12)))
                .addCountry(CountryCode.of("AM"))
                .build();
    }

    /** Only a title: a valid draft, not ready for review. */
    static ProjectContent titleOnly() {
        return ProjectContent.builder().title("Border Management Programme in Central Asia").build();
    }

    static ProjectEntry draft() {
        return ProjectEntry.create(Slug.of("mibma"), mibma(), ALICE, at(0));
    }

    /** Revision 1 edited by alice, submitted by erin. */
    static ProjectEntry inReview() {
        ProjectEntry entry = draft();
        entry.submitForReview(ERIN, at(1));
        return entry;
    }

    /** Revision 1 approved by carol. */
    static ProjectEntry published() {
        ProjectEntry entry = inReview();
        entry.approve(CAROL, at(2));
        return entry;
    }

    /** Revision 1 published; revision 2 a forward draft started by alice. */
    static ProjectEntry publishedWithDraft() {
        ProjectEntry entry = published();
        entry.startRevision(ALICE, at(3));
        return entry;
    }

    /** Revision 1 published; revision 2 written by alice, submitted by erin. */
    static ProjectEntry publishedWithDraftInReview() {
        ProjectEntry entry = publishedWithDraft();
        entry.submitForReview(ERIN, at(4));
        return entry;
    }

    /** Revision 1 was published, then unpublished by carol. */
    static ProjectEntry unpublished() {
        ProjectEntry entry = published();
        entry.unpublish(CAROL, at(3), "Project suspended");
        return entry;
    }
}
