package org.projectdesk.web.security;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

/**
 * Marks the public views (the site, its error pages and the sign-in page) transient as soon as
 * they are created, before any phase listener looks at them. Their template says so too, but only
 * once the view is built, during rendering: PrimeFaces' CSP mode asks earlier where to keep the
 * page's script nonce, and for a view not yet known to be transient it would keep it in the view
 * map, which lives in an HTTP session; the public pages never create one.
 */
public class StatelessPublicViews extends ViewHandlerWrapper {

    public StatelessPublicViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot root = super.createView(context, viewId);
        if (root != null && isPublic(viewId)) {
            root.setTransient(true);
        }
        return root;
    }

    static boolean isPublic(String viewId) {
        return viewId != null && (viewId.startsWith("/WEB-INF/views/") || viewId.startsWith("/WEB-INF/errorpages/")
                || viewId.equals("/WEB-INF/faces-views/login.xhtml") || viewId.equals("/login.xhtml")
                || viewId.equals("/login"));
    }
}
