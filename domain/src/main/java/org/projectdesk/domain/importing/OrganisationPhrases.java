package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.PlainText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the organisation phrases of one section: "led by Frontex in Partnership with IOM, WCO and
 * ICMPD", "ICMPD (lead), UNDP (partner)", "Consortium of partners under the lead of the State Border
 * Guard of Latvia", "UNDP in partnership with ICMPD", "European Commission (ENPI)", "European Union
 * and Switzerland", "France, Switzerland".
 */
final class OrganisationPhrases {

    static final String FIELD = "organisations";

    private static final Pattern LEAD_PHRASE = Pattern.compile(
            "^(?<before>.*?)\\s*\\b(?:under the (?:lead|leadership) of|led by)\\s+(?<rest>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PARTNERSHIP = Pattern.compile(
            "^(?<lead>.+?)\\s+(?:in partnership with|in co-?operation with|together with|jointly with)\\s+(?<partners>.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("^(?<name>.*?)\\s*\\((?<inside>[^()]*)\\)$");
    private static final Set<String> LEAD_MARKERS = Set.of("lead", "leader", "lead partner", "lead agency",
            "lead implementer", "coordinator", "chef de file");
    private static final Set<String> PARTNER_MARKERS = Set.of("partner", "co implementer", "implementing partner",
            "co implementing partner", "associate", "associated partner");
    /** EU (and other) funding instruments, as comparison keys. */
    private static final Set<String> INSTRUMENTS = Set.of("enpi", "eni", "ipa", "ipa i", "ipa ii", "ipa iii",
            "ipa 1", "ipa 2", "ipa 3", "dci", "edf", "eidhr", "icsp", "ifs", "amif", "isf", "eutf", "eutf africa",
            "ndici", "ndici global europe", "global europe", "pi", "cfsp", "tacis", "cards", "meda", "phare");

    private final ProblemLog log;
    private final int section;

    OrganisationPhrases(ProblemLog log, int section) {
        this.log = log;
        this.section = section;
    }

    /** The "Implementing Agency:" value: the lead and its implementing partners. */
    List<OrganisationMention> implementers(String value, int line) {
        String text = Texts.withoutTrailingPunctuation(PlainText.clean(value));
        List<OrganisationMention> mentions = new ArrayList<>();
        String rest = text;
        boolean explicitLead = false;
        Matcher lead = LEAD_PHRASE.matcher(text);
        if (lead.matches()) {
            explicitLead = true;
            rest = lead.group("rest");
            String before = lead.group("before").strip();
            if (!before.isEmpty()) {
                if (before.toLowerCase(Locale.ROOT).contains("consortium")) {
                    log.warning(section, line, FIELD, "unnamedConsortiumPartners",
                            "\"{0}\": the other members of the consortium are not named; only its lead was imported.",
                            text);
                } else {
                    log.warning(section, line, FIELD, "unreadOrganisationText",
                            "\"{0}\" before the lead organisation was not read.", before);
                }
            }
        }
        Matcher partnership = PARTNERSHIP.matcher(rest);
        if (partnership.matches()) {
            for (String item : items(partnership.group("lead"))) {
                mentions.add(mention(item, MentionRole.LEAD_IMPLEMENTER, line));
            }
            for (String item : items(partnership.group("partners"))) {
                mentions.add(mention(item, MentionRole.IMPLEMENTING_PARTNER, line));
            }
            return mentions;
        }
        List<String> items = items(rest);
        if (explicitLead) {
            items.forEach(item -> mentions.add(mention(item, MentionRole.LEAD_IMPLEMENTER, line)));
            return mentions;
        }
        boolean markedLead = items.stream().anyMatch(item -> LEAD_MARKERS.contains(marker(item)));
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String marker = marker(item);
            MentionRole role;
            if (LEAD_MARKERS.contains(marker)) {
                role = MentionRole.LEAD_IMPLEMENTER;
            } else if (PARTNER_MARKERS.contains(marker)) {
                role = MentionRole.IMPLEMENTING_PARTNER;
            } else {
                role = i == 0 && !markedLead ? MentionRole.LEAD_IMPLEMENTER : MentionRole.IMPLEMENTING_PARTNER;
            }
            String withoutMarker = LEAD_MARKERS.contains(marker) || PARTNER_MARKERS.contains(marker)
                    ? parenthesis(item)[0] : item;
            mentions.add(mention(withoutMarker, role, line));
        }
        return mentions;
    }

    /** The "Donor:" value: each donor, with the funding instrument in brackets if any. */
    List<OrganisationMention> donors(String value, int line) {
        List<OrganisationMention> mentions = new ArrayList<>();
        for (String item : items(Texts.withoutTrailingPunctuation(PlainText.clean(value)))) {
            mentions.add(mention(item, MentionRole.DONOR, line));
        }
        return mentions;
    }

    /** The "Partners:" value. */
    List<OrganisationMention> partners(String value, int line) {
        List<OrganisationMention> mentions = new ArrayList<>();
        for (String item : items(Texts.withoutTrailingPunctuation(PlainText.clean(value)))) {
            mentions.add(mention(item, MentionRole.PARTNER, line));
        }
        return mentions;
    }

    /**
     * The list items: split at commas and semicolons; a part is split at "and" only when that
     * names at least one known organisation ("European Union and Switzerland") and kept whole
     * otherwise ("Ministry of Justice and Home Affairs").
     */
    private static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (String part : Texts.splitOutsideParentheses(text, ",;")) {
            if (known(part)) {
                items.add(part);
                continue;
            }
            List<String> pieces = Texts.splitAtAnd(part);
            if (pieces.size() > 1 && pieces.stream().anyMatch(OrganisationPhrases::known)) {
                items.addAll(pieces);
            } else {
                items.add(part);
            }
        }
        return items;
    }

    private static boolean known(String item) {
        return KnownOrganisations.find(cleanName(parenthesis(item)[0])).isPresent();
    }

    /** {name, inside} of "name (inside)"; inside is null without brackets. */
    private static String[] parenthesis(String item) {
        Matcher matcher = TRAILING_PARENTHESIS.matcher(item.strip());
        return matcher.matches()
                ? new String[] {matcher.group("name").strip(), matcher.group("inside").strip()}
                : new String[] {item.strip(), null};
    }

    private static String marker(String item) {
        String inside = parenthesis(item)[1];
        return inside == null ? "" : PlainText.key(inside);
    }

    private static String cleanName(String name) {
        String result = Texts.withoutTrailingPunctuation(name);
        return result.startsWith("the ") ? result.substring(4).strip() : result;
    }

    private OrganisationMention mention(String item, MentionRole role, int line) {
        String[] parts = parenthesis(item);
        String name = cleanName(parts[0]);
        String inside = parts[1];
        if (name.isEmpty() && inside != null) {
            name = inside;
            inside = null;
        }
        Optional<KnownOrganisations.Match> match = KnownOrganisations.find(name);
        if (match.isEmpty() && inside != null) {
            match = KnownOrganisations.find(inside).filter(m -> !m.corrected());
        }
        String acronym = null;
        String instrument = null;
        if (inside != null) {
            boolean isInstrument = role == MentionRole.DONOR
                    && (INSTRUMENTS.contains(PlainText.key(inside)) || !namesTheOrganisation(inside, name, match));
            if (isInstrument) {
                instrument = inside;
            } else {
                acronym = inside;
            }
        }
        KnownOrganisation resolved = null;
        if (match.isPresent()) {
            KnownOrganisations.Match found = match.get();
            resolved = found.organisation();
            if (found.corrected()) {
                log.warning(section, line, FIELD, "correctedOrganisationName",
                        "\"{0}\" was read as \"{1}\": check the spelling.", found.written(), found.name());
                name = found.name();
            }
            if (acronym == null) {
                acronym = resolved.acronym();
            }
        } else {
            log.warning(section, line, FIELD, "unknownOrganisation",
                    "unknown organisation {0}: it will be created.", name);
            if (acronym == null && Texts.looksLikeAcronym(name)) {
                acronym = name;
            }
        }
        return new OrganisationMention(name, acronym, role, instrument, resolved);
    }

    /** Whether the bracketed text is the organisation's acronym or other name rather than, say, an instrument. */
    private static boolean namesTheOrganisation(String inside, String name,
                                                Optional<KnownOrganisations.Match> match) {
        if (match.isPresent()) {
            Optional<KnownOrganisations.Match> insideMatch = KnownOrganisations.find(inside);
            return insideMatch.isPresent() && !insideMatch.get().corrected()
                    && insideMatch.get().organisation() == match.get().organisation();
        }
        StringBuilder initials = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
        }
        return initials.length() > 1 && initials.toString().equalsIgnoreCase(inside.replaceAll("[^\\p{L}]", ""));
    }
}
