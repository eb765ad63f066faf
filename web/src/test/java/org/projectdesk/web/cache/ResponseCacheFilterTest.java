package org.projectdesk.web.cache;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResponseCacheFilterTest {

    @Test
    void readsAcceptEncoding() {
        assertTrue(ResponseCacheFilter.accepts("gzip, deflate, br", "gzip"));
        assertTrue(ResponseCacheFilter.accepts("br;q=1.0, gzip;q=0.8", "gzip"));
        assertTrue(ResponseCacheFilter.accepts("*", "gzip"));
        assertFalse(ResponseCacheFilter.accepts("gzip;q=0", "gzip"));
        assertFalse(ResponseCacheFilter.accepts("identity", "gzip"));
        assertFalse(ResponseCacheFilter.accepts(null, "gzip"));
    }

    @Test
    void readsAccept() {
        assertTrue(ResponseCacheFilter.acceptable(null, "application/json"));
        assertTrue(ResponseCacheFilter.acceptable("text/html,application/xhtml+xml,*/*;q=0.8", "application/json"));
        assertTrue(ResponseCacheFilter.acceptable("application/*", "application/json;charset=UTF-8"));
        assertFalse(ResponseCacheFilter.acceptable("text/html", "application/json;charset=UTF-8"));
        assertFalse(ResponseCacheFilter.acceptable("application/json;q=0, text/html", "application/json"));
    }

    @Test
    void comparesValidatorsStrongOrWeak() {
        assertTrue(ResponseCacheFilter.matches("\"a\", \"b\"", "\"b\""));
        assertTrue(ResponseCacheFilter.matches("W/\"b\"", "\"b\""));
        assertTrue(ResponseCacheFilter.matches("*", "\"b\""));
        assertFalse(ResponseCacheFilter.matches("\"b-gzip\"", "\"b\""));
        assertFalse(ResponseCacheFilter.matches(null, "\"b\""));
    }

    @Test
    void gzipRoundTripsAndOnlyTextIsCompressed() throws IOException {
        byte[] body = "<p>Border management</p>".repeat(100).getBytes(StandardCharsets.UTF_8);
        byte[] zipped = ResponseCacheFilter.gzipped(body);
        assertTrue(zipped.length < body.length / 4);
        assertArrayEquals(body, ResponseCacheFilter.gunzipped(zipped));
        assertTrue(ResponseCacheFilter.compressible("text/html;charset=UTF-8"));
        assertTrue(ResponseCacheFilter.compressible("application/atom+xml"));
        assertTrue(ResponseCacheFilter.compressible("application/json"));
        assertFalse(ResponseCacheFilter.compressible("application/pdf"));
        assertEquals(32, ResponseCacheFilter.etagOf(body).length());
    }

    @Test
    void privateOrNoStoreAnswersAreNotKept() {
        assertTrue(ResponseCacheFilter.privateOrNoStore("private, max-age=0"));
        assertTrue(ResponseCacheFilter.privateOrNoStore("no-store"));
        assertFalse(ResponseCacheFilter.privateOrNoStore("public, no-cache"));
        assertFalse(ResponseCacheFilter.privateOrNoStore(null));
    }
}
