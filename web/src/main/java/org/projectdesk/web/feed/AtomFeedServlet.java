package org.projectdesk.web.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.opendata.IatiSettingsService;
import org.projectdesk.persistence.publicview.ProjectHit;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.persistence.publicview.ProjectSearchResult;
import org.projectdesk.persistence.publicview.ProjectSort;
import org.projectdesk.web.i18n.Messages;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.routing.PublicCaching;
import org.projectdesk.web.routing.PublicRoutes;
import org.projectdesk.web.search.QueryParameters;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Answers {@code /feed.atom} (and {@code /fr/feed.atom}, {@code /ru/feed.atom}): an Atom 1.0 feed
 * of the projects published or updated last, newest first, in that language; the listing's filters
 * work here too ({@code /feed.atom?country=AM}). Reached only through {@link PublicRoutes}.
 */
@WebServlet("/feed")
public class AtomFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int ENTRIES = 50;

    @Inject
    private ProjectSearch projectSearch;

    @Inject
    private PublicCaching caching;

    @Inject
    private PublicAddress publicAddress;

    @Inject
    private IatiSettingsService openDataSettings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() != DispatcherType.FORWARD) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (caching.notModified(request, response, "atom")) {
            return;
        }
        Language language = (Language) request.getAttribute(PublicRoutes.LANGUAGE_ATTRIBUTE);
        ProjectQuery asked = QueryParameters.read(request, language);
        ProjectSearchResult result = projectSearch.search(asked.toBuilder()
                .sort(ProjectSort.PUBLISHED_DESC).page(1).size(ENTRIES).build());
        String origin = publicAddress.origin();
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        ResourceBundle bundle = Messages.bundle(language);

        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setLanguage(language.tag());
        feed.setTitle(bundle.getString("feed.title"));
        feed.setDescription(bundle.getString("feed.subtitle"));
        feed.setUri(origin + Links.feed(language) + query);
        feed.setLink(origin + Links.projects(language) + query);
        feed.setLinks(List.of(link("self", origin + Links.feed(language) + query, "application/atom+xml"),
                link("alternate", origin + Links.projects(language) + query, "text/html")));
        // the organisation that publishes the portfolio (as named to IATI) wrote the feed and each entry
        LocalizedText publisherName = openDataSettings.current().reportingOrgName();
        List<SyndPerson> authors = List.of(person(publisherName.in(language).orElse(publisherName.english())));
        feed.setAuthors(authors);
        Instant newest = result.hits().stream().map(ProjectHit::publishedAt).filter(at -> at != null)
                .max(Instant::compareTo).orElse(Instant.EPOCH);
        feed.setPublishedDate(Date.from(newest));

        List<SyndEntry> entries = new ArrayList<>();
        for (ProjectHit hit : result.hits()) {
            String address = origin + Links.project(language, hit.project().slug());
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(hit.project().title());
            entry.setLink(address);
            entry.setAuthors(authors);
            entry.setUri(address);
            Date updated = Date.from(hit.publishedAt() == null ? newest : hit.publishedAt());
            entry.setUpdatedDate(updated);
            entry.setPublishedDate(updated);
            if (hit.project().objectiveSummary() != null) {
                SyndContent summary = new SyndContentImpl();
                summary.setType("text");
                summary.setValue(hit.project().objectiveSummary());
                entry.setDescription(summary);
            }
            entries.add(entry);
        }
        feed.setEntries(entries);

        response.setContentType("application/atom+xml");
        response.setCharacterEncoding("UTF-8");
        try (Writer writer = response.getWriter()) {
            new SyndFeedOutput().output(feed, writer);
        } catch (FeedException e) {
            throw new IOException("The feed could not be written", e);
        }
    }

    private static SyndPerson person(String name) {
        SyndPerson person = new SyndPersonImpl();
        person.setName(name);
        return person;
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
