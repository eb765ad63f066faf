package org.projectdesk.web.seo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublicSiteMap;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.routing.PublicCaching;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

/**
 * {@code /sitemap.xml}: every public page in every language (the listing, the timeline, the map,
 * each published project, each country, organisation and region that has one), each with its
 * {@code hreflang} alternates.
 */
@WebServlet("/sitemap.xml")
public class SitemapServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private PublicCaching caching;

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (caching.notModified(request, response, "sitemap")) {
            return;
        }
        PublicSiteMap map = publishedProjects.siteMap();
        String origin = publicAddress.origin();
        response.setContentType("application/xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer out = response.getWriter()) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("xhtml", XHTML_NS);
            page(xml, origin, Links::projects, null);
            page(xml, origin, Links::timeline, null);
            page(xml, origin, Links::map, null);
            for (PublicSiteMap.Page project : map.projects()) {
                page(xml, origin, language -> Links.project(language, project.slug()), project.publishedAt());
            }
            for (String country : map.countries()) {
                page(xml, origin, language -> Links.country(language, country), null);
            }
            for (String organisation : map.organisations()) {
                page(xml, origin, language -> Links.organisation(language, organisation), null);
            }
            for (String region : map.regions()) {
                page(xml, origin, language -> Links.region(language, region), null);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("The site map could not be written", e);
        }
    }

    private static void page(XMLStreamWriter xml, String origin, Function<Language, String> address, Instant modified)
            throws XMLStreamException {
        for (Language language : Language.values()) {
            xml.writeStartElement("url");
            element(xml, "loc", origin + address.apply(language));
            if (modified != null) {
                element(xml, "lastmod", DateTimeFormatter.ISO_LOCAL_DATE.format(modified.atOffset(ZoneOffset.UTC)));
            }
            for (Language alternate : Language.values()) {
                xml.writeEmptyElement("xhtml", "link", XHTML_NS);
                xml.writeAttribute("rel", "alternate");
                xml.writeAttribute("hreflang", alternate.tag());
                xml.writeAttribute("href", origin + address.apply(alternate));
            }
            xml.writeEndElement();
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
