package org.projectdesk.persistence.demo;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.mapper.orm.Search;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Makes a synthetic portfolio of published projects for load and latency measurements (the search
 * benchmark, the API's): titles, objectives, target groups in English, French and Russian (some
 * translations left out on purpose, as in real data), organisations in every role, countries of one
 * region, durations from 2008 to 2032. The same seed gives the same portfolio. Entries are
 * {@code gen-00001}, {@code gen-00002} …; organisations {@code gen-org-01} …
 * <p>
 * Each batch is its own transaction, stored without indexing each entry; the caller rebuilds the
 * search index once at the end ({@link org.projectdesk.persistence.publicview.search.SearchIndex#rebuild()}).
 */
@Stateless
public class PortfolioGenerator {

    static final String SLUG_PREFIX = "gen-";
    private static final int ORGANISATIONS = 40;

    private static final String[][] TOPICS = {
            {"border management", "gestion des frontières", "управления границами"},
            {"migration governance", "gouvernance des migrations", "управления миграцией"},
            {"anti-trafficking cooperation", "coopération contre la traite", "противодействия торговле людьми"},
            {"asylum systems", "systèmes d'asile", "систем убежища"},
            {"labour mobility", "mobilité de la main-d'œuvre", "трудовой мобильности"},
            {"document security", "sécurité des documents", "безопасности документов"},
            {"customs cooperation", "coopération douanière", "таможенного сотрудничества"},
            {"diaspora engagement", "engagement de la diaspora", "взаимодействия с диаспорой"},
            {"return and reintegration", "retour et réintégration", "возвращения и реинтеграции"},
            {"integrated border management", "gestion intégrée des frontières", "комплексного управления границами"},
    };
    private static final String[][] ACTIONS = {
            {"Strengthening", "Renforcement de la", "Укрепление"},
            {"Support to", "Appui à la", "Поддержка"},
            {"Capacity building for", "Renforcement des capacités pour la", "Развитие потенциала"},
            {"Regional dialogue on", "Dialogue régional sur la", "Региональный диалог в области"},
    };
    private static final String[][] GROUPS = {
            {"Border guards and customs officers", "Garde-frontières et douaniers", "Пограничники и таможенники"},
            {"Ministries of interior", "Ministères de l'intérieur", "Министерства внутренних дел"},
            {"Civil society organisations", "Organisations de la société civile", "Организации гражданского общества"},
            {"Migrants and their families", "Migrants et leurs familles", "Мигранты и их семьи"},
            {"Local authorities in border areas", "Autorités locales des zones frontalières", "Местные органы власти приграничных районов"},
    };
    private static final String[] ORG_WORDS = {"Development", "Cooperation", "Migration", "Border", "Security",
            "Partnership", "Mobility", "Governance", "Justice", "Dialogue"};

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** The organisations of the synthetic portfolio, created once (idempotent). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepareOrganisations() {
        for (int i = 1; i <= ORGANISATIONS; i++) {
            Slug slug = Slug.of(organisationSlug(i));
            boolean exists = !em.createQuery("select o.id from Organisation o where o.slug = :slug", Long.class)
                    .setParameter("slug", slug).getResultList().isEmpty();
            if (!exists) {
                String word = ORG_WORDS[i % ORG_WORDS.length];
                String en = word + " Agency " + i;
                em.persist(Organisation.register(slug,
                        LocalizedText.of(en, "Agence " + word.toLowerCase() + " " + i, "Агентство " + i),
                        "GA" + i, i % 4 == 0 ? OrganisationKind.GOVERNMENT : OrganisationKind.INTERNATIONAL_ORGANISATION));
            }
        }
    }

    /**
     * Stores the entries numbered {@code from} to {@code to} (inclusive) of the portfolio made with
     * that seed, published at once, in one transaction, skipping numbers already stored.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int storeBatch(long seed, int from, int to) {
        Search.session(em).indexingPlanFilter(filter -> filter.exclude(ProjectEntry.class));
        List<Region> regions = em.createQuery("select r from Region r order by r.id", Region.class).getResultList();
        List<Organisation> organisations = em.createQuery(
                "select o from Organisation o where o.slug.value like 'gen-org-%' order by o.id", Organisation.class)
                .getResultList();
        if (regions.isEmpty() || organisations.isEmpty()) {
            throw new IllegalStateException("Regions and organisations must exist before entries are generated");
        }
        Actor generator = Actor.system("generator");
        Instant at = clock.instant();
        int stored = 0;
        for (int number = from; number <= to; number++) {
            Slug slug = Slug.of(entrySlug(number));
            if (!em.createQuery("select e.id from ProjectEntry e where e.slug = :slug", Long.class)
                    .setParameter("slug", slug).getResultList().isEmpty()) {
                continue;
            }
            Random random = new Random(seed * 1_000_003L + number);
            em.persist(ProjectEntry.imported(slug, content(number, random, regions, organisations), generator,
                    at.minusSeconds(number)));
            stored++;
        }
        return stored;
    }

    /** The address name of the generated entry with that number. */
    public static String entrySlug(int number) {
        return SLUG_PREFIX + String.format("%05d", number);
    }

    static String organisationSlug(int number) {
        return SLUG_PREFIX + "org-" + String.format("%02d", number);
    }

    private static ProjectContent content(int number, Random random, List<Region> regions,
                                          List<Organisation> organisations) {
        String[] topic = TOPICS[random.nextInt(TOPICS.length)];
        String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
        Region region = regions.get(random.nextInt(regions.size()));
        List<CountryCode> members = new ArrayList<>(region.members());
        Set<CountryCode> countries = new LinkedHashSet<>();
        int countryCount = 1 + random.nextInt(Math.min(3, members.size()));
        while (countries.size() < countryCount) {
            countries.add(members.get(random.nextInt(members.size())));
        }
        CountryCode first = countries.iterator().next();
        boolean french = random.nextInt(10) < 8;
        boolean russian = random.nextInt(10) < 6;
        LocalizedText title = LocalizedText.of(
                action[0] + " " + topic[0] + " in " + first.displayName(Language.EN) + " (" + number + ")",
                french ? action[1] + " " + topic[1] + " – " + first.displayName(Language.FR) + " (" + number + ")" : null,
                russian ? action[2] + " " + topic[2] + ": " + first.displayName(Language.RU) + " (" + number + ")" : null);
        LocalizedText objective = LocalizedText.of(
                "To improve " + topic[0] + " in " + region.name().english()
                        + " through training, equipment and regional cooperation among national authorities.",
                french ? "Améliorer la " + topic[1] + " dans la région " + region.name().resolve(Language.FR).text()
                        + " par la formation, l'équipement et la coopération régionale." : null,
                russian ? "Совершенствование " + topic[2] + " в регионе " + region.name().resolve(Language.RU).text()
                        + " посредством обучения, оснащения и регионального сотрудничества." : null);
        YearMonth start = YearMonth.of(2008 + random.nextInt(22), 1 + random.nextInt(12));
        YearMonth end = start.plusMonths(6 + random.nextInt(55));
        ProjectContent.Builder builder = ProjectContent.builder()
                .title(title)
                .acronym(acronym(topic[0], first, number))
                .objective(objective)
                .duration(MonthRange.of(start, end))
                .countries(countries)
                .region(region);
        for (int i = 0; i < 2 + random.nextInt(2); i++) {
            builder.addSpecificObjective(LocalizedText.of(
                    "Specific objective " + (i + 1) + ": " + topic[0] + " procedures aligned with international standards.",
                    french ? "Objectif spécifique " + (i + 1) + " : procédures de " + topic[1] + " conformes aux normes." : null,
                    null));
        }
        String[] group = GROUPS[random.nextInt(GROUPS.length)];
        builder.addTargetGroup(LocalizedText.of(group[0], french ? group[1] : null, russian ? group[2] : null));
        List<Organisation> pool = new ArrayList<>(organisations);
        Collections.shuffle(pool, random);
        builder.addParticipation(Participation.lead(pool.get(0)));
        for (int i = 0; i < random.nextInt(3); i++) {
            builder.addParticipation(Participation.implementingPartner(pool.get(1 + i)));
        }
        builder.addParticipation(Participation.donor(pool.get(4), random.nextBoolean() ? "ENI" : null));
        if (random.nextBoolean()) {
            builder.addParticipation(Participation.donor(pool.get(5)));
        }
        if (random.nextInt(3) == 0) {
            builder.addParticipation(Participation.partner(pool.get(6)));
        }
        return builder.build();
    }

    private static String acronym(String topic, CountryCode country, int number) {
        StringBuilder initials = new StringBuilder();
        for (String word : topic.split("[\\s-]+")) {
            initials.append(Character.toUpperCase(word.charAt(0)));
        }
        return initials + country.code() + number;
    }
}
