package org.projectdesk.testsupport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The inline scripts of a page as a Content-Security-Policy sees them. */
public final class InlineScripts {

    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private InlineScripts() {
    }

    /** The hash sources ({@code 'sha256-…'}) of the page's scripts without {@code src}, as a browser computes them. */
    public static Set<String> hashSources(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (!script.group(1).contains("src=")) {
                hashes.add("'sha256-" + Base64.getEncoder().encodeToString(
                        sha256(script.group(2).getBytes(StandardCharsets.UTF_8))) + "'");
            }
        }
        return hashes;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
