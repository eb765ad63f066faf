package org.projectdesk.web.view.projects;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.projectdesk.persistence.publicview.PublishedProjectSummary;
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.web.i18n.CurrentLanguage;

import java.util.List;

/** Backs {@code /projects}: the published projects, in the reader's language. */
@Named
@RequestScoped
public class ProjectListPage {

    @Inject
    private PublishedProjects publishedProjects;

    @Inject
    private CurrentLanguage language;

    private List<PublishedProjectSummary> projects;

    public List<PublishedProjectSummary> getProjects() {
        if (projects == null) {
            projects = publishedProjects.list(language.get());
        }
        return projects;
    }
}
