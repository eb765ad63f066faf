package org.projectdesk.web.seo;

/**
 * JSON text made safe to place inside an HTML {@code <script>} element (JSON-LD): every {@code <},
 * {@code >} and {@code &} becomes its JSON escape, so no text in the data can close the element,
 * open a comment ({@code <!--}, which would swallow the rest of the page into the script) or start
 * a character reference; U+2028 and U+2029 are escaped too, which older JavaScript parsers take for
 * line ends. The JSON means the same to a JSON reader.
 */
public final class JsonInHtml {

    private JsonInHtml() {
    }

    public static String escape(String json) {
        StringBuilder safe = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> safe.append("\\u003c");
                case '>' -> safe.append("\\u003e");
                case '&' -> safe.append("\\u0026");
                case '\u2028' -> safe.append("\\u2028");
                case '\u2029' -> safe.append("\\u2029");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
