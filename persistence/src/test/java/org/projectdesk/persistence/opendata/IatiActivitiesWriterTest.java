package org.projectdesk.persistence.opendata;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.projectdesk.domain.entry.ParticipationRole;
import org.projectdesk.domain.opendata.IatiOrganisationType;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.WebLink;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IATI mapping, checked against the official 2.03 schema (offline, from ../shared/iati-2.03). */
class IatiActivitiesWriterTest {

    private static final IatiSettings SETTINGS = IatiSettings.of("XM-DAC-41116", IatiOrganisationType.MULTILATERAL,
            LocalizedText.of("Border Desk", "Bureau des frontières", null), "15190");
    private static final Instant NOW = Instant.parse("2026-11-27T10:15:30.123Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        Path xsd = Path.of(System.getProperty("projectdesk.shared.dir", "../../shared"), "iati-2.03",
                "iati-activities-schema.xsd");
        assertTrue(Files.isRegularFile(xsd), "the IATI schema is at " + xsd.toAbsolutePath());
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(xsd.toFile());
    }

    @Test
    void aThousandGeneratedProjectsMakeAValidDocument() throws Exception {
        Random random = new Random(20260527L);
        List<OpenProject> projects = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            projects.add(generated(i, random));
        }
        byte[] xml = write(projects, Map.of(Language.EN, "https://example.org/projects/x/factsheet.pdf"));
        validate(xml);
        Document document = parse(xml);
        assertEquals(1000, document.getElementsByTagName("iati-activity").getLength());
        NodeList activities = document.getElementsByTagName("iati-activity");
        for (int i = 0; i < activities.getLength(); i++) {
            Element activity = (Element) activities.item(i);
            NodeList countries = activity.getElementsByTagName("recipient-country");
            if (countries.getLength() > 1) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int c = 0; c < countries.getLength(); c++) {
                    sum = sum.add(new BigDecimal(((Element) countries.item(c)).getAttribute("percentage")));
                }
                assertEquals(0, sum.compareTo(new BigDecimal("100")), "percentages of activity " + i + ": " + sum);
            }
        }
    }

    @Test
    void mapsAProjectAsTheIssueSays() throws Exception {
        OpenProject project = new OpenProject("mibma",
                LocalizedText.of("Support to Migration", "Soutien à la migration", null), "MIBMA",
                LocalizedText.of("To support <borders> & migration"), List.of(LocalizedText.of("First")),
                List.of(LocalizedText.of("Border guards")), List.of(LocalizedText.of("Citizens")), List.of(), null,
                List.of(new OpenParticipant("icmpd", LocalizedText.of("ICMPD centre"), "ICMPD",
                                OrganisationKind.INTERNATIONAL_ORGANISATION, ParticipationRole.LEAD_IMPLEMENTER, null),
                        new OpenParticipant("eu", LocalizedText.of("European Union"), "EU",
                                OrganisationKind.EU_INSTITUTION, ParticipationRole.DONOR, "ENPI")),
                MonthRange.of(YearMonth.of(2016, 1), YearMonth.of(2018, 2)),
                List.of(CountryCode.of("AM"), CountryCode.of("GE"), CountryCode.of("AZ")), null,
                List.of(WebLink.of("Project site", "https://example.org/mibma")), null, null, Map.of(),
                Instant.parse("2020-01-02T03:04:05Z"));
        byte[] xml = write(List.of(project), Map.of(Language.FR, "https://desk.example.org/fr/projects/mibma/factsheet.pdf"));
        validate(xml);
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("<iati-identifier>XM-DAC-41116-mibma</iati-identifier>"), text);
        assertTrue(text.contains("<reporting-org ref=\"XM-DAC-41116\" type=\"40\"><narrative>Border Desk</narrative>"
                + "<narrative xml:lang=\"fr\">Bureau des frontières</narrative></reporting-org>"), text);
        assertTrue(text.contains("<narrative xml:lang=\"fr\">Soutien à la migration</narrative>"), text);
        assertTrue(text.contains("To support &lt;borders&gt; &amp; migration"), text);
        assertTrue(text.contains("<description type=\"3\"><narrative>Border guards</narrative>"), text);
        assertTrue(text.contains("role=\"1\"><narrative>European Union"), text);
        assertTrue(text.contains("role=\"4\"><narrative>ICMPD centre"), text);
        assertTrue(text.contains("<activity-status code=\"4\"/>"), text);
        assertTrue(text.contains("<activity-date iso-date=\"2016-01-01\" type=\"1\"/>"), text);
        assertTrue(text.contains("<activity-date iso-date=\"2018-02-28\" type=\"3\"/>"), text);
        assertTrue(text.contains("<recipient-country code=\"AM\" percentage=\"33.34\"/>"
                + "<recipient-country code=\"GE\" percentage=\"33.33\"/>"), text);
        assertTrue(text.contains("<sector vocabulary=\"1\" code=\"15190\"/>"), text);
        assertTrue(text.contains("<document-link url=\"https://example.org/mibma\" format=\"text/html\"><title>"
                + "<narrative>Project site</narrative></title><category code=\"A12\"/></document-link>"), text);
        assertTrue(text.contains("format=\"application/pdf\"><title><narrative>Support to Migration</narrative>"
                + "<narrative xml:lang=\"fr\">Soutien à la migration</narrative></title><category code=\"A02\"/>"
                + "<language code=\"fr\"/></document-link>"), text);
        assertTrue(text.contains("last-updated-datetime=\"2020-01-02T03:04:05Z\""), text);
        assertTrue(text.contains("generated-datetime=\"2026-11-27T10:15:30Z\""), text);
    }

    @Test
    void derivesTheStatusFromTheDates() {
        MonthRange range = MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2026, 6));
        assertEquals("1", IatiActivitiesWriter.status(range, LocalDate.of(2024, 12, 31)));
        assertEquals("2", IatiActivitiesWriter.status(range, LocalDate.of(2026, 6, 30)));
        assertEquals("3", IatiActivitiesWriter.status(range, LocalDate.of(2027, 6, 30)));
        assertEquals("4", IatiActivitiesWriter.status(range, LocalDate.of(2027, 7, 1)));
        assertEquals("1", IatiActivitiesWriter.status(null, TODAY));
    }

    @Test
    void evenSharesAddUpToAHundred() {
        for (int count = 1; count <= 40; count++) {
            BigDecimal sum = IatiActivitiesWriter.evenShares(count).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal("100")), "for " + count);
        }
        assertEquals(List.of(new BigDecimal("33.34"), new BigDecimal("33.33"), new BigDecimal("33.33")),
                IatiActivitiesWriter.evenShares(3));
    }

    @Test
    void theSchemaCatchesAnInvalidDocument() {
        byte[] broken = "<iati-activities version=\"2.03\"></iati-activities>".getBytes();
        assertThrows(org.xml.sax.SAXException.class, () -> validate(broken));
    }

    private static OpenProject generated(int i, Random random) {
        String[] countryCodes = Locale.getISOCountries();
        List<CountryCode> countries = new ArrayList<>();
        for (int c = random.nextInt(5); c > 0; c--) {
            CountryCode country = CountryCode.of(countryCodes[random.nextInt(countryCodes.length)]);
            if (!countries.contains(country)) {
                countries.add(country);
            }
        }
        List<OpenParticipant> participants = new ArrayList<>();
        for (int p = random.nextInt(5); p > 0; p--) {
            ParticipationRole role = ParticipationRole.values()[random.nextInt(ParticipationRole.values().length)];
            participants.add(new OpenParticipant("org-" + p, text(random, "Organisation " + p), null,
                    OrganisationKind.values()[random.nextInt(OrganisationKind.values().length)], role,
                    role == ParticipationRole.DONOR && random.nextBoolean() ? "ENPI" : null));
        }
        YearMonth start = YearMonth.of(2000 + random.nextInt(30), 1 + random.nextInt(12));
        MonthRange duration = random.nextInt(10) == 0 ? null : MonthRange.of(start, start.plusMonths(random.nextInt(72)));
        boolean bare = random.nextInt(8) == 0;
        return new OpenProject("generated-" + i, text(random, "Project " + i + " <&> \"quoted\""),
                random.nextBoolean() ? "GEN" + i : null,
                bare ? null : text(random, "Objective of project " + i),
                bare ? List.of() : List.of(text(random, "Specific one"), text(random, "Specific two")),
                bare || random.nextBoolean() ? List.of() : List.of(text(random, "Target group")),
                bare || random.nextBoolean() ? List.of() : List.of(text(random, "Beneficiary")),
                List.of(), null, participants, duration, countries, null,
                random.nextBoolean() ? List.of(WebLink.of(text(random, "Website"), "https://example.org/p/" + i)) : List.of(),
                null, random.nextInt(3) == 0 ? "15110" : null, shares(countries, random),
                random.nextBoolean() ? null : NOW.minusSeconds(random.nextInt(1_000_000)));
    }

    /** For a third of the projects with several countries, an uneven split set by the editor. */
    private static Map<CountryCode, BigDecimal> shares(List<CountryCode> countries, Random random) {
        List<CountryCode> distinct = countries.stream().distinct().toList();
        if (distinct.size() < 2 || random.nextInt(3) != 0) {
            return Map.of();
        }
        Map<CountryCode, BigDecimal> shares = new java.util.LinkedHashMap<>();
        BigDecimal left = new BigDecimal("100.00");
        for (int i = 0; i < distinct.size() - 1; i++) {
            BigDecimal share = new BigDecimal(random.nextInt(1, 100 / distinct.size() * 100) ).movePointLeft(2);
            shares.put(distinct.get(i), share);
            left = left.subtract(share);
        }
        shares.put(distinct.get(distinct.size() - 1), left);
        return shares;
    }

    @Test
    void usesTheEditorsSectorAndSplit() throws Exception {
        OpenProject project = new OpenProject("split", LocalizedText.of("Split"), null, LocalizedText.of("Objective"),
                List.of(), List.of(), List.of(), List.of(), null, List.of(),
                MonthRange.of(YearMonth.of(2025, 1), YearMonth.of(2027, 1)),
                List.of(CountryCode.of("AM"), CountryCode.of("GE")), null, List.of(), null, "15110",
                Map.of(CountryCode.of("AM"), new BigDecimal("70.50"), CountryCode.of("GE"), new BigDecimal("29.50")), NOW);
        byte[] xml = write(List.of(project), Map.of());
        validate(xml);
        String text = new String(xml, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("<recipient-country code=\"AM\" percentage=\"70.50\"/><recipient-country code=\"GE\" percentage=\"29.50\"/>"), text);
        assertTrue(text.contains("<sector vocabulary=\"1\" code=\"15110\"/>"), text);
        assertTrue(text.contains("<activity-status code=\"2\"/>"), text);
    }

    private static LocalizedText text(Random random, String english) {
        return LocalizedText.of(english, random.nextBoolean() ? english + " (fr)" : null,
                random.nextBoolean() ? "Проект " + english : null);
    }

    private static byte[] write(List<OpenProject> projects, Map<Language, String> factsheets) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IatiActivitiesWriter(SETTINGS, slug -> factsheets).write(projects, NOW, TODAY, out);
        return out.toByteArray();
    }

    static void validate(byte[] xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Document parse(byte[] xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
