package org.projectdesk.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.importing.EntryImport;
import org.projectdesk.persistence.importing.ImportReport;
import org.projectdesk.persistence.importing.UploadedFile;
import org.projectdesk.persistence.reference.JpaOrganisationRepository;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.HostilePayloads;
import org.projectdesk.testsupport.HtmlTags;
import org.projectdesk.testsupport.InlineScripts;
import org.projectdesk.testsupport.Outcome;
import org.projectdesk.testsupport.RolledBack;
import org.projectdesk.testsupport.Visitor;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile input corpus ({@link HostilePayloads}) in every text field of published entries,
 * written through the editorial service (what the entry form calls) and through the import, in all
 * three languages: every public page, the listing, timeline, feed, site map, the JSON API, the
 * factsheet PDF and the IATI files must show it as plain text, stay well-formed, and keep the rest
 * of the page whole. Texts over the limits (a megabyte) are refused with a message, not stored.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final Logger LOG = Logger.getLogger(HostileInputIT.class.getName());
    /** Elements the site never writes into a public page. */
    private static final Set<String> FOREIGN_ELEMENTS = Set.of("iframe", "frame", "frameset", "object", "embed", "applet",
            "base", "style", "math", "template");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcdoc",
            "data", "background", "poster");
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\"[^>]*>(.*?)</script>",
            Pattern.DOTALL);
    private static final Pattern DANGEROUS_URL = Pattern.compile("^\\s*(javascript|data|vbscript):", Pattern.CASE_INSENSITIVE);

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(HostileInputIT.class, Visitor.class, HostilePayloads.class, HtmlTags.class,
                HtmlTags.Tag.class, InlineScripts.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EntryImport importer;

    @Inject
    JpaOrganisationRepository organisations;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    private final Visitor reader = new Visitor();
    private int requests;

    @Test
    void everyPublicAnswerShowsTheCorpusAsPlainText() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<String> slugs = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try {
            Organisation undp = inTransaction(() -> organisations.findByAcronymOrName("UNDP").orElseThrow());
            List<String> payloads = HostilePayloads.ALL;
            for (int i = 0; i < payloads.size(); i++) {
                String slug = "it-hostile-" + run + "-" + i;
                ProjectContent content = content(i, payloads.get(i), undp);
                long id = callers.get(Caller.AUTHOR, () -> editorial.create(content, slug)).id();
                ids.add(id);
                slugs.add(slug);
            }
            ImportReport imported = callers.get(Caller.EDITOR, () -> importer.importFile(new UploadedFile("hostile.json",
                    importFile(run, payloads).getBytes(StandardCharsets.UTF_8)), false));
            assertTrue(imported.written(), imported.issues()::toString);
            for (String slug : imported.written() ? imported.importedSlugs() : List.<String>of()) {
                slugs.add(slug);
                ids.add(idOf(slug));
            }
            for (long id : ids) {
                callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, version(id)));
                callers.get(Caller.REVIEWER, () -> editorial.approve(id, version(id)));
            }

            List<Executable> checks = new ArrayList<>();
            for (int i = 0; i < slugs.size(); i++) {
                String slug = slugs.get(i);
                String payload = payloads.get(i % payloads.size());
                for (String prefix : i < payloads.size() ? List.of("", "/fr", "/ru") : List.of("")) {
                    checks.add(page(prefix + "/projects/" + slug, payload));
                }
                checks.add(json("/api/v1/projects/" + slug));
                checks.add(xml("/iati/activities/" + slug + ".xml"));
                if (i < payloads.size()) {
                    checks.add(pdf("/projects/" + slug + "/factsheet.pdf"));
                }
            }
            for (String listing : List.of("/projects?country=IS&size=100", "/fr/projects?country=IS&size=100&page=2",
                    "/projects?q=hostile&size=100", "/ru/projects?q=hostile+script", "/timeline?country=IS",
                    "/countries/is", "/organisations/undp")) {
                checks.add(page(listing, null));
            }
            checks.add(xml("/feed.atom?country=IS"));
            checks.add(xml("/fr/feed.atom?country=IS"));
            checks.add(xml("/sitemap.xml"));
            checks.add(xml("/iati/activities.xml"));
            checks.add(json("/api/v1/projects?country=IS&size=100"));
            checks.add(json("/api/v1/projects?q=hostile&size=100&lang=ru"));
            checks.add(json("/api/v1/organisations"));
            int count = requests;
            LOG.info(() -> "Hostile input: " + payloads.size() + " payloads in every text field of " + slugs.size()
                    + " published entries, " + count + " public answers checked");
            assertAll(checks);
        } finally {
            for (long id : ids) {
                callers.as(Caller.REVIEWER, () -> editorial.unpublish(id, version(id), "hostile input test done"));
            }
        }
    }

    @Test
    void aMegabyteInAFieldIsRefusedWithAMessage() {
        Organisation undp = inTransaction(() -> organisations.findByAcronymOrName("UNDP").orElseThrow());
        ProjectContent.Builder base = content(0, "big", undp).toBuilder();
        for (ProjectContent.Builder big : List.of(base.objective(LocalizedText.of(HostilePayloads.ONE_MEGABYTE)),
                content(0, "big", undp).toBuilder().title(HostilePayloads.ONE_MEGABYTE))) {
            Outcome outcome = callers.as(Caller.AUTHOR, () -> editorial.create(big.build(), null));
            assertEquals(Outcome.Kind.REFUSED, outcome.kind(), outcome::toString);
        }
        InvalidValueException refusal = org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                () -> content(0, "big", undp).toBuilder().notes(LocalizedText.of(HostilePayloads.ONE_MEGABYTE)).build());
        assertTrue(refusal.getMessage().length() < 300, refusal::getMessage);

        String file = Json.createObjectBuilder().add("title", "Big").add("objective", HostilePayloads.ONE_MEGABYTE)
                .build().toString();
        ImportReport report = callers.get(Caller.EDITOR, () -> importer.importFile(new UploadedFile("big.json",
                file.getBytes(StandardCharsets.UTF_8)), false));
        assertFalse(report.written());
        assertTrue(report.hasErrors());
        assertTrue(report.errors().get(0).message().length() < 400, report.errors().get(0)::message);
    }

    // --- the entries ---

    private static ProjectContent content(int number, String payload, Organisation lead) {
        LocalizedText text = LocalizedText.of(payload, payload + " (fr)", payload + " (ru)");
        ProjectContent.Builder content = ProjectContent.builder()
                .title(LocalizedText.of(title(number, payload), title(number, payload) + " fr", title(number, payload) + " ru"))
                .objective(text)
                .addSpecificObjective(text)
                .addTargetGroup(text)
                .addFinalBeneficiary(text)
                .addSubArea(text)
                .thematicArea(text)
                .notes(text)
                .addLink(WebLink.of(text, "https://example.org/hostile/" + number))
                .addParticipation(Participation.lead(lead))
                .duration(MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2028, 12)))
                .addCountry(CountryCode.of("IS"));
        if (payload.strip().length() <= ProjectContent.MAX_ACRONYM_LENGTH) {
            content.acronym(payload);
        }
        if (payload.matches("(?i)\\s*(javascript|data|vbscript):.*")) {
            org.junit.jupiter.api.Assertions.assertThrows(InvalidValueException.class,
                    () -> WebLink.of(LocalizedText.of("link"), payload), "a " + payload + " link is refused");
        }
        return content.build();
    }

    private static String title(int number, String payload) {
        return "Zz hostile " + number + " " + payload;
    }

    private static String importFile(String run, List<String> payloads) {
        JsonArrayBuilder entries = Json.createArrayBuilder();
        for (int i = 0; i < payloads.size(); i++) {
            String payload = payloads.get(i);
            JsonObject text = Json.createObjectBuilder().add("en", payload).add("fr", payload).add("ru", payload).build();
            JsonObjectBuilder entry = Json.createObjectBuilder()
                    .add("slug", "it-hostile-import-" + run + "-" + i)
                    .add("title", Json.createObjectBuilder().add("en", "Zz hostile import " + i + " " + payload))
                    .add("objective", text)
                    .add("specificObjectives", Json.createArrayBuilder().add(text))
                    .add("targetGroups", Json.createArrayBuilder().add(payload))
                    .add("finalBeneficiaries", Json.createArrayBuilder().add(payload))
                    .add("subAreas", Json.createArrayBuilder().add(payload))
                    .add("thematicArea", payload)
                    .add("notes", text)
                    .add("links", Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", payload)
                            .add("url", "https://example.org/imported/" + i)))
                    .add("leadImplementer", Json.createObjectBuilder().add("slug", "undp"))
                    .add("duration", Json.createObjectBuilder().add("start", "2025-01").add("end", "2028-12"))
                    .add("countries", Json.createArrayBuilder().add("IS"));
            if (payload.strip().length() <= ProjectContent.MAX_ACRONYM_LENGTH) {
                entry.add("acronym", payload);
            }
            entries.add(entry);
        }
        return Json.createObjectBuilder().add("entries", entries).build().toString();
    }

    // --- what the public side must show ---

    /** An HTML page: whole, no inline handler, no script but the page's own, no dangerous address, payload as text. */
    private Executable page(String path, String payload) {
        HttpResponse<String> response = reader.get(path);
        requests++;
        String html = response.body();
        return () -> {
            assertEquals(200, response.statusCode(), path);
            assertTrue(html.strip().endsWith("</html>") && html.contains("<footer"), () -> path + " is cut short");
            String policy = response.headers().firstValue("Content-Security-Policy").orElse("");
            String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
            // a kept page names its own inline scripts by their hashes instead of a nonce
            for (String hash : InlineScripts.hashSources(html)) {
                assertTrue(policy.contains("'nonce-") || policy.contains(hash),
                        () -> path + " has an inline script its policy does not allow: " + hash);
            }
            for (HtmlTags.Tag tag : HtmlTags.of(html)) {
                assertFalse(FOREIGN_ELEMENTS.contains(tag.name()), () -> path + " has a " + tag);
                assertFalse(tag.name().equals("meta") && tag.attributes().containsKey("http-equiv"), () -> path + " has " + tag);
                for (Map.Entry<String, String> attribute : tag.attributes().entrySet()) {
                    assertFalse(attribute.getKey().startsWith("on"), () -> path + " has an event handler: " + tag);
                    assertFalse(URL_ATTRIBUTES.contains(attribute.getKey()) && DANGEROUS_URL.matcher(attribute.getValue()).find(),
                            () -> path + " has a script address: " + tag);
                    assertFalse(URL_ATTRIBUTES.contains(attribute.getKey()) && attribute.getValue().contains("evil.example"),
                            () -> path + " points to the attacker's host: " + tag);
                }
                if (tag.name().equals("script") && policy.contains("'nonce-")) {
                    assertTrue(nonce.equals(tag.attribute("nonce")) || "application/ld+json".equals(tag.attribute("type")),
                            () -> path + " has a script the page did not write: " + tag);
                }
            }
            Matcher jsonLd = JSON_LD.matcher(html);
            while (jsonLd.find()) {
                // a "<" in the block lets "<!--<script>" keep the script element open past its end tag
                assertFalse(jsonLd.group(1).contains("<"), () -> path + " has markup in its JSON-LD: " + jsonLd.group(1));
                try (JsonReader json = Json.createReader(new StringReader(jsonLd.group(1)))) {
                    assertTrue(json.readObject().getString("name").startsWith("Zz hostile")
                            || !path.contains("it-hostile"), path);
                }
            }
            if (payload != null) {
                if (payload.contains("<")) {
                    assertFalse(html.contains(payload), () -> path + " shows the payload unescaped: " + payload);
                }
                if (payload.contains("7*191")) {
                    String escaped = payload.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                    assertTrue(html.contains(escaped) || html.contains(escaped.replace("'", "&#39;")),
                            () -> path + " evaluated " + payload);
                }
            }
        };
    }

    /** A JSON answer that parses. */
    private Executable json(String path) {
        HttpResponse<String> response = reader.get(path);
        requests++;
        return () -> {
            assertEquals(200, response.statusCode(), path);
            try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
                JsonObject object = json.readObject();
                assertFalse(object.isEmpty(), path);
            }
        };
    }

    /** An XML answer (IATI, feed, site map) that is well-formed, read without any DTD. */
    private Executable xml(String path) {
        HttpResponse<String> response = reader.get(path);
        requests++;
        return () -> {
            assertEquals(200, response.statusCode(), path);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertTrue(document.getDocumentElement() != null, path);
        };
    }

    private Executable pdf(String path) {
        HttpResponse<String> response = reader.get(path);
        requests++;
        return () -> {
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), path);
            assertTrue(response.body().startsWith("%PDF"), path);
        };
    }

    // --- the database ---

    private long version(long id) {
        return inTransaction(() -> ((Number) em.createNativeQuery("select version from project_entry where id = ?1")
                .setParameter(1, id).getSingleResult()).longValue());
    }

    private long idOf(String slug) {
        return inTransaction(() -> ((Number) em.createNativeQuery("select id from project_entry where slug = ?1")
                .setParameter(1, slug).getSingleResult()).longValue());
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return RolledBack.read(transaction, work);
    }
}
