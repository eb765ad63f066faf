package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.PlainText;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names in English as the legacy page writes them, mapped to ISO 3166-1 codes: the names
 * Java knows (its English display names), plus older or common names it does not use ("Turkey",
 * "Czech Republic", "Ivory Coast", "Swaziland", "Macedonia", "Burma", …).
 */
public final class CountryNames {

    /** Names of places that have no ISO 3166-1 code, with a note for the message. */
    private static final Map<String, String> WITHOUT_CODE = Map.of(
            "kosovo", "XK is only a user-assigned code, not an ISO 3166-1 one",
            "european union", "it is not a country",
            "eu", "it is not a country");

    private static final Map<String, String> CODES_BY_KEY = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            CODES_BY_KEY.put(PlainText.key(name), code);
            // "Myanmar (Burma)" is also found as "Myanmar".
            String withoutBrackets = name.replaceAll("\\s*\\([^)]*\\)", "");
            CODES_BY_KEY.putIfAbsent(PlainText.key(withoutBrackets), code);
        }
        String[][] aliases = {
                {"Turkey", "TR"}, {"Türkiye", "TR"}, {"Republic of Turkey", "TR"},
                {"Moldova", "MD"}, {"Republic of Moldova", "MD"}, {"Moldova, Republic of", "MD"},
                {"Russia", "RU"}, {"Russian Federation", "RU"},
                {"Syria", "SY"}, {"Syrian Arab Republic", "SY"},
                {"Iran", "IR"}, {"Islamic Republic of Iran", "IR"}, {"Iran, Islamic Republic of", "IR"},
                {"Vietnam", "VN"}, {"Viet Nam", "VN"},
                {"Laos", "LA"}, {"Lao PDR", "LA"}, {"Lao People's Democratic Republic", "LA"},
                {"Bolivia", "BO"}, {"Plurinational State of Bolivia", "BO"},
                {"Tanzania", "TZ"}, {"United Republic of Tanzania", "TZ"},
                {"Venezuela", "VE"}, {"Bolivarian Republic of Venezuela", "VE"},
                {"Czech Republic", "CZ"}, {"Czechia", "CZ"},
                {"Slovak Republic", "SK"},
                {"Ivory Coast", "CI"}, {"Côte d'Ivoire", "CI"}, {"Cote d'Ivoire", "CI"},
                {"Cape Verde", "CV"}, {"Cabo Verde", "CV"},
                {"Swaziland", "SZ"}, {"Eswatini", "SZ"},
                {"Macedonia", "MK"}, {"North Macedonia", "MK"}, {"Republic of North Macedonia", "MK"},
                {"Former Yugoslav Republic of Macedonia", "MK"}, {"FYROM", "MK"}, {"FYR Macedonia", "MK"},
                {"Burma", "MM"}, {"Myanmar", "MM"},
                {"South Korea", "KR"}, {"Republic of Korea", "KR"}, {"Korea, Republic of", "KR"},
                {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"}, {"DPRK", "KP"},
                {"Democratic Republic of the Congo", "CD"}, {"DR Congo", "CD"}, {"DRC", "CD"},
                {"Congo-Kinshasa", "CD"}, {"Republic of the Congo", "CG"}, {"Congo-Brazzaville", "CG"},
                {"Gambia", "GM"}, {"The Gambia", "GM"},
                {"Palestine", "PS"}, {"State of Palestine", "PS"}, {"Occupied Palestinian Territory", "PS"},
                {"Vatican", "VA"}, {"Holy See", "VA"},
                {"UK", "GB"}, {"Great Britain", "GB"}, {"United Kingdom of Great Britain and Northern Ireland", "GB"},
                {"USA", "US"}, {"United States of America", "US"},
                {"East Timor", "TL"}, {"Timor-Leste", "TL"},
                {"Brunei Darussalam", "BN"}, {"Federated States of Micronesia", "FM"},
                {"Kyrgyz Republic", "KG"}, {"Kirghizia", "KG"},
                {"Bosnia-Herzegovina", "BA"}, {"Bosnia and Herzegovina", "BA"},
                {"Hong Kong", "HK"}, {"Macao", "MO"}, {"Macau", "MO"},
                {"Belorussia", "BY"}, {"Byelorussia", "BY"},
                {"Libyan Arab Jamahiriya", "LY"}, {"Sao Tome and Principe", "ST"},
                {"The Netherlands", "NL"}, {"Holland", "NL"},
        };
        for (String[] alias : aliases) {
            CODES_BY_KEY.put(PlainText.key(alias[0]), alias[1]);
        }
    }

    private CountryNames() {
    }

    /** The code for one country name, if it is one. */
    static Optional<CountryCode> lookup(String name) {
        String key = PlainText.key(name);
        String code = CODES_BY_KEY.get(key);
        if (code == null) {
            code = CODES_BY_KEY.get(PlainText.key(name.replaceAll("\\s*\\([^)]*\\)", "")));
        }
        return Optional.ofNullable(code).map(CountryCode::of);
    }

    /** Why a well-known place has no code, if it is one of those. */
    static Optional<String> withoutCode(String name) {
        return Optional.ofNullable(WITHOUT_CODE.get(PlainText.key(name)));
    }

    /** Countries to show as an example when nothing written resembles a country name. */
    private static final List<String> EXAMPLES = List.of("MD", "GE", "AM", "UA", "KZ", "SN", "TN", "JO");

    /**
     * The country to propose for something written that is no country: the one it most likely
     * means, else an example; never one of {@code already} (the countries the list names anyway).
     */
    public static CountryCode likelyMeant(String written, Collection<CountryCode> already) {
        return suggestion(written, already).orElseGet(() -> EXAMPLES.stream().map(CountryCode::of)
                .filter(example -> !already.contains(example)).findFirst().orElseThrow());
    }

    /**
     * The country an unknown name most likely means (a name of it within a few typing mistakes),
     * never one of {@code already}: suggesting a country the list names anyway would mislead.
     */
    static Optional<CountryCode> suggestion(String unknown, Collection<CountryCode> already) {
        String key = PlainText.key(unknown);
        int allowed = Math.max(1, Math.min(3, key.length() / 4));
        String best = null;
        int bestDistance = allowed + 1;
        for (Map.Entry<String, String> known : CODES_BY_KEY.entrySet()) {
            if (already.contains(CountryCode.of(known.getValue()))) {
                continue;
            }
            int distance = Math.abs(key.length() - known.getKey().length()) > allowed
                    ? allowed + 1 : PlainText.distance(key, known.getKey());
            if (distance < bestDistance || distance == bestDistance && best != null && known.getValue().compareTo(best) < 0) {
                bestDistance = distance;
                best = known.getValue();
            }
        }
        return bestDistance <= allowed ? Optional.of(CountryCode.of(best)) : Optional.empty();
    }

    /** A list of names read in order; the names that are no country are in {@code unknown}. */
    record Reading(List<CountryCode> codes, List<String> unknown) {
    }

    /**
     * Reads "Armenia, Azerbaijan, Belarus", "Georgia and Azerbaijan", "Burkina Faso, Chad, Mali,
     * Mauritania and Niger": commas, semicolons and "and" separate names, except inside a name
     * that has one ("Bosnia and Herzegovina", "Trinidad and Tobago": the longest known name wins).
     */
    static Reading read(String text) {
        List<CountryCode> codes = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String part : Texts.splitOutsideParentheses(Texts.withoutTrailingPunctuation(PlainText.clean(text)), ",;")) {
            if (lookup(part).isPresent()) {
                codes.add(lookup(part).get());
                continue;
            }
            List<String> pieces = Texts.splitAtAnd(part);
            int i = 0;
            while (i < pieces.size()) {
                int found = -1;
                for (int j = pieces.size() - 1; j >= i && found < 0; j--) {
                    if (lookup(String.join(" and ", pieces.subList(i, j + 1))).isPresent()) {
                        found = j;
                    }
                }
                if (found < 0) {
                    unknown.add(Texts.withoutTrailingPunctuation(pieces.get(i)));
                    i++;
                } else {
                    codes.add(lookup(String.join(" and ", pieces.subList(i, found + 1))).orElseThrow());
                    i = found + 1;
                }
            }
        }
        return new Reading(codes, unknown);
    }
}
