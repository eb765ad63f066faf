package org.projectdesk.persistence.publicview;

import java.time.Instant;
import java.util.List;

/**
 * What the public site has to offer, for sitemap.xml: every published project (slug and when it
 * was published), and the countries, organisations and regions (codes) that have a public page
 * with projects because some published project names them.
 */
public record PublicSiteMap(List<Page> projects, List<String> countries, List<String> organisations,
                            List<String> regions) {

    /** A published project's slug and when its current revision was published. */
    public record Page(String slug, Instant publishedAt) {
    }
}
