package org.projectdesk.persistence.opendata;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.domain.shared.WebLink;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open data shapes carry every field: {@link OpenProject} holds a whole content (it is rebuilt
 * from it field for field), and the IATI document shows each field IATI has a place for, in every
 * language, over {@value ContentGenerator#COUNT} generated contents (seed {@value ContentGenerator#SEED}).
 */
class OpenDataFieldsTest {

    private static final IatiSettings SETTINGS = IatiSettings.of("XM-DAC-41116", IatiOrganisationType.MULTILATERAL,
            LocalizedText.of("Border Desk"), "15190");
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T12:00:00Z");

    @Test
    void anOpenProjectHoldsTheWholeContent() {
        for (ProjectContent content : ContentGenerator.contents()) {
            OpenProject open = OpenProject.of("slug", content, PUBLISHED);
            ProjectContent rebuilt = ProjectContent.builder()
                    .title(open.title())
                    .acronym(open.acronym())
                    .thematicArea(open.thematicArea())
                    .objective(open.objective())
                    .specificObjectives(open.specificObjectives())
                    .subAreas(open.subAreas())
                    .targetGroups(open.targetGroups())
                    .finalBeneficiaries(open.finalBeneficiaries())
                    .participations(open.participants().stream()
                            .map(p -> Participation.of(ContentGenerator.organisation(Slug.of(p.slug())).orElseThrow(),
                                    p.role(), p.fundingInstrument()))
                            .toList())
                    .duration(open.duration())
                    .countries(open.countries())
                    .countryShares(open.countryShares())
                    .region(ContentGenerator.region(Slug.of(open.regionCode())).orElseThrow())
                    .sector(open.sector())
                    .links(open.links())
                    .notes(open.notes())
                    .build();
            assertEquals(content, rebuilt);
        }
    }

    @Test
    void theIatiDocumentShowsEveryFieldItHasAPlaceFor() throws Exception {
        for (ProjectContent content : ContentGenerator.contents()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new IatiActivitiesWriter(SETTINGS, slug -> Map.of()).write(List.of(OpenProject.of("slug", content, PUBLISHED)),
                    PUBLISHED, LocalDate.of(2026, 11, 30), out);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element activity = (Element) factory.newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()))
                    .getElementsByTagName("iati-activity").item(0);
            for (ContentField field : ContentField.values()) {
                check(field, content, activity);
            }
        }
    }

    /**
     * Where IATI shows the field, or why it has no place for it; a switch expression, so that every
     * new field must be placed or explained.
     */
    private static void check(ContentField field, ProjectContent content, Element activity) {
        Runnable check = switch (field) {
            case TITLE -> () -> assertEquals(translations(List.of(content.title())), narratives(child(activity, "title")));
            case OBJECTIVE -> () -> assertContains(descriptions(activity, "2"), List.of(content.objective().orElseThrow()));
            case SPECIFIC_OBJECTIVES -> () -> assertContains(descriptions(activity, "2"), content.specificObjectives());
            case TARGET_GROUPS -> () -> assertContains(descriptions(activity, "3"), content.targetGroups());
            case FINAL_BENEFICIARIES -> () -> assertContains(descriptions(activity, "3"), content.finalBeneficiaries());
            case PARTICIPATIONS -> () -> {
                List<Element> orgs = children(activity, "participating-org");
                assertEquals(content.participations().size(), orgs.size());
                for (int i = 0; i < orgs.size(); i++) {
                    Participation participation = content.participations().get(i);
                    assertEquals(participation.is(ParticipationRole.DONOR) ? "1" : "4", orgs.get(i).getAttribute("role"));
                    assertEquals(translations(List.of(participation.organisation().name())), narratives(orgs.get(i)));
                }
            };
            case DURATION -> () -> {
                List<Element> dates = children(activity, "activity-date");
                assertEquals(content.duration().orElseThrow().firstDay().toString(), dates.get(0).getAttribute("iso-date"));
                assertEquals(content.duration().orElseThrow().lastDay().toString(), dates.get(1).getAttribute("iso-date"));
            };
            case COUNTRIES -> () -> assertEquals(content.countries().stream().map(CountryCode::code).toList(),
                    children(activity, "recipient-country").stream().map(e -> e.getAttribute("code")).toList());
            case COUNTRY_SHARES -> () -> assertEquals(content.countries().stream()
                            .map(c -> content.countryShares().get(c).toPlainString()).toList(),
                    children(activity, "recipient-country").stream().map(e -> e.getAttribute("percentage")).toList());
            case SECTOR -> () -> assertEquals(content.sector().orElseThrow(), child(activity, "sector").getAttribute("code"));
            case LINKS -> () -> {
                List<Element> documents = children(activity, "document-link");
                assertEquals(content.links().size(), documents.size());
                for (int i = 0; i < documents.size(); i++) {
                    WebLink link = content.links().get(i);
                    assertEquals(link.url(), documents.get(i).getAttribute("url"));
                    assertEquals(translations(List.of(link.label())), narratives(child(documents.get(i), "title")));
                }
            };
            // IATI 2.03 has no element for these: an acronym, a thematic area in words, areas within
            // the countries and free notes; its recipient-region takes IATI's own region codes, not ours
            case ACRONYM, THEMATIC_AREA, SUB_AREAS, REGION, NOTES -> () -> {
            };
        };
        check.run();
    }

    private static void assertContains(List<Map<Language, String>> descriptions, List<LocalizedText> parts) {
        Map<Language, String> wanted = translations(parts);
        assertTrue(descriptions.stream().anyMatch(description -> wanted.entrySet().stream()
                        .allMatch(text -> description.getOrDefault(text.getKey(), "").contains(text.getValue()))),
                "no description holds " + wanted + " in " + descriptions);
    }

    /** The parts joined per language, as IATI's narratives hold them. */
    private static Map<Language, String> translations(List<LocalizedText> parts) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            texts.put(language, parts.stream().map(part -> part.in(language).orElseThrow()).collect(Collectors.joining("\n")));
        }
        return texts;
    }

    private static List<Map<Language, String>> descriptions(Element activity, String type) {
        return children(activity, "description").stream().filter(d -> type.equals(d.getAttribute("type")))
                .map(OpenDataFieldsTest::narratives).toList();
    }

    private static Map<Language, String> narratives(Element element) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (Element narrative : children(element, "narrative")) {
            String lang = narrative.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang");
            texts.put(lang.isEmpty() ? Language.EN : Language.fromTag(lang).orElseThrow(), narrative.getTextContent());
        }
        return texts;
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getLocalName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }
}
