package org.projectdesk.web.cache;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeptScriptsTest {

    private static final String POLICY = "default-src 'self'; object-src 'none'; script-src 'self' 'nonce-TjEyMw==';";

    @Test
    void inlineScriptsAreAllowedByTheirHashesInsteadOfTheNonce() throws NoSuchAlgorithmException {
        String settings = "if(window.PrimeFaces){PrimeFaces.settings.locale='fr';}";
        String setUp = "if(window.PrimeFaces){PrimeFaces.csp.init('TjEyMw==');}";
        String html = "<head><script src=\"/jakarta.faces.resource/core.js\" nonce=\"TjEyMw==\"></script>"
                + "<script nonce=\"TjEyMw==\">" + settings + "</script>"
                + "<script type=\"application/ld+json\" nonce=\"TjEyMw==\">{\"name\":\"Écoles\"}</script></head>"
                + "<body><p>a nonce=\"x\" in text stays</p><SCRIPT nonce='TjEyMw=='>" + setUp + "</SCRIPT></body>";

        KeptScripts.Page kept = KeptScripts.keptForm(html, POLICY);

        assertEquals("<head><script src=\"/jakarta.faces.resource/core.js\"></script>"
                + "<script>" + settings + "</script>"
                + "<script type=\"application/ld+json\">{\"name\":\"Écoles\"}</script></head>"
                + "<body><p>a nonce=\"x\" in text stays</p><SCRIPT>" + setUp + "</SCRIPT></body>", kept.html());
        assertEquals("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-" + hash(settings)
                + "' 'sha256-" + hash("{\"name\":\"Écoles\"}") + "' 'sha256-" + hash(setUp) + "';", kept.policy());
        assertFalse(KeptScripts.namesNonce(kept.policy()));
    }

    @Test
    void aScriptTheNonceDidNotAllowStaysForbidden() {
        String html = "<script nonce=\"TjEyMw==\">ok()</script><p><script>steal()</script></p>"
                + "<script nonce=\"guessed\">steal()</script>";
        KeptScripts.Page kept = KeptScripts.keptForm(html, POLICY);
        assertEquals("default-src 'self'; object-src 'none'; script-src 'self' 'sha256-" + KeptScripts.sha256("ok()") + "';",
                kept.policy());
        assertEquals("<script>ok()</script><p><script>steal()</script></p><script>steal()</script>", kept.html());
    }

    @Test
    void aPageWithoutInlineScriptsAllowsNoneAndOneHashIsNamedOnce() {
        assertEquals("script-src 'self';", KeptScripts.keptForm("<p>no script</p>", "script-src 'self' 'nonce-a';").policy());
        String twice = "<script nonce=\"a\">x()</script><script nonce=\"a\">x()</script>";
        String policy = KeptScripts.keptForm(twice, "script-src 'self' 'nonce-a'; style-src 'self'").policy();
        assertEquals("script-src 'self' 'sha256-" + KeptScripts.sha256("x()") + "'; style-src 'self'", policy);
    }

    @Test
    void onlyPoliciesWithANonceAreRewritten() {
        assertTrue(KeptScripts.namesNonce(POLICY));
        assertFalse(KeptScripts.namesNonce("script-src 'self'"));
        assertFalse(KeptScripts.namesNonce(null));
    }

    private static String hash(String script) throws NoSuchAlgorithmException {
        return Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8)));
    }
}
