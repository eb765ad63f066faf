package org.projectdesk.persistence.importing;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.YearMonth;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.opendata.EntryExport;
import org.projectdesk.persistence.opendata.OpenProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.testsupport.AsAdminInTransaction;
import org.projectdesk.testsupport.AsEditorInTransaction;
import org.projectdesk.testsupport.Deployments;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bulk import: the report of a file with many mistakes, all-or-nothing, limits and unreadable
 * files, the legacy page, and the round trip export → import into an empty database.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class EntryImportIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(EntryImportIT.class, AsAdminInTransaction.class, AsEditorInTransaction.class);
    }

    @Inject
    EntryImport importer;

    @Inject
    EntryExport exporter;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    PublishedProjects publishedProjects;

    @Inject
    AsEditorInTransaction asEditor;

    @Inject
    AsAdminInTransaction asAdmin;

    @Inject
    UserTransaction transaction;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    private static final String MISTAKES = """
            {
              "entries": [
                {
                  "slug": "it-bad-country",
                  "title": "Unknown country",
                  "countries": ["AM", "XX"]
                },
                {
                  "slug": "it-bad-dates",
                  "title": "End before start",
                  "duration": {"start": "2018-05", "end": "2017-01"}
                },
                {
                  "slug": "it-no-english",
                  "title": {"fr": "Titre sans anglais"}
                },
                {
                  "slug": "it-twice",
                  "title": "First with this slug"
                },
                {
                  "slug": "it-twice",
                  "title": "Second with this slug"
                },
                {
                  "slug": "mibma",
                  "title": "Slug already taken"
                },
                {
                  "slug": "it-unknown-org",
                  "title": "Unknown donor",
                  "donors": [{"organisation": {"name": "Fund That Does Not Exist"}, "fundingInstrument": "XYZ"}]
                },
                {
                  "slug": "it-bad-month",
                  "title": "Impossible month",
                  "duration": {"start": "2016-13", "end": "2018-01"}
                },
                {
                  "slug": "it-bad-language",
                  "title": {"en": "German given", "de": "Deutsch"}
                },
                {
                  "slug": "it-wrong-type",
                  "title": "Countries not a list",
                  "countries": "AM"
                },
                {
                  "slug": "Not A Slug",
                  "title": "Invalid slug"
                },
                {
                  "slug": "it-bad-link",
                  "title": "Link without web address",
                  "links": [{"label": "FTP", "url": "ftp://example.org/file"}]
                },
                {
                  "slug": "it-long-acronym",
                  "title": "Acronym too long",
                  "acronym": "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOP"
                },
                {
                  "slug": "it-repeated-field",
                  "title": "One title",
                  "title": "Two titles"
                },
                {
                  "slug": "it-fine-but-file-fails",
                  "title": "A correct entry in a file with mistakes",
                  "colour": "blue"
                },
                {
                  "slug": "it-bad-split",
                  "title": "Shares that do not add up",
                  "countries": [{"code": "AM", "percentage": 70}, {"code": "GE", "percentage": 20}]
                }
              ]
            }
            """;

    private static int lineOf(String text, String snippet) {
        int at = text.indexOf(snippet);
        assertTrue(at >= 0, snippet);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static UploadedFile json(String name, String text) {
        return new UploadedFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private ImportReport check(UploadedFile file, boolean create) throws Exception {
        return asEditor.call(() -> importer.check(file, create));
    }

    private ImportReport importFile(UploadedFile file, boolean create) throws Exception {
        return asEditor.call(() -> importer.importFile(file, create));
    }

    private static ImportIssue issue(ImportReport report, int entry, String rule) {
        return report.issuesOf(entry).stream().filter(i -> i.rule().equals(rule) || i.messageKey().endsWith("." + rule))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " for entry " + entry + " in " + report.issues()));
    }

    @Test
    void reportsEveryMistakeByEntryFieldAndLineAndWritesNothing() throws Exception {
        long before = entries.count();
        ImportReport report = importFile(json("mistakes.json", MISTAKES), false);
        assertFalse(report.written());
        assertEquals(ImportReport.FileFormat.JSON, report.format());
        assertEquals(16, report.entries());

        ImportIssue country = issue(report, 1, "country.unknown");
        assertEquals("countries[2]", country.field());
        assertEquals(lineOf(MISTAKES, "\"XX\""), country.line());
        assertEquals("Unknown country (it-bad-country)", country.entryLabel(), "an entry is named by its title and slug");

        ImportIssue dates = issue(report, 2, "duration.endBeforeStart");
        assertEquals("duration.end", dates.field());
        assertEquals(lineOf(MISTAKES, "\"2018-05\""), dates.line());

        ImportIssue english = issue(report, 3, "text.englishMissing");
        assertEquals("title", english.field());
        assertEquals(lineOf(MISTAKES, "Titre sans anglais"), english.line());

        ImportIssue twice = issue(report, 5, "slug.duplicateInFile");
        assertEquals(lineOf(MISTAKES, "Second with this slug") - 1, twice.line());
        assertTrue(report.issuesOf(4).isEmpty(), () -> report.issuesOf(4).toString());

        assertEquals("slug", issue(report, 6, "slug.taken").field());

        ImportIssue organisation = issue(report, 7, "organisation.unknown");
        assertEquals("donors[1]", organisation.field());
        assertEquals(lineOf(MISTAKES, "Fund That Does Not Exist"), organisation.line());
        assertEquals(1, report.newOrganisations().size());
        assertEquals("Fund That Does Not Exist", report.newOrganisations().get(0).name());

        assertEquals("duration.start", issue(report, 8, "duration.invalidMonth").field());
        assertEquals("title.de", issue(report, 9, "text.unknownLanguage").field());
        assertEquals(lineOf(MISTAKES, "\"countries\": \"AM\""), issue(report, 10, "field.wrongType").line());
        assertEquals("error.slug.invalid", issue(report, 11, "invalid").messageKey());
        assertEquals("links[1].url", issue(report, 12, "invalidUrl").field());
        assertEquals("acronym", issue(report, 13, "acronymTooLong").field());
        ImportIssue repeated = issue(report, 0, "file.duplicateMember");
        assertEquals(lineOf(MISTAKES, "\"Two titles\""), repeated.line());
        ImportIssue unknownField = issue(report, 15, "field.unknown");
        assertFalse(unknownField.isError());
        assertEquals("colour", unknownField.field());

        ImportIssue split = issue(report, 16, "sharesTotal");
        assertEquals("countries", split.field());
        assertEquals(lineOf(MISTAKES, "\"percentage\": 70"), split.line());

        assertTrue(report.errors().size() >= 14, report::toString);
        assertEquals(before, entries.count());
        assertFalse(entries.isSlugTaken(Slug.of("it-twice")));
        assertFalse(entries.isSlugTaken(Slug.of("it-fine-but-file-fails")));
        assertTrue(organisations.findByAcronymOrName("Fund That Does Not Exist").isEmpty());
    }

    @Test
    void importsAllOrNothingAndOnlyAsDrafts() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String good = """
                [
                  {"slug": "it-a-%1$s", "title": {"en": "First", "fr": "Premier"}, "sector": "15110",
                   "countries": [{"code": "AM", "percentage": 62.5}, {"code": "GE", "percentage": 37.5}],
                   "leadImplementer": {"slug": "icmpd"}, "duration": {"start": "2020-01", "end": "2021-06"}},
                  {"slug": "it-b-%1$s", "title": "Second", "donors": [{"organisation": {"name": "European Union"}, "fundingInstrument": "ENPI"}]},
                  {"slug": "it-c-%1$s", "title": "Third", "partners": [{"name": "Partner Org %1$s", "acronym": "PO%1$s"}]}
                ]
                """.formatted(tag);
        String broken = good.replace("\"Third\"", "\"Third\", \"duration\": \"2020-05/2019-01\"");
        long before = entries.count();

        ImportReport refused = importFile(json("broken.json", broken), true);
        assertFalse(refused.written());
        assertEquals(1, refused.errors().size(), refused::toString);
        assertEquals(3, refused.errors().get(0).entry());
        assertEquals(before, entries.count());
        assertFalse(entries.isSlugTaken(Slug.of("it-a-" + tag)));

        ImportReport offered = check(json("good.json", good), false);
        assertFalse(offered.written());
        assertEquals(List.of("po" + tag.toLowerCase()), offered.newOrganisations().stream().map(NewOrganisation::slug).toList());
        assertEquals(before, entries.count());

        ImportReport imported = importFile(json("good.json", good), true);
        assertTrue(imported.written(), imported::toString);
        assertEquals(List.of("it-a-" + tag, "it-b-" + tag, "it-c-" + tag), imported.importedSlugs());
        assertEquals(before + 3, entries.count());
        for (String slug : imported.importedSlugs()) {
            ProjectEntry entry = entries.findBySlug(Slug.of(slug)).orElseThrow();
            assertFalse(entry.isPublic());
            assertEquals(RevisionState.DRAFT, entry.openDraft().orElseThrow().state());
            assertTrue(publishedProjects.find(slug, Language.EN).isEmpty());
        }
        transaction.begin();
        try {
            var first = entries.findBySlug(Slug.of("it-a-" + tag)).orElseThrow().openDraft().orElseThrow().content();
            assertEquals("Premier", first.title().in(Language.FR).orElseThrow());
            assertEquals("15110", first.sector().orElseThrow());
            assertEquals(new java.math.BigDecimal("62.50"),
                    first.countryShares().get(org.projectdesk.domain.shared.CountryCode.of("AM")));
        } finally {
            transaction.rollback();
        }
        assertTrue(organisations.findByAcronymOrName("PO" + tag).isPresent());
    }

    @Test
    void unreadableFilesGetAClearMessage() throws Exception {
        assertEquals("file.empty", check(new UploadedFile("empty.json", new byte[0]), false).errors().get(0).rule());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
        ImportReport binary = check(new UploadedFile("photo.png", png), false);
        assertEquals(ImportReport.FileFormat.UNREADABLE, binary.format());
        assertEquals("file.binary", binary.errors().get(0).rule());
        assertEquals("file.notUtf8", check(new UploadedFile("latin1.txt",
                "Ongoing Projects\nCaf\u00e9".getBytes(StandardCharsets.ISO_8859_1)), false).errors().get(0).rule());

        ImportReport malformed = check(json("broken.json", "{\n  \"entries\": [\n    {\"title\": \"x\",}\n  ]\n}"), false);
        assertEquals("file.malformedJson", malformed.errors().get(0).rule());
        assertEquals(3, malformed.errors().get(0).line());

        byte[] huge = new byte[(int) asEditor.call(importer::maxBytes).longValue() + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        ImportReport tooLarge = check(new UploadedFile("huge.json", huge), false);
        assertEquals("file.tooLarge", tooLarge.errors().get(0).rule());
        assertTrue(tooLarge.errors().get(0).message().contains("MiB"));

        String many = java.util.stream.IntStream.range(0, 501).mapToObj(i -> "{\"title\": \"P" + i + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]"));
        assertEquals("file.tooManyEntries", check(json("many.json", many), false).errors().get(0).rule());
        assertEquals("file.noEntryList", check(json("other.json", "{\"hello\": 1}"), false).errors().get(0).rule());
    }

    @Test
    void hostileStructuresAndNumbersGetAReportNotAFailure() throws Exception {
        String deep = "[".repeat(5_000) + "]".repeat(5_000);
        ImportReport nested = check(json("deep.json", deep), false);
        assertEquals("file.nestedTooDeep", nested.errors().get(0).rule(), nested.issues()::toString);

        String deepObjects = "{\"entries\": [{\"title\": " + "{\"en\": ".repeat(3_000) + "\"x\"" + "}".repeat(3_000) + "}]}";
        assertEquals("file.nestedTooDeep", check(json("deep-objects.json", deepObjects), false).errors().get(0).rule());

        String digits = "{\"title\": \"Digits\", \"countries\": [{\"code\": \"AM\", \"percentage\": 1"
                + "0".repeat(1_200) + "}]}";
        ImportReport longNumber = check(json("digits.json", digits), false);
        assertEquals("file.numberTooLong", longNumber.errors().get(0).rule(), longNumber.issues()::toString);
        assertEquals(1, longNumber.errors().get(0).line());

        // the 250-byte file that exhausted the heap: a share of 1e999999999 percent
        String exponent = "{\"title\": \"Exponent\", \"countries\": [{\"code\": \"AM\", \"percentage\": 1e999999999}]}";
        ImportReport huge = importFile(json("exponent.json", exponent), false);
        assertFalse(huge.written());
        assertEquals("file.numberTooLong", huge.errors().get(0).rule(), huge.issues()::toString);

        String smallButOdd = "{\"title\": \"Odd share\", \"countries\": [{\"code\": \"AM\", \"percentage\": 1e-20}]}";
        ImportReport odd = check(json("odd.json", smallButOdd), false);
        assertTrue(odd.hasErrors());
        assertTrue(odd.errors().get(0).message().length() < 400, odd.errors().get(0)::message);
    }

    @Test
    void twoImportsOfTheSameSlugsAtOnceOneWinsTheOtherIsToldWhichAreTaken() throws Exception {
        String prefix = "it-race-" + UUID.randomUUID().toString().substring(0, 6);
        String file = java.util.stream.IntStream.range(0, 30)
                .mapToObj(i -> "{\"slug\": \"" + prefix + "-" + i + "\", \"title\": \"Race " + i + "\"}")
                .collect(Collectors.joining(",\n", "[\n", "\n]"));
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<ImportReport>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                String name = "race-" + i + ".json";
                runs.add(pool.submit(() -> {
                    start.await();
                    return importFile(json(name, file), false);
                }));
            }
            List<ImportReport> reports = new java.util.ArrayList<>();
            for (var run : runs) {
                reports.add(run.get(120, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, reports.stream().filter(ImportReport::written).count(), reports::toString);
            ImportReport lost = reports.stream().filter(report -> !report.written()).findFirst().orElseThrow();
            Set<String> taken = lost.errors().stream().filter(issue -> issue.rule().equals("slug.taken"))
                    .map(ImportIssue::entryLabel).collect(Collectors.toSet());
            assertEquals(30, taken.size(), lost.issues()::toString);
            assertTrue(taken.contains("Race 0 (" + prefix + "-0)") && taken.contains("Race 29 (" + prefix + "-29)"), taken::toString);
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 30; i++) {
            assertTrue(slugCount(prefix + "-" + i) == 1);
        }
    }

    private long slugCount(String slug) throws Exception {
        transaction.begin();
        try {
            return em.createQuery("select count(e) from ProjectEntry e where e.slug.value = :slug", Long.class)
                    .setParameter("slug", slug).getSingleResult();
        } finally {
            transaction.rollback();
        }
    }

    @Test
    void onlyEditorsMayImport() {
        assertThrows(EJBAccessException.class, () -> importer.check(json("x.json", "[]"), false));
    }

    @Test
    void theSeedPageIsReadButItsProjectsExistAlready() throws Exception {
        String page = java.nio.file.Files.readString(org.projectdesk.testsupport.SharedFiles.seedPage());
        long before = entries.count();
        ImportReport report = importFile(new UploadedFile("ongoing-projects.txt", page.getBytes(StandardCharsets.UTF_8)), true);
        assertEquals(ImportReport.FileFormat.LEGACY_PAGE, report.format());
        assertEquals(7, report.entries());
        assertFalse(report.written());
        assertEquals(7, report.errors().stream().filter(i -> i.rule().equals("slug.taken")).count(), report::toString);
        assertEquals(before, entries.count());
    }

    /**
     * A project as the API shows it ({@code GET /api/v1/projects/{slug}}) imports back: region
     * (by its code), sector and country shares included, with no error and no warning.
     */
    @Test
    void aProjectAsTheApiShowsItImportsBack() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Map<CountryCode, BigDecimal> shares = new LinkedHashMap<>();
        shares.put(CountryCode.of("KZ"), new BigDecimal("70.00"));
        shares.put(CountryCode.of("KG"), new BigDecimal("30.00"));
        transaction.begin();
        ProjectContent published = ProjectContent.builder()
                .title(LocalizedText.of("Workflow test API round trip " + tag))
                .acronym("ART")
                .objective(LocalizedText.of("To carry a project from the API back into the desk."))
                .addTargetGroup(LocalizedText.of("Border guards"))
                .duration(MonthRange.of(YearMonth.of(2025, 3), YearMonth.of(2027, 2)))
                .countries(List.of(CountryCode.of("KZ"), CountryCode.of("KG")))
                .countryShares(shares)
                .region(regions.findByCode(Slug.of("central-asia")).orElseThrow())
                .sector("15130")
                .addParticipation(Participation.lead(organisations.findBySlug(Slug.of("icmpd")).orElseThrow()))
                .addLink(WebLink.of(LocalizedText.of("Website"), "https://example.org/art"))
                .build();
        entries.store(ProjectEntry.imported(Slug.of("it-api-" + tag), published, Actor.system("it"), Instant.now()));
        transaction.commit();

        int port = 8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0);
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/projects/it-api-" + tag)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode(), api::body);
        assertTrue(api.body().contains("\"regionCode\":\"central-asia\""), api.body());
        assertTrue(api.body().contains("\"sector\":\"15130\""), api.body());
        String copy = api.body().replace("\"slug\":\"it-api-" + tag + "\"", "\"slug\":\"it-api-copy-" + tag + "\"");

        ImportReport report = importFile(json("project.json", copy), false);
        assertTrue(report.written(), report::toString);
        assertEquals(List.of(), report.issues(), "neither errors nor warnings");
        transaction.begin();
        try {
            ProjectContent imported = entries.findBySlug(Slug.of("it-api-copy-" + tag)).orElseThrow()
                    .openDraft().orElseThrow().content();
            assertEquals(OpenProject.of("x", published, null), OpenProject.of("x", imported, null));
            assertEquals("central-asia", imported.region().orElseThrow().code().value());
            assertEquals("15130", imported.sector().orElseThrow());
            assertEquals(shares, imported.countryShares());
        } finally {
            transaction.rollback();
        }
    }

    /** Export every entry, empty the database, import the export: the same entries, field for field. */
    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameEntries() throws Exception {
        transaction.begin();
        try {
            Map<String, OpenProject> original = new LinkedHashMap<>();
            Map<String, String> organisationsBefore = new LinkedHashMap<>();
            for (ProjectEntry entry : entries.findAll()) {
                original.put(entry.slug().value(), OpenProject.of(entry.slug().value(), entry.latestRevision().content(), null));
            }
            for (Organisation organisation : organisations.findAll()) {
                organisationsBefore.put(organisation.slug().value(), describe(organisation));
            }
            assertTrue(original.size() >= 7);
            byte[] export = asAdmin.call(exporter::exportAll);

            emptyDatabase();
            assertEquals(0, entries.count());

            ImportReport report = importFile(new UploadedFile("export.json", export), true);
            assertTrue(report.written(), report::toString);
            assertEquals(original.size(), report.importedSlugs().size());
            assertTrue(report.warnings().isEmpty(), report::toString);
            em.flush();
            em.clear();

            for (Map.Entry<String, OpenProject> expected : original.entrySet()) {
                ProjectEntry entry = entries.findBySlug(Slug.of(expected.getKey())).orElseThrow();
                assertEquals(RevisionState.DRAFT, entry.latestRevision().state());
                assertEquals(expected.getValue(), OpenProject.of(expected.getKey(), entry.latestRevision().content(), null),
                        expected.getKey());
            }
            for (Organisation organisation : organisations.findAll()) {
                assertEquals(organisationsBefore.get(organisation.slug().value()), describe(organisation));
            }
        } finally {
            transaction.rollback();
        }
    }

    private static String describe(Organisation organisation) {
        return organisation.slug() + "|" + organisation.name().asMap() + "|" + organisation.acronym().orElse("")
                + "|" + organisation.kind() + "|" + organisation.website().map(w -> w.url()).orElse("");
    }

    private void emptyDatabase() {
        em.flush();
        for (String sql : List.of(
                "UPDATE project_entry SET published_revision_id = NULL, draft_revision_id = NULL",
                "DELETE FROM revision_specific_objective", "DELETE FROM revision_target_group",
                "DELETE FROM revision_final_beneficiary", "DELETE FROM revision_participation",
                "DELETE FROM revision_country", "DELETE FROM revision_country_share", "DELETE FROM revision_sub_area", "DELETE FROM revision_link",
                "DELETE FROM review_thread_message", "DELETE FROM review_thread",
                "DELETE FROM revision_text_stamp", "DELETE FROM revision_outdated_language",
                "DELETE FROM sent_back_content", "DELETE FROM scheduled_step",
                "DELETE FROM revision_transition", "DELETE FROM revision", "DELETE FROM project_entry",
                "DELETE FROM organisation_former_slug", "DELETE FROM organisation")) {
            em.createNativeQuery(sql).executeUpdate();
        }
        em.clear();
    }
}
