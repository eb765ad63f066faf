package org.projectdesk.web.view.desk;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.audit.AuditFilter;
import org.projectdesk.persistence.audit.AuditQueries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /desk/audit.csv} (admins, web.xml): the audit events the filter of {@code /desk/audit} lets
 * through, all of them, as CSV (UTF-8), with the same parameters as that page.
 */
@WebServlet("/desk/audit.csv")
public class AuditCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditPage page;

    @Inject
    private AuditQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.setPerson(request.getParameter("person"));
        page.setEntry(request.getParameter("entry"));
        page.setKind(request.getParameter("kind"));
        page.setFrom(request.getParameter("from"));
        page.setUntil(request.getParameter("until"));
        AuditFilter filter = page.filter();
        if (!page.isValid()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
        response.setHeader("Cache-Control", "no-store");
        queries.exportCsv(filter, response.getWriter());
    }
}
