package org.projectdesk.web.cache;

import io.undertow.server.HttpHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Puts {@link KeptAnswers} in front of the servlet container (Undertow's initial handler chain of
 * this web application, registered in {@code META-INF/services}): a request for a kept, current
 * public answer is answered on the I/O thread; every other request goes on unchanged. Until the
 * response cache filter has started (it leaves its {@link KeptAnswers} in the servlet context),
 * everything goes on.
 */
public class KeptAnswerExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
        deployment.addInitialHandlerChainWrapper(next -> keptFirst(next, context));
    }

    private static HttpHandler keptFirst(HttpHandler next, ServletContext context) {
        return exchange -> {
            Object kept = context.getAttribute(KeptAnswers.ATTRIBUTE);
            if (!(kept instanceof KeptAnswers answers) || !answers.answer(exchange, context.getContextPath())) {
                next.handleRequest(exchange);
            }
        };
    }
}
