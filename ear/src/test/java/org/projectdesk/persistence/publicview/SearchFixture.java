package org.projectdesk.persistence.publicview;

import jakarta.persistence.EntityManager;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

/**
 * Three published projects for the search tests, stored once (fixed slugs, so repeated test runs
 * on the same database add nothing). Every one carries the made-up word {@link #WORD} in its
 * objective, so a search for it sees these three and nothing else, whatever else the database holds.
 * <ul>
 *     <li>{@code it-search-one}: Armenia and Georgia (Eastern Partnership), donor X, lead Y,
 *         2019-01 to 2021-12 (completed); English, French and Russian; mentions BOMCA three times.</li>
 *     <li>{@code it-search-two}: Kazakhstan (Central Asia), donor Z, lead Y, 2024-01 to 2030-12 (ongoing).</li>
 *     <li>{@code it-search-three}: Armenia (Eastern Partnership), donors X and Z, lead W with Y as
 *         implementing partner, 2031-01 to 2033-12 (upcoming); English only.</li>
 * </ul>
 */
final class SearchFixture {

    static final String WORD = "zorvexian";
    static final String ONE = "it-search-one";
    static final String TWO = "it-search-two";
    static final String THREE = "it-search-three";
    static final String DONOR_X = "it-search-donor-x";
    static final String DONOR_Z = "it-search-donor-z";
    static final String LEAD_Y = "it-search-lead-y";
    static final String LEAD_W = "it-search-lead-w";

    private SearchFixture() {
    }

    /** Stores the fixture unless it is there; call inside a transaction. */
    static void ensure(EntityManager em) {
        if (!em.createQuery("select e from ProjectEntry e where e.slug = :slug", ProjectEntry.class)
                .setParameter("slug", Slug.of(ONE)).getResultList().isEmpty()) {
            return;
        }
        Organisation x = organisation(em, DONOR_X, "Zorvex Donor Fund", "Fonds donateur Zorvex", "Фонд доноров Зорвекс", "ZDF");
        Organisation z = organisation(em, DONOR_Z, "Ministry of Foreign Affairs of Zembla", null, null, null);
        Organisation y = organisation(em, LEAD_Y, "Yarrow Border Institute", "Institut Yarrow des frontières", null, "YBI");
        Organisation w = organisation(em, LEAD_W, "Wexford Migration Agency", null, null, "WMA");
        Region easternPartnership = region(em, "eastern-partnership");
        Region centralAsia = region(em, "central-asia");
        Actor importer = Actor.system("it-importer");
        Instant now = Instant.now();

        em.persist(ProjectEntry.imported(Slug.of(ONE), ProjectContent.builder()
                .title(LocalizedText.of("Border security cooperation in the South Caucasus",
                        "Sécurité des frontières dans le Caucase du Sud",
                        "Безопасность границ на Южном Кавказе"))
                .acronym("SECCAU")
                .objective(LocalizedText.of(
                        "A " + WORD + " action that learns from BOMCA: BOMCA training, BOMCA methods, safer borders.",
                        "Une action " + WORD + " qui s'inspire de BOMCA : coopération et sécurité aux frontières.",
                        "Действие " + WORD + " по опыту BOMCA: сотрудничество пограничных служб."))
                .duration(MonthRange.of(YearMonth.of(2019, 1), YearMonth.of(2021, 12)))
                .countries(List.of(CountryCode.of("AM"), CountryCode.of("GE")))
                .region(easternPartnership)
                .addParticipation(Participation.lead(y))
                .addParticipation(Participation.donor(x))
                .build(), importer, now.minusSeconds(30)));

        em.persist(ProjectEntry.imported(Slug.of(TWO), ProjectContent.builder()
                .title(LocalizedText.of("Labour mobility dialogue in Kazakhstan",
                        "Dialogue sur la mobilité de la main-d'œuvre au Kazakhstan",
                        "Диалог о трудовой мобильности в Казахстане"))
                .acronym("LMDK")
                .objective(LocalizedText.of("A " + WORD + " dialogue between employers and ministries.",
                        "Un dialogue " + WORD + " entre employeurs et ministères.",
                        "Диалог " + WORD + " между работодателями и министерствами."))
                .duration(MonthRange.of(YearMonth.of(2024, 1), YearMonth.of(2030, 12)))
                .countries(List.of(CountryCode.of("KZ")))
                .region(centralAsia)
                .addParticipation(Participation.lead(y))
                .addParticipation(Participation.donor(z))
                .build(), importer, now.minusSeconds(20)));

        em.persist(ProjectEntry.imported(Slug.of(THREE), ProjectContent.builder()
                .title(LocalizedText.of("Quarantine inspection modernisation in Armenia"))
                .acronym("QIMA")
                .objective(LocalizedText.of("A " + WORD + " programme for plant and animal inspection services."))
                .duration(MonthRange.of(YearMonth.of(2031, 1), YearMonth.of(2033, 12)))
                .countries(List.of(CountryCode.of("AM")))
                .region(easternPartnership)
                .addParticipation(Participation.lead(w))
                .addParticipation(Participation.implementingPartner(y))
                .addParticipation(Participation.donor(x))
                .addParticipation(Participation.donor(z))
                .build(), importer, now.minusSeconds(10)));
    }

    private static Organisation organisation(EntityManager em, String slug, String en, String fr, String ru, String acronym) {
        Organisation organisation = Organisation.register(Slug.of(slug), LocalizedText.of(en, fr, ru), acronym,
                OrganisationKind.INTERNATIONAL_ORGANISATION);
        em.persist(organisation);
        return organisation;
    }

    private static Region region(EntityManager em, String code) {
        return em.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", Slug.of(code)).getSingleResult();
    }
}
