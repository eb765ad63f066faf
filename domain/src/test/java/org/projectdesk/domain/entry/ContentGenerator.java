package org.projectdesk.domain.entry;

import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Random project contents with every {@link ContentField} set and every text in English, French
 * and Russian, from a fixed seed, for the round-trip tests of every path a content takes (desk
 * form, review diff, read models, API, IATI, factsheet, export and import). The organisations and
 * regions come from a small fixed pool ({@link #organisations()}, {@link #regions()}), which a test
 * offers as the stored reference data. Shared with the other modules' tests (test jar).
 */
public final class ContentGenerator {

    /** The seed every round-trip test starts from. */
    public static final long SEED = 20_261_130L;
    /** How many contents each round-trip test checks. */
    public static final int COUNT = 250;

    private static final String[] ENGLISH = ("border migration asylum customs training police cooperation "
            + "management capacity regional dialogue reform institutions justice water health returns "
            + "integration labour mobility readmission protection rights youth women trade security").split(" ");
    private static final String[] FRENCH = ("frontière migration asile douane formation police coopération "
            + "gestion capacité régionale dialogue réforme institutions justice eau santé retours intégration "
            + "travail mobilité réadmission protection droits jeunesse femmes commerce sécurité").split(" ");
    private static final String[] RUSSIAN = ("граница миграция убежище таможня обучение полиция сотрудничество "
            + "управление потенциал региональный диалог реформа институты правосудие вода здоровье возвращение "
            + "интеграция труд мобильность реадмиссия защита права молодёжь женщины торговля безопасность").split(" ");
    private static final List<String> COUNTRIES = List.of("AM", "GE", "AZ", "UA", "MD", "KZ", "KG", "TJ", "UZ",
            "TM", "NE", "TD", "ML", "BF", "MR", "MA", "TN", "EG", "JO", "LB", "RS", "AL", "BA", "ME", "MK");
    private static final List<String> SECTORS = List.of("15110", "15130", "15190", "15210", "16010", "13010",
            "11330", "15160", "15170", "72010");

    private static final List<Organisation> ORGANISATIONS = List.of(
            organisation("icmpd", "International Centre for Migration Policy Development",
                    "Centre international pour le développement des politiques migratoires",
                    "Международный центр по развитию миграционной политики", "ICMPD",
                    OrganisationKind.INTERNATIONAL_ORGANISATION),
            organisation("undp", "United Nations Development Programme", "Programme des Nations unies pour le développement",
                    "Программа развития ООН", "UNDP", OrganisationKind.UN_AGENCY),
            organisation("iom", "International Organization for Migration", "Organisation internationale pour les migrations",
                    "Международная организация по миграции", "IOM", OrganisationKind.UN_AGENCY),
            organisation("frontex", "Frontex", "Frontex", "Фронтекс", "Frontex", OrganisationKind.EU_AGENCY),
            organisation("european-commission", "European Commission", "Commission européenne", "Европейская комиссия",
                    null, OrganisationKind.EU_INSTITUTION),
            organisation("germany", "Germany", "Allemagne", "Германия", null, OrganisationKind.GOVERNMENT),
            organisation("unhcr", "United Nations High Commissioner for Refugees", "Haut Commissariat des Nations unies pour les réfugiés",
                    "Верховный комиссар ООН по делам беженцев", "UNHCR", OrganisationKind.UN_AGENCY),
            organisation("osce", "Organization for Security and Co-operation in Europe",
                    "Organisation pour la sécurité et la coopération en Europe", "Организация по безопасности и сотрудничеству в Европе",
                    "OSCE", OrganisationKind.INTERNATIONAL_ORGANISATION));

    private static final List<Region> REGIONS = List.of(
            Region.define(Slug.of("eastern-partnership"), LocalizedText.of("Eastern Partnership", "Partenariat oriental",
                    "Восточное партнёрство"), List.of(CountryCode.of("AM"), CountryCode.of("GE"))),
            Region.define(Slug.of("central-asia"), LocalizedText.of("Central Asia", "Asie centrale", "Центральная Азия"),
                    List.of(CountryCode.of("KZ"), CountryCode.of("KG"))),
            Region.define(Slug.of("sahel"), LocalizedText.of("Sahel", "Sahel", "Сахель"),
                    List.of(CountryCode.of("NE"), CountryCode.of("TD"))));

    private final Random random;
    private final List<Organisation> organisations;
    private final List<Region> regions;

    /** A generator over the fixed pool of organisations and regions. */
    public ContentGenerator(long seed) {
        this(seed, ORGANISATIONS, REGIONS);
    }

    /**
     * A generator naming the given organisations (at least five) and regions (at least two), e.g.
     * the stored copies of {@link #organisations()} and {@link #regions()}.
     */
    public ContentGenerator(long seed, List<Organisation> organisations, List<Region> regions) {
        this.random = new Random(seed);
        this.organisations = List.copyOf(organisations);
        this.regions = List.copyOf(regions);
    }

    /** {@link #COUNT} contents from {@link #SEED}. */
    public static List<ProjectContent> contents() {
        return new ContentGenerator(SEED).contents(COUNT);
    }

    /** The next {@code count} contents. */
    public List<ProjectContent> contents(int count) {
        return IntStream.range(0, count).mapToObj(i -> next()).toList();
    }

    /** The organisations the contents name, by slug, as a test's stored reference data. */
    public static List<Organisation> organisations() {
        return ORGANISATIONS;
    }

    public static Optional<Organisation> organisation(Slug slug) {
        return ORGANISATIONS.stream().filter(o -> o.slug().equals(slug)).findFirst();
    }

    /** The regions the contents name. */
    public static List<Region> regions() {
        return REGIONS;
    }

    public static Optional<Region> region(Slug code) {
        return REGIONS.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * The content as a path with one language gives it back: every text as its translation into
     * that language, taken for the English one (an API document in French, a legacy page).
     */
    public static ProjectContent inOneLanguage(ProjectContent content, Language language) {
        Function<LocalizedText, LocalizedText> only = text -> LocalizedText.of(text.in(language).orElseThrow());
        return content.toBuilder()
                .title(only.apply(content.title()))
                .thematicArea(content.thematicArea().map(only).orElse(null))
                .objective(content.objective().map(only).orElse(null))
                .specificObjectives(content.specificObjectives().stream().map(only).toList())
                .subAreas(content.subAreas().stream().map(only).toList())
                .targetGroups(content.targetGroups().stream().map(only).toList())
                .finalBeneficiaries(content.finalBeneficiaries().stream().map(only).toList())
                .links(content.links().stream().map(link -> WebLink.of(only.apply(link.label()), link.url())).toList())
                .notes(content.notes().map(only).orElse(null))
                .build();
    }

    /**
     * A content with every field set: participations grouped by role (lead, implementing partners,
     * donors with their instruments, partners), two to four countries with shares summing to 100.
     */
    public ProjectContent next() {
        List<Organisation> shuffled = new ArrayList<>(organisations);
        Collections.shuffle(shuffled, random);
        List<Participation> participations = new ArrayList<>();
        participations.add(Participation.lead(shuffled.get(0)));
        participations.add(Participation.implementingPartner(shuffled.get(1)));
        participations.add(Participation.donor(shuffled.get(2), random.nextBoolean() ? "ENPI" : "DCI-MIGR"));
        participations.add(Participation.donor(shuffled.get(3)));
        participations.add(Participation.partner(shuffled.get(4)));
        YearMonth start = YearMonth.of(2010 + random.nextInt(20), 1 + random.nextInt(12));
        List<String> countryPool = new ArrayList<>(COUNTRIES);
        Collections.shuffle(countryPool, random);
        List<CountryCode> countries = countryPool.subList(0, 2 + random.nextInt(3)).stream().map(CountryCode::of).toList();
        return ProjectContent.builder()
                .title(text(3, 9))
                .acronym(acronym())
                .thematicArea(text(2, 4))
                .objective(text(8, 30))
                .specificObjectives(texts())
                .subAreas(texts())
                .targetGroups(texts())
                .finalBeneficiaries(texts())
                .participations(participations)
                .duration(MonthRange.of(start, start.plusMonths(random.nextInt(60))))
                .countries(countries)
                .countryShares(shares(countries))
                .region(regions.get(random.nextInt(regions.size())))
                .sector(SECTORS.get(random.nextInt(SECTORS.size())))
                .links(IntStream.range(0, 1 + random.nextInt(3))
                        .mapToObj(i -> WebLink.of(text(1, 4), "https://example.org/" + word(ENGLISH) + "/" + random.nextInt(1000)))
                        .toList())
                .notes(text(4, 20))
                .build();
    }

    /**
     * The content with exactly one field changed, so that the review diff must name exactly that
     * field: a translated field in one language, the others in their value. Countries keep their
     * shares (they are only reordered); shares keep their countries (one point moves).
     */
    public ProjectContent withChanged(ProjectContent content, ContentField field) {
        ProjectContent.Builder changed = content.toBuilder();
        Language language = Language.values()[random.nextInt(Language.values().length)];
        // a switch expression: a new field does not compile until it says how it changes
        ProjectContent.Builder result = switch (field) {
            case TITLE -> changed.title(content.title().with(language, content.title().english() + " " + word(ENGLISH)));
            case ACRONYM -> changed.acronym(content.acronym().map(a -> a + "X").orElse("NEW"));
            case THEMATIC_AREA -> changed.thematicArea(changedText(content.thematicArea().orElse(null), language));
            case OBJECTIVE -> changed.objective(changedText(content.objective().orElse(null), language));
            case SPECIFIC_OBJECTIVES -> changed.specificObjectives(changedList(content.specificObjectives(), language));
            case SUB_AREAS -> changed.subAreas(changedList(content.subAreas(), language));
            case TARGET_GROUPS -> changed.targetGroups(changedList(content.targetGroups(), language));
            case FINAL_BENEFICIARIES -> changed.finalBeneficiaries(changedList(content.finalBeneficiaries(), language));
            case PARTICIPATIONS -> {
                List<Participation> participations = new ArrayList<>(content.participations());
                Participation donor = content.donors().get(0);
                participations.set(participations.indexOf(donor), Participation.donor(donor.organisation(),
                        donor.fundingInstrument().orElse("") + "-2"));
                yield changed.participations(participations);
            }
            case DURATION -> {
                MonthRange duration = content.duration().orElseThrow();
                yield changed.duration(MonthRange.of(duration.start(), duration.end().plusMonths(1)));
            }
            case COUNTRIES -> {
                List<CountryCode> countries = new ArrayList<>(content.countries());
                Collections.reverse(countries);
                changed.countries(countries);
                Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
                countries.forEach(country -> shares.put(country, content.countryShares().get(country)));
                yield changed.countryShares(shares);
            }
            case COUNTRY_SHARES -> {
                Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>(content.countryShares());
                List<CountryCode> countries = content.countries();
                shares.merge(countries.get(0), BigDecimal.ONE.negate(), BigDecimal::add);
                shares.merge(countries.get(1), BigDecimal.ONE, BigDecimal::add);
                yield changed.countryShares(shares);
            }
            case REGION -> changed.region(regions.stream().filter(r -> !content.region().orElseThrow().equals(r))
                    .findFirst().orElseThrow());
            case SECTOR -> changed.sector(SECTORS.stream().filter(s -> !s.equals(content.sector().orElse("")))
                    .findFirst().orElseThrow());
            case LINKS -> {
                List<WebLink> links = new ArrayList<>(content.links());
                WebLink first = links.get(0);
                links.set(0, WebLink.of(first.label(), first.url() + "/more"));
                yield changed.links(links);
            }
            case NOTES -> changed.notes(changedText(content.notes().orElse(null), language));
        };
        return result.build();
    }

    private LocalizedText changedText(LocalizedText text, Language language) {
        return text.with(language, text.in(language).orElse("") + " " + word(ENGLISH));
    }

    private List<LocalizedText> changedList(List<LocalizedText> texts, Language language) {
        List<LocalizedText> changed = new ArrayList<>(texts);
        changed.set(0, changedText(texts.get(0), language));
        return changed;
    }

    private Map<CountryCode, BigDecimal> shares(List<CountryCode> countries) {
        // each at least 5 percent, to the hundredth, summing to exactly 100
        int rest = 10_000 - 500 * countries.size();
        Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
        for (int i = 0; i < countries.size(); i++) {
            int hundredths = i == countries.size() - 1 ? rest : random.nextInt(rest + 1);
            rest -= hundredths;
            shares.put(countries.get(i), BigDecimal.valueOf(500L + hundredths, 2));
        }
        return shares;
    }

    private List<LocalizedText> texts() {
        return Stream.generate(() -> text(2, 12)).limit(1 + random.nextInt(3)).toList();
    }

    private LocalizedText text(int minWords, int maxWords) {
        int words = minWords + random.nextInt(maxWords - minWords + 1);
        return LocalizedText.of(sentence(ENGLISH, words), sentence(FRENCH, words), sentence(RUSSIAN, words));
    }

    private String sentence(String[] vocabulary, int words) {
        StringBuilder sentence = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String word = word(vocabulary);
            sentence.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : " " + word);
        }
        return sentence.toString();
    }

    private String acronym() {
        StringBuilder acronym = new StringBuilder();
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            acronym.append((char) ('A' + random.nextInt(26)));
        }
        return acronym.toString();
    }

    private String word(String[] vocabulary) {
        return vocabulary[random.nextInt(vocabulary.length)];
    }

    private static Organisation organisation(String slug, String english, String french, String russian, String acronym,
                                             OrganisationKind kind) {
        return Organisation.register(Slug.of(slug), LocalizedText.of(english, french, russian), acronym, kind);
    }
}
