package org.projectdesk.web.view.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.CountryName;
import org.projectdesk.persistence.publicview.DonorView;
import org.projectdesk.persistence.publicview.OrganisationName;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.i18n.CurrentLanguage;
import org.projectdesk.web.routing.Links;
import org.projectdesk.web.routing.PublicAddress;
import org.projectdesk.web.seo.JsonInHtml;

import java.io.IOException;

/**
 * Backs {@code /projects/{slug}}: one published project. An unknown slug, or an entry with no
 * published revision, answers 404 (never 403, so nothing tells that an unpublished entry exists).
 * Fields without a translation into the page's language are shown in English, marked
 * {@code lang="en"}, with a notice.
 */
@Named
@RequestScoped
public class ProjectPage {

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private CurrentLanguage language;

    @Inject
    private FacesContext facesContext;

    @Inject
    private HttpServletRequest request;

    @Inject
    private PublicAddress publicAddress;

    private String slug;
    private PublishedProject project;

    public void load() throws IOException {
        project = slug == null ? null : publishedProjects.find(slug, language.get()).orElse(null);
        if (project == null) {
            facesContext.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            facesContext.responseComplete();
        }
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public PublishedProject getProject() {
        return project;
    }

    /** Whether the English text changed after this language's translation was last edited. */
    public boolean isTranslationOutdated() {
        return project != null && publishedProjects.translationOutdated(slug, language.get());
    }

    /** Whether some field is shown in English because it has no translation into the page's language. */
    public boolean isPartlyUntranslated() {
        return project != null && !project.untranslatedFields().isEmpty();
    }

    public String getFactsheetLink() {
        return request.getContextPath() + Links.factsheet(language.get(), slug);
    }

    /** The project in the JSON API, in the page's language. */
    public String getDataLink() {
        return request.getContextPath() + Links.apiProject(language.get(), slug);
    }

    /** The project as an IATI 2.03 activities file. */
    public String getIatiLink() {
        return request.getContextPath() + Links.iatiActivity(slug);
    }

    /** schema.org description of the project (a {@code Project}) for search engines, as JSON-LD. */
    public String getJsonLd() {
        String origin = publicAddress.origin();
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "Project")
                .add("name", project.title())
                .add("url", origin + Links.project(language.get(), project.slug()))
                .add("inLanguage", language.getTag());
        if (project.acronym() != null) {
            json.add("alternateName", project.acronym());
        }
        if (project.objective() != null) {
            json.add("description", project.objective());
        }
        if (project.duration() != null) {
            json.add("foundingDate", project.duration().start().toString());
            json.add("dissolutionDate", project.duration().end().toString());
        }
        if (project.lead() != null) {
            json.add("parentOrganization", organisation(project.lead(), origin));
        }
        JsonArrayBuilder funders = Json.createArrayBuilder();
        for (DonorView donor : project.donors()) {
            funders.add(organisation(donor.organisation(), origin));
        }
        json.add("funder", funders);
        JsonArrayBuilder areas = Json.createArrayBuilder();
        for (CountryName country : project.countries()) {
            areas.add(Json.createObjectBuilder().add("@type", "Country").add("name", country.name())
                    .add("identifier", country.code()));
        }
        json.add("areaServed", areas);
        return JsonInHtml.escape(json.build().toString());
    }

    private JsonObjectBuilder organisation(OrganisationName organisation, String origin) {
        return Json.createObjectBuilder().add("@type", "Organization").add("name", organisation.name())
                .add("url", origin + Links.organisation(language.get(), organisation.slug()));
    }
}
