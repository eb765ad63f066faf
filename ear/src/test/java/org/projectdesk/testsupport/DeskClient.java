package org.projectdesk.testsupport;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The desk as a browser uses it, without running its scripts: pages fetched, forms read from the
 * HTML and sent back with everything they hold (the Faces view state, hidden fields, the other
 * inputs as the page filled them), the page's CSP nonce as PrimeFaces' script adds it, and the
 * button pressed, the session in a cookie, redirects followed. A step
 * counts as done — acknowledged — only when the page that comes back says so.
 */
public final class DeskClient {

    private static final Pattern ENTRY_LINK = Pattern.compile("/desk/entry\\?id=(\\d+)");

    private final String base;
    private final HttpClient http;
    private Page last;

    /** The request parameter PrimeFaces' script sends the page's CSP nonce in. */
    private static final String CSP_NONCE = "primefaces.nonce";

    /** Between the values of a field that has several (never part of a value a form holds). */
    private static final String MORE = "\u0000";

    public DeskClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** A page as it came back. */
    public record Page(int status, URI address, Document document) {
        /** The page's own messages (not a field's), as a person reads them. */
        public String messages() {
            return document.select(".page-message").eachText().stream().collect(Collectors.joining(" | "));
        }

        /** The page's messages and every field's, to say why a step was refused. */
        public String problems() {
            return messages() + " | fields: " + document.select(".field-error").eachText().stream()
                    .collect(Collectors.joining(" | "));
        }

        public boolean says(String text) {
            return messages().contains(text);
        }

        public Element form(String id) {
            Element form = document.getElementById(id);
            if (form == null || !form.tagName().equals("form")) {
                throw new IllegalStateException("No form " + id + " on " + address + " (" + status + "): "
                        + document.title() + " " + messages());
            }
            return form;
        }
    }

    /** The page the latest request brought back. */
    public Page lastPage() {
        return last;
    }

    public Page get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Signs in on /login; true when the desk opened. */
    public boolean signIn(String username, String password) throws IOException {
        Page login = get("/login");
        Map<String, String> fields = fields(login.form("signIn"));
        fields.put("username", username);
        fields.put("password", password);
        Page after = post(login, "signIn", "signInButton", fields);
        return after.status() == 200 && after.address().getPath().startsWith("/desk");
    }

    /**
     * Uploads a JSON file on /desk/import, then presses "Import as drafts": the ids of the drafts
     * the page lists as imported, or empty when the page did not say so.
     */
    public Optional<List<Long>> importFile(String fileName, String json) throws IOException {
        Page form = get("/desk/import");
        Map<String, String> fields = fields(form.form("upload"));
        fields.put("check", "");
        Page checked = postMultipart(form, "upload", fields, "file", fileName, json.getBytes(StandardCharsets.UTF_8));
        if (checked.document().getElementById("import") == null) {
            throw new IllegalStateException("The import page offers no import: " + checked.messages());
        }
        Page imported = post(checked, "report", "import", fields(checked.form("report")));
        if (!imported.says("imported as a draft") && !imported.says("imported as drafts")) {
            return Optional.empty();
        }
        Element table = imported.document().getElementById("imported-table");
        List<Long> ids = new ArrayList<>();
        if (table != null) {
            for (Element link : table.select("a[href]")) {
                Matcher matcher = ENTRY_LINK.matcher(link.attr("href"));
                if (matcher.find()) {
                    ids.add(Long.parseLong(matcher.group(1)));
                }
            }
        }
        return Optional.of(ids);
    }

    /** Opens the entry's form, replaces its English title and saves; true when the page says it was saved. */
    public boolean saveTitle(long id, String title) throws IOException {
        Page page = get("/desk/entry?id=" + id);
        Element form = page.form("entry");
        Map<String, String> fields = fields(form);
        String titleField = form.select("input[id$=title-en]").attr("name");
        fields.put(titleField, title);
        return post(page, "entry", "save", fields).says("The draft was saved.");
    }

    public boolean submit(long id) throws IOException {
        Page page = get("/desk/entry?id=" + id);
        return post(page, "entry", "submit", fields(page.form("entry"))).says("The draft was submitted for review.");
    }

    public boolean startRevision(long id) throws IOException {
        Page page = get("/desk/entry?id=" + id);
        return post(page, "entry", "startRevision", fields(page.form("entry")))
                .says("A new draft was opened from the published version");
    }

    /** As a reviewer: approves the revision in review; true when the page says it is published. */
    public boolean approve(long id) throws IOException {
        Page page = get("/desk/review?id=" + id);
        return post(page, "decision", "approve", fields(page.form("decision"))).says("is published.");
    }

    /**
     * What the form sends as it stands: every named input except buttons and files (boxes only
     * when ticked), every text area, every select's chosen options. A field with several values
     * (the ticked boxes of a checkbox menu) keeps them all in its entry, and each is sent.
     */
    public static Map<String, String> fields(Element form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[name]")) {
            String type = input.attr("type").toLowerCase();
            if (List.of("submit", "button", "image", "reset", "file").contains(type)) {
                continue;
            }
            if ((type.equals("checkbox") || type.equals("radio")) && !input.hasAttr("checked")) {
                continue;
            }
            String value = type.equals("checkbox") && !input.hasAttr("value") ? "on" : input.val();
            // ticked boxes of one name (a checkbox menu's choices) are all sent, as a browser sends them
            fields.merge(input.attr("name"), value, type.equals("checkbox") ? DeskClient::bothValues : (old, now) -> now);
        }
        for (Element area : form.select("textarea[name]")) {
            fields.put(area.attr("name"), area.val());
        }
        for (Element select : form.select("select[name]")) {
            List<Element> chosen = select.select("option[selected]");
            if (chosen.isEmpty() && !select.hasAttr("multiple") && select.selectFirst("option") != null) {
                chosen = List.of(select.selectFirst("option"));
            }
            if (!select.hasAttr("multiple") && chosen.size() > 1) {
                chosen = chosen.subList(0, 1);
            }
            chosen.forEach(option -> fields.merge(select.attr("name"),
                    option.hasAttr("value") ? option.attr("value") : option.text(), DeskClient::bothValues));
        }
        return fields;
    }

    /** Several values of one field, kept in one map entry and sent as one parameter each. */
    private static String bothValues(String first, String second) {
        return first + MORE + second;
    }

    /** The field's parameters: one per value. */
    private static List<Map.Entry<String, String>> parameters(Map<String, String> fields) {
        return fields.entrySet().stream()
                .flatMap(field -> Arrays.stream(field.getValue().split(MORE, -1)).map(value -> Map.entry(field.getKey(), value)))
                .toList();
    }

    /** Sends the form with the button pressed. */
    public Page post(Page page, String formId, String button, Map<String, String> fields) throws IOException {
        Map<String, String> body = withNonce(page, fields);
        body.put(button, "");
        String encoded = parameters(body).stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded)));
    }

    private Page postMultipart(Page page, String formId, Map<String, String> fields, String fileField,
                               String fileName, byte[] file) throws IOException {
        String boundary = "----projectdesk" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : parameters(withNonce(page, fields))) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField
                + "\"; filename=\"" + fileName + "\"\r\nContent-Type: application/json\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(action(page, formId))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * The fields with the page's CSP nonce, as PrimeFaces' script adds it to every post it sends
     * (PrimeFaces refuses a post of a page without its nonce, as a forged one).
     */
    private static Map<String, String> withNonce(Page page, Map<String, String> fields) {
        Map<String, String> sent = new LinkedHashMap<>(fields);
        Element script = page.document().selectFirst("script[nonce]");
        if (script != null && !sent.containsKey(CSP_NONCE)) {
            sent.put(CSP_NONCE, script.attr("nonce"));
        }
        return sent;
    }

    private static URI action(Page page, String formId) {
        return page.address().resolve(page.form(formId).attr("action"));
    }

    private Page send(HttpRequest.Builder request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(90)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            last = new Page(response.statusCode(), response.uri(), Jsoup.parse(response.body(), response.uri().toString()));
            return last;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
