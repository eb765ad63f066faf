package org.projectdesk.web.view.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.i18n.CurrentLanguage;

import java.io.IOException;

/**
 * Backs {@code /projects/{slug}}: one published project. An unknown slug, or an entry with no
 * published revision, answers 404 (never 403, so nothing tells that an unpublished entry exists).
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
}
