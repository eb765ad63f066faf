package org.projectdesk.domain.importing;

import org.projectdesk.domain.shared.PlainText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of {@link KnownOrganisation}s and how a name written on the page is matched to one:
 * by acronym, English name or another known spelling (case, accents, punctuation and a leading
 * "the" do not matter), else by a near spelling of a long name, which counts as a correction
 * ("Stat Border Guard of Latvia" is the State Border Guard of Latvia).
 */
public final class KnownOrganisations {

    /** Names shorter than this (as keys) are never corrected: "UNDP" must not become "UNHCR". */
    private static final int MIN_LENGTH_FOR_CORRECTION = 10;

    private static final Map<String, KnownOrganisation> BY_KEY = new HashMap<>();
    private static final Map<String, KnownOrganisation> CORRECTABLE = new HashMap<>();

    static {
        for (KnownOrganisation organisation : KnownOrganisation.values()) {
            List<String> names = new ArrayList<>(organisation.otherNames());
            names.add(organisation.englishName());
            organisation.localizedName().asMap().values().forEach(names::add);
            if (organisation.acronym() != null) {
                names.add(organisation.acronym());
            }
            for (String name : names) {
                String key = PlainText.key(name);
                KnownOrganisation previous = BY_KEY.putIfAbsent(key, organisation);
                if (previous != null && previous != organisation) {
                    throw new IllegalStateException("\"" + name + "\" names both " + previous + " and " + organisation);
                }
                if (key.length() >= MIN_LENGTH_FOR_CORRECTION) {
                    CORRECTABLE.put(key, organisation);
                }
            }
        }
    }

    private KnownOrganisations() {
    }

    /**
     * A name on the page matched to a known organisation.
     *
     * @param organisation the organisation
     * @param written      the name as the page writes it
     * @param corrected    whether the name was misspelt and matched by its closeness to a known name
     */
    public record Match(KnownOrganisation organisation, String written, boolean corrected) {

        /** The name to show: as written, or the organisation's English name if the written one was misspelt. */
        public String name() {
            return corrected ? organisation.englishName() : written;
        }
    }

    /** Every organisation in the catalogue. */
    public static List<KnownOrganisation> all() {
        return Collections.unmodifiableList(Arrays.asList(KnownOrganisation.values()));
    }

    /** The organisation the name (or acronym) stands for, if the catalogue knows it, allowing small misspellings of long names. */
    public static Optional<Match> find(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String key = PlainText.key(written);
        KnownOrganisation exact = BY_KEY.get(key);
        if (exact != null) {
            return Optional.of(new Match(exact, PlainText.clean(written), false));
        }
        if (key.length() < MIN_LENGTH_FOR_CORRECTION) {
            return Optional.empty();
        }
        int allowed = key.length() >= 20 ? 2 : 1;
        KnownOrganisation best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Map.Entry<String, KnownOrganisation> candidate : CORRECTABLE.entrySet()) {
            int distance = PlainText.distance(key, candidate.getKey());
            if (distance < bestDistance) {
                best = candidate.getValue();
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance && candidate.getValue() != best) {
                tie = true;
            }
        }
        if (best == null || bestDistance > allowed || tie) {
            return Optional.empty();
        }
        return Optional.of(new Match(best, PlainText.clean(written), true));
    }

    /** The organisation known by exactly this acronym, e.g. {@code ICMPD}. */
    public static Optional<KnownOrganisation> byAcronym(String acronym) {
        return Arrays.stream(KnownOrganisation.values())
                .filter(o -> o.acronym() != null && o.acronym().equalsIgnoreCase(PlainText.clean(acronym)))
                .findFirst();
    }
}
