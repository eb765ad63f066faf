package org.projectdesk.web.seo;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class JsonInHtmlTest {

    private static final String JSON = "{\"name\":\"<!--<script>alert(1)</script> & </script><b>\u2028\u2029\"}";

    @Test
    void nothingInTheDataCanEndOrCommentTheScriptElement() {
        String escaped = JsonInHtml.escape(JSON);
        assertFalse(escaped.contains("<"), escaped);
        assertFalse(escaped.contains(">"), escaped);
        assertFalse(escaped.contains("&"), escaped);
        assertFalse(escaped.contains("\u2028") || escaped.contains("\u2029"), escaped);
    }

    @Test
    void onlyJsonEscapesAreUsedSoTheDataMeansTheSame() {
        assertEquals("{\"name\":\"\\u003c!--\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 "
                + "\\u003c/script\\u003e\\u003cb\\u003e\\u2028\\u2029\"}", JsonInHtml.escape(JSON));
    }
}
