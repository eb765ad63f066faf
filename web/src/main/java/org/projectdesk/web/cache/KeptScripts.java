package org.projectdesk.web.cache;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's Content-Security-Policy fit to be kept and sent to everyone. PrimeFaces' CSP mode
 * allows the page's inline scripts (its settings, its CSP set-up, widget scripts) by a nonce made
 * for that one request: a kept page would send that nonce to every visitor, and anyone who read it
 * could have a script of theirs run wherever the page let markup through. A kept page is therefore
 * sent with a policy that names, instead of the nonce, the SHA-256 hash of each of its inline
 * scripts (CSP level 2 hash sources): exactly those scripts run, however often the page is sent,
 * and no other inline script does. The nonce attributes are taken out of its markup, since no
 * policy names them any more. Public pages post nothing and update nothing by Ajax, so no script is
 * made later in the browser that would need the nonce.
 */
final class KeptScripts {

    private static final Pattern SCRIPT = Pattern.compile("(<script\\b)([^>]*)(>)(.*?)(</script\\s*>)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern NONCE_ATTRIBUTE = Pattern.compile("\\s+nonce=(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_ATTRIBUTE = Pattern.compile("\\ssrc\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern NONCE_SOURCE = Pattern.compile("'nonce-([^']*)'");

    /** The page and its policy as kept. */
    record Page(String html, String policy) {
    }

    private KeptScripts() {
    }

    /** True when the policy allows scripts by a nonce, which a kept answer must not repeat. */
    static boolean namesNonce(String policy) {
        return policy != null && NONCE_SOURCE.matcher(policy).find();
    }

    /**
     * The page without nonce attributes and the policy with the hashes of the inline scripts the
     * nonce allowed where the nonce was. A script without the nonce (one that content let into the
     * page, say) stays as forbidden as it was: its hash is not named.
     */
    static Page keptForm(String html, String policy) {
        Set<String> nonces = new LinkedHashSet<>();
        Matcher source = NONCE_SOURCE.matcher(policy);
        while (source.find()) {
            nonces.add(source.group(1));
        }
        Set<String> hashes = new LinkedHashSet<>();
        StringBuilder page = new StringBuilder(html.length());
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            Matcher nonce = NONCE_ATTRIBUTE.matcher(script.group(2));
            boolean allowed = false;
            while (nonce.find()) {
                String value = nonce.group(1) != null ? nonce.group(1) : nonce.group(2) != null ? nonce.group(2) : nonce.group(3);
                allowed |= nonces.contains(value);
            }
            String attributes = nonce.replaceAll("");
            String content = script.group(4);
            if (allowed && !SOURCE_ATTRIBUTE.matcher(attributes).find()) {
                hashes.add("'sha256-" + sha256(content) + "'");
            }
            script.appendReplacement(page, Matcher.quoteReplacement(
                    script.group(1) + attributes + script.group(3) + content + script.group(5)));
        }
        script.appendTail(page);
        return new Page(page.toString(), withHashes(policy, hashes));
    }

    /** The policy with its first nonce source replaced by the hashes, and any other nonce source left out. */
    static String withHashes(String policy, Set<String> hashes) {
        StringBuilder kept = new StringBuilder(policy.length() + 48 * hashes.size());
        Matcher nonce = NONCE_SOURCE.matcher(policy);
        boolean first = true;
        while (nonce.find()) {
            nonce.appendReplacement(kept, first ? Matcher.quoteReplacement(String.join(" ", hashes)) : "");
            first = false;
        }
        nonce.appendTail(kept);
        return kept.toString().replaceAll(" {2,}", " ").replace(" ;", ";");
    }

    /** The base64 SHA-256 of a script's text in UTF-8, as browsers compute it for a hash source. */
    static String sha256(String script) {
        return Base64.getEncoder().encodeToString(ResponseCacheFilter.sha256(script.getBytes(StandardCharsets.UTF_8)));
    }
}
