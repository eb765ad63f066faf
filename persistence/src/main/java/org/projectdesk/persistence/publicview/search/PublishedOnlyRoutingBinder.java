package org.projectdesk.persistence.publicview.search;

import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.projectdesk.domain.entry.ProjectEntry;

/**
 * Keeps the index to what the public may see: an entry is in the index exactly while it has a
 * published revision. Approving, unpublishing and republishing change
 * {@code ProjectEntry.publishedRevision}, which this binder declares as its dependency, so Hibernate
 * Search adds or removes the document when that change is committed.
 */
public class PublishedOnlyRoutingBinder implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("publishedRevision");
        context.bridge(ProjectEntry.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<ProjectEntry> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, ProjectEntry entry,
                          RoutingBridgeRouteContext context) {
            if (entry.isPublic()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, ProjectEntry entry,
                                   RoutingBridgeRouteContext context) {
            // It may have been public before this change: make sure an old document goes.
            routes.addRoute();
        }
    }
}
