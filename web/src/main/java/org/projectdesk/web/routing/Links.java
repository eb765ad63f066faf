package org.projectdesk.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.Language;

/**
 * The public site's addresses, in one place: pages build their links with it
 * ({@code #{links.project(lang, slug)}}) so that the address scheme of {@link PublicRoutes} is
 * written once.
 */
@Named
@ApplicationScoped
public class Links {

    public static String prefix(Language language) {
        return language == Language.DEFAULT ? "" : "/" + language.tag();
    }

    public static String projects(Language language) {
        return prefix(language) + "/projects";
    }

    public static String project(Language language, String slug) {
        return projects(language) + "/" + slug;
    }

    public String projectsPage(Language language) {
        return projects(language);
    }

    public String projectPage(Language language, String slug) {
        return project(language, slug);
    }
}
