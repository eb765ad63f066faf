package org.projectdesk.web.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.importing.Candidate;
import org.projectdesk.persistence.importing.FileAnalysis;
import org.projectdesk.persistence.importing.GeneratedReferences;
import org.projectdesk.persistence.importing.UploadedFile;
import org.projectdesk.persistence.publicview.PublishedProject;

import java.time.LocalDate;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The API's {@code Project} document carries every field: its members are exactly the OpenAPI
 * document's {@code Project} properties, each {@link ContentField} shows in it in every language,
 * and a page of documents read by the import gives back the contents (their texts in the page's
 * language), over {@value ContentGenerator#COUNT} generated contents (seed {@value ContentGenerator#SEED}).
 */
class ProjectDocumentTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-30T12:00:00Z");
    private static final List<ProjectContent> CONTENTS = ContentGenerator.contents();

    @Test
    void theDocumentHasExactlyTheMembersOfTheOpenApiSchema() throws Exception {
        JsonObject openApi;
        try (InputStream in = ProjectDocument.class.getResourceAsStream("openapi.json");
             JsonReader reader = Json.createReader(in)) {
            assertNotNull(in);
            openApi = reader.readObject();
        }
        Set<String> documented = new TreeSet<>(openApi.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Project").getJsonObject("properties").keySet());
        Set<String> members = Arrays.stream(ProjectDocument.class.getRecordComponents())
                .map(component -> component.getName()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(documented, members);
    }

    @Test
    void everyFieldShowsInEveryLanguage() {
        for (int i = 0; i < CONTENTS.size(); i++) {
            ProjectContent content = CONTENTS.get(i);
            for (Language language : Language.values()) {
                ProjectDocument document = document(i, language);
                for (ContentField field : ContentField.values()) {
                    check(field, content, language, document);
                }
            }
        }
    }

    @Test
    void aPageOfTheApiReadByTheImportGivesBackTheContents() {
        for (Language language : Language.values()) {
            List<ProjectDocument> documents = IntStream.range(0, CONTENTS.size()).mapToObj(i -> document(i, language)).toList();
            String page = JsonBodies.write(new PageOfDocuments(documents));
            FileAnalysis analysis = FileAnalysis.of(new UploadedFile("projects.json", page.getBytes(StandardCharsets.UTF_8)),
                    new GeneratedReferences(), false, Long.MAX_VALUE, CONTENTS.size());
            assertEquals(List.of(), analysis.report().issues());
            List<ProjectContent> imported = analysis.candidates().stream().map(Candidate::content).toList();
            for (int i = 0; i < CONTENTS.size(); i++) {
                assertEquals(ContentGenerator.inOneLanguage(CONTENTS.get(i), language), imported.get(i), language + " entry " + i);
            }
        }
    }

    /** The shape of {@code GET /api/v1/projects} that the import reads: its items. */
    public record PageOfDocuments(List<ProjectDocument> items) {
    }

    private static ProjectDocument document(int index, Language language) {
        return ProjectDocument.of(PublishedProject.of("project-" + index, CONTENTS.get(index), language, PUBLISHED),
                "https://example.org/api/v1/projects/x", "https://example.org/projects/x", LocalDate.of(2026, 11, 30));
    }

    /** Where the document shows the field; a switch expression, so that every new field must be placed. */
    private static void check(ContentField field, ProjectContent content, Language language, ProjectDocument document) {
        Runnable check = switch (field) {
            case TITLE -> () -> assertEquals(text(content.title(), language), document.title());
            case ACRONYM -> () -> assertEquals(content.acronym().orElseThrow(), document.acronym());
            case THEMATIC_AREA -> () -> assertEquals(text(content.thematicArea().orElseThrow(), language), document.thematicArea());
            case OBJECTIVE -> () -> assertEquals(text(content.objective().orElseThrow(), language), document.objective());
            case SPECIFIC_OBJECTIVES -> () -> assertEquals(texts(content.specificObjectives(), language), document.specificObjectives());
            case SUB_AREAS -> () -> assertEquals(texts(content.subAreas(), language), document.subAreas());
            case TARGET_GROUPS -> () -> assertEquals(texts(content.targetGroups(), language), document.targetGroups());
            case FINAL_BENEFICIARIES -> () -> assertEquals(texts(content.finalBeneficiaries(), language), document.finalBeneficiaries());
            case PARTICIPATIONS -> () -> {
                assertEquals(content.lead().orElseThrow().slug().value(), document.leadImplementer().slug());
                assertEquals(slugs(content.implementingPartners()),
                        document.implementingPartners().stream().map(ProjectDocument.Organisation::slug).toList());
                assertEquals(content.donors().stream().map(d -> d.organisation().slug().value() + "/" + d.fundingInstrument().orElse(""))
                                .toList(),
                        document.donors().stream().map(d -> d.organisation().slug() + "/"
                                + Optional.ofNullable(d.fundingInstrument()).orElse("")).toList());
                assertEquals(slugs(content.otherPartners()),
                        document.partners().stream().map(ProjectDocument.Organisation::slug).toList());
            };
            case DURATION -> () -> assertEquals(content.duration().orElseThrow().start() + "/" + content.duration().orElseThrow().end(),
                    document.duration().start() + "/" + document.duration().end());
            case COUNTRIES -> () -> assertEquals(content.countries().stream().map(c -> c.code()).toList(),
                    document.countries().stream().map(ProjectDocument.Country::code).toList());
            case COUNTRY_SHARES -> () -> assertEquals(content.countries().stream().map(c -> content.countryShares().get(c)).toList(),
                    document.countries().stream().map(ProjectDocument.Country::percentage).toList());
            case REGION -> () -> {
                Region region = content.region().orElseThrow();
                assertEquals(text(region.name(), language), document.region());
                assertEquals(region.code().value(), document.regionCode());
            };
            case SECTOR -> () -> assertEquals(content.sector().orElseThrow(), document.sector());
            case LINKS -> () -> assertEquals(content.links().stream().map(l -> text(l.label(), language) + " " + l.url()).toList(),
                    document.links().stream().map(l -> l.label() + " " + l.url()).toList());
            case NOTES -> () -> assertEquals(text(content.notes().orElseThrow(), language), document.notes());
        };
        check.run();
    }

    private static String text(LocalizedText text, Language language) {
        return text.in(language).orElseThrow();
    }

    private static List<String> texts(List<LocalizedText> texts, Language language) {
        return texts.stream().map(text -> text(text, language)).toList();
    }

    private static List<String> slugs(List<Participation> participations) {
        return participations.stream().map(p -> p.organisation().slug().value()).toList();
    }
}
