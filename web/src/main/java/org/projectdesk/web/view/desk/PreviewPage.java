package org.projectdesk.web.view.desk;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublishedProject;
import org.projectdesk.persistence.publicview.RevisionPreviews;
import org.projectdesk.web.desk.DeskNavigation;
import org.projectdesk.web.routing.PublicRoutes;


/**
 * Backs {@code /desk/preview?id=…&lang=…}: an entry's current revision rendered by the public
 * project page's own markup and frame, in the chosen language, marked as a preview.
 */
@Named
@RequestScoped
public class PreviewPage {

    @Inject
    private DeskNavigation navigation;

    @Inject
    private RevisionPreviews previews;

    @Inject
    private HttpServletRequest request;

    private Long id;
    private String lang;
    private PublishedProject project;

    public void load() {
        Language language = Language.fromTag(lang).orElse(Language.DEFAULT);
        // the public frame takes its language from the address; here, from the parameter
        request.setAttribute(PublicRoutes.LANGUAGE_ATTRIBUTE, language);
        project = navigation.lookUp(id, () -> previews.preview(id, language)).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public PublishedProject getProject() {
        return project;
    }
}
