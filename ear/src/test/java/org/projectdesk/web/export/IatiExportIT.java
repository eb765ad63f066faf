package org.projectdesk.web.export;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.SharedFiles;
import org.projectdesk.testsupport.TestServer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IATI 2.03 export over HTTP: the seed projects make a document the official schema accepts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IatiExportIT {

    private static Schema schema;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void loadSchema() throws Exception {
        schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SharedFiles.dir().resolve("iati-2.03/iati-activities-schema.xsd").toFile());
    }

    private static void validate(String xml) throws Exception {
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSevenSeedProjectsMakeAValidIatiDocument() throws Exception {
        HttpResponse<String> response = TestServer.get("/iati/activities.xml");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        validate(response.body());
        Document document = parse(response.body());
        Element root = document.getDocumentElement();
        assertEquals("2.03", root.getAttribute("version"));
        assertTrue(root.getAttribute("generated-datetime").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
        NodeList identifiers = document.getElementsByTagName("iati-identifier");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < identifiers.getLength(); i++) {
            ids.add(identifiers.item(i).getTextContent());
        }
        for (String slug : List.of("mibma", "bomca", "ibm-loc-cap", "ge-az-ibm")) {
            assertTrue(ids.stream().anyMatch(id -> id.endsWith("-" + slug)), () -> slug + " in " + ids);
        }
        assertTrue(ids.stream().filter(id -> !id.contains("-it-")).count() >= 7, ids::toString);
        assertTrue(response.body().contains("<reporting-org ref=\"XI-PROJECTDESK\" type=\"40\"><narrative>ProjectDesk</narrative>"),
                response.body().substring(0, 600));
    }

    @Test
    void oneProjectMapsAsTheStandardSays() throws Exception {
        HttpResponse<String> response = TestServer.get("/iati/activities/mibma.xml");
        assertEquals(200, response.statusCode(), response.body());
        validate(response.body());
        String xml = response.body();
        assertTrue(xml.contains("<iati-identifier>XI-PROJECTDESK-mibma</iati-identifier>"), xml);
        assertTrue(xml.contains("xml:lang=\"en\""), xml);
        assertTrue(xml.contains("<title><narrative>Support to Migration and Border Management in Armenia</narrative></title>"), xml);
        assertTrue(xml.contains("<description type=\"2\">"), xml);
        assertTrue(xml.contains("role=\"1\"><narrative>European Union</narrative>"), xml);
        assertTrue(xml.contains("role=\"4\"><narrative>International Centre for Migration Policy Development</narrative>"), xml);
        assertTrue(xml.contains("<activity-status code=\"4\"/>"), xml);
        assertTrue(xml.contains("<activity-date iso-date=\"2016-01-01\" type=\"1\"/>"), xml);
        assertTrue(xml.contains("<activity-date iso-date=\"2018-12-31\" type=\"3\"/>"), xml);
        assertTrue(xml.contains("<recipient-country code=\"AM\"/>"), xml);
        assertTrue(xml.contains("<sector vocabulary=\"1\" code=\"15190\"/>"), xml);
    }

    @Test
    void severalCountriesShareAHundredPercent() throws Exception {
        String xml = TestServer.get("/iati/activities/bomca.xml").body();
        validate(xml);
        NodeList countries = parse(xml).getElementsByTagName("recipient-country");
        assertEquals(5, countries.getLength());
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (int i = 0; i < countries.getLength(); i++) {
            sum = sum.add(new java.math.BigDecimal(((Element) countries.item(i)).getAttribute("percentage")));
        }
        assertEquals(0, sum.compareTo(new java.math.BigDecimal(100)));
    }

    @Test
    void answersConditionalRequestsAndProblems() {
        HttpResponse<String> first = TestServer.get("/iati/activities.xml");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, no-cache", first.headers().firstValue("Cache-Control").orElse(""),
                "kept by anyone but asked for again each time: a publication shows at once");
        assertEquals(304, TestServer.get("/iati/activities.xml", "If-None-Match", etag).statusCode());
        HttpResponse<String> unknown = TestServer.get("/iati/activities/no-such-project.xml");
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
    }
}
