package org.projectdesk.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;

/**
 * Lets web pages on any site read the API (CORS for GET): public, read-only data without
 * credentials, so any origin is allowed; preflights may send the conditional and language headers,
 * and the caching headers are readable by scripts.
 */
@Provider
public class CorsFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("Access-Control-Allow-Origin", "*");
        headers.putSingle("Access-Control-Expose-Headers", "ETag, Link, Content-Language, Cache-Control");
        if ("OPTIONS".equals(request.getMethod())) {
            headers.putSingle("Access-Control-Allow-Methods", "GET, HEAD, OPTIONS");
            headers.putSingle("Access-Control-Allow-Headers", "Accept, Accept-Language, If-None-Match");
            headers.putSingle("Access-Control-Max-Age", "86400");
        }
    }
}
