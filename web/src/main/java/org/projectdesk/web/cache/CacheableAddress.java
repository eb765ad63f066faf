package org.projectdesk.web.cache;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which public addresses the response cache keeps, under which key, and what their answers depend
 * on. An address is kept when its path is a public page, feed, file or API answer and its query
 * names only the parameters that address reads (an unknown parameter would make a second copy of
 * the same answer, or put a stray parameter into its links; such a request is answered uncached).
 * The key is the path and the normalised query: parameters ordered by name, the values of one name
 * in their order, empty pieces left out. The language is part of the path ({@code /fr/…}) or of
 * the query ({@code lang=fr}), so part of the key.
 *
 * @param key     the path and normalised query
 * @param project the slug of the one project the answer is about, or null for an answer about many
 */
record CacheableAddress(String key, String project) {

    static final int MAX_QUERY_LENGTH = 2048;
    private static final int MAX_PARAMETERS = 64;

    private static final Set<String> NONE = Set.of();
    private static final Set<String> LISTING = Set.of("q", "country", "region", "donor", "org", "status", "start",
            "end", "sort", "page", "size");
    private static final Set<String> API_LIST = Set.of("q", "country", "region", "donor", "organisation", "status",
            "startYear", "endYear", "sort", "page", "size", "lang");
    private static final Set<String> LANGUAGE = Set.of("lang");
    private static final Set<String> PAGE = Set.of("page");

    private static final String PREFIX = "(?:/(?:fr|ru))?";
    private static final String SLUG = "([a-z0-9]+(?:-[a-z0-9]+)*)";
    private static final List<Kind> KINDS = List.of(
            new Kind(PREFIX + "/projects/?", LISTING, false),
            new Kind(PREFIX + "/projects/" + SLUG + "/?", NONE, true),
            new Kind(PREFIX + "/projects/" + SLUG + "/factsheet\\.pdf", NONE, true),
            new Kind(PREFIX + "/timeline/?", LISTING, false),
            new Kind(PREFIX + "/countries/[A-Za-z]{2}/?", PAGE, false),
            new Kind(PREFIX + "/organisations/" + SLUG + "/?", PAGE, false),
            new Kind(PREFIX + "/regions/" + SLUG + "/?", PAGE, false),
            new Kind(PREFIX + "/map/?", LISTING, false),
            new Kind(PREFIX + "/feed\\.atom", LISTING, false),
            new Kind("/sitemap\\.xml", NONE, false),
            new Kind("/robots\\.txt", NONE, false),
            new Kind("/api/v1/projects", API_LIST, false),
            new Kind("/api/v1/projects/" + SLUG, LANGUAGE, true),
            new Kind("/api/v1/(?:organisations|countries)", LANGUAGE, false),
            new Kind("/api/openapi\\.json", NONE, false),
            new Kind("/iati/activities\\.xml", NONE, false),
            new Kind("/iati/activities/" + SLUG + "\\.xml", NONE, true));

    /** The cacheable address of a request's path (without context path) and raw query, if it is one. */
    static Optional<CacheableAddress> of(String path, String rawQuery) {
        for (Kind kind : KINDS) {
            Matcher matcher = kind.pattern().matcher(path);
            if (matcher.matches()) {
                return normalisedQuery(rawQuery, kind.parameters())
                        .map(query -> new CacheableAddress(query.isEmpty() ? path : path + "?" + query,
                                kind.aboutOneProject() ? matcher.group(1) : null));
            }
        }
        return Optional.empty();
    }

    /** The query ordered by parameter name; empty when it names a parameter the address does not read. */
    static Optional<String> normalisedQuery(String rawQuery, Set<String> allowed) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return Optional.of("");
        }
        if (rawQuery.length() > MAX_QUERY_LENGTH) {
            return Optional.empty();
        }
        List<String[]> pairs = new ArrayList<>();
        for (String piece : rawQuery.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int equals = piece.indexOf('=');
            String name;
            try {
                name = URLDecoder.decode(equals < 0 ? piece : piece.substring(0, equals), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (!allowed.contains(name) || pairs.size() >= MAX_PARAMETERS) {
                return Optional.empty();
            }
            pairs.add(new String[]{name, piece});
        }
        pairs.sort(Comparator.comparing(pair -> pair[0]));
        return Optional.of(String.join("&", pairs.stream().map(pair -> pair[1]).toList()));
    }

    private record Kind(Pattern pattern, Set<String> parameters, boolean aboutOneProject) {
        Kind(String regex, Set<String> parameters, boolean aboutOneProject) {
            this(Pattern.compile(regex), parameters, aboutOneProject);
        }
    }
}
