package org.projectdesk.web.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.projectdesk.domain.shared.Language;

import java.util.Locale;

/**
 * The public site's addresses, in one place: pages build their links with it
 * ({@code #{links.projectPage(lang, slug)}}) so that the address scheme of {@link PublicRoutes} is
 * written once.
 */
@Named
@ApplicationScoped
public class Links {

    public static String prefix(Language language) {
        return language == Language.DEFAULT ? "" : "/" + language.tag();
    }

    /** Any public path (as {@link PublicRoutes#PATH_ATTRIBUTE} holds it) in a language. */
    public static String inLanguage(Language language, String path) {
        return prefix(language) + path;
    }

    public static String projects(Language language) {
        return prefix(language) + "/projects";
    }

    public static String project(Language language, String slug) {
        return projects(language) + "/" + slug;
    }

    public static String factsheet(Language language, String slug) {
        return project(language, slug) + "/factsheet.pdf";
    }

    /** The project in the JSON API, in that language. */
    public static String apiProject(Language language, String slug) {
        return "/api/v1/projects/" + slug + (language == Language.DEFAULT ? "" : "?lang=" + language.tag());
    }

    /** The project as an IATI 2.03 activities file. */
    public static String iatiActivity(String slug) {
        return "/iati/activities/" + slug + ".xml";
    }

    public static String timeline(Language language) {
        return prefix(language) + "/timeline";
    }

    public static String country(Language language, String iso) {
        return prefix(language) + "/countries/" + iso.toLowerCase(Locale.ROOT);
    }

    /** The map of the projects; takes the listing's filters. */
    public static String map(Language language) {
        return prefix(language) + "/map";
    }

    public static String region(Language language, String code) {
        return prefix(language) + "/regions/" + code;
    }

    public static String organisation(Language language, String slug) {
        return prefix(language) + "/organisations/" + slug;
    }

    public static String feed(Language language) {
        return prefix(language) + "/feed.atom";
    }

    public String projectsPage(Language language) {
        return projects(language);
    }

    public String projectPage(Language language, String slug) {
        return project(language, slug);
    }

    public String factsheetFile(Language language, String slug) {
        return factsheet(language, slug);
    }

    public String timelinePage(Language language) {
        return timeline(language);
    }

    public String countryPage(Language language, String iso) {
        return country(language, iso);
    }

    public String mapPage(Language language) {
        return map(language);
    }

    public String regionPage(Language language, String code) {
        return region(language, code);
    }

    public String organisationPage(Language language, String slug) {
        return organisation(language, slug);
    }

    public String feedFile(Language language) {
        return feed(language);
    }
}
