package org.projectdesk.web.export;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.i18n.Messages;
import org.projectdesk.web.map.WorldShapes;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.routing.PublicCaching;
import org.projectdesk.web.routing.PublicRoutes;

import java.io.IOException;
import java.util.Optional;

/**
 * Answers {@code /projects/{slug}/factsheet.pdf} (and {@code /fr/…}, {@code /ru/…}): the project's
 * factsheet in that language, generated from the published revision. Browsers and proxies may keep
 * it until the public content changes (ETag); the server keeps generated files in
 * {@link FactsheetCache} under the same key. Reached only through {@link PublicRoutes}.
 */
@WebServlet("/factsheet")
public class FactsheetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private PublicCaching caching;

    @Inject
    private FactsheetCache cache;

    @Inject
    private WorldShapes shapes;

    @Inject
    private PublicAddress publicAddress;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object slug = request.getAttribute(PublicRoutes.SUBJECT_ATTRIBUTE);
        if (request.getDispatcherType() != DispatcherType.FORWARD || slug == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Language language = (Language) request.getAttribute(PublicRoutes.LANGUAGE_ATTRIBUTE);
        Optional<PublishedProject> project = publishedProjects.find(slug.toString(), language);
        if (project.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (project.get().publishedAt() != null) {
            response.setDateHeader("Last-Modified", project.get().publishedAt().toEpochMilli());
        }
        if (caching.notModified(request, response, "pdf")) {
            return;
        }
        String version = caching.etag("pdf");
        byte[] pdf = cache.get(slug + "/" + language.tag() + "/" + version, () ->
                new FactsheetPdf(project.get(), Messages.bundle(language), shapes)
                        .write(publicAddress.of(Links.project(language, slug.toString()))));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"" + slug + "-" + language.tag() + ".pdf\"");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
