package org.projectdesk.domain.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WebLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://www.icmpd.org/mibma", "http://example.org", " HTTPS://Example.org/a?b=c#d "})
    void httpAndHttpsAddressesAreAccepted(String url) {
        assertEquals(url.strip(), WebLink.of("MIBMA website", url).url());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"ftp://example.org/file", "javascript:alert(1)", "mailto:info@example.org",
            "www.example.org", "https://", "http:///path", "", "https://exa mple.org", "file:///etc/passwd"})
    void otherAddressesAreRefused(String url) {
        InvalidValueException refused = assertThrows(InvalidValueException.class, () -> WebLink.of("Site", url));
        assertEquals("links", refused.field());
        assertEquals("error.link.invalidUrl", refused.messageKey());
    }

    @Test
    void overlongAddressesAreRefused() {
        String url = "https://example.org/" + "a".repeat(WebLink.MAX_URL_LENGTH);
        assertThrows(InvalidValueException.class, () -> WebLink.of("Site", url));
    }

    @Test
    void aLabelIsRequired() {
        assertEquals("error.link.labelRequired", assertThrows(InvalidValueException.class,
                () -> WebLink.of((LocalizedText) null, "https://example.org")).messageKey());
        assertThrows(InvalidValueException.class, () -> WebLink.of(" ", "https://example.org"));
    }

    @Test
    void equality() {
        assertEquals(WebLink.of("BOMCA", "https://bomca.eu"), WebLink.of(LocalizedText.of("BOMCA"), "https://bomca.eu"));
    }
}
