package org.projectdesk.persistence.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.util.logging.Logger;

/**
 * Loads a synthetic portfolio at start-up when the server asks for one
 * ({@code -Dprojectdesk.generate=10000}, optionally {@code -Dprojectdesk.generate.seed=42}): for the
 * benchmark ({@code scripts/benchmark.sh}) and other measurements. Entries already
 * there are kept, so a restart with the same number adds nothing; the search index is rebuilt
 * afterwards by {@link org.projectdesk.persistence.publicview.search.SearchIndex}'s start-up check.
 */
@Singleton
@Startup
@DependsOn("DemoContent")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GeneratedContent {

    private static final Logger LOG = Logger.getLogger(GeneratedContent.class.getName());
    private static final int BATCH = 100;

    @Inject
    @ConfigProperty(name = "projectdesk.generate", defaultValue = "0")
    int count;

    @Inject
    @ConfigProperty(name = "projectdesk.generate.seed", defaultValue = "42")
    long seed;

    @Inject
    PortfolioGenerator generator;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @PostConstruct
    void generateAtStartup() {
        if (count <= 0) {
            return;
        }
        long start = System.nanoTime();
        generator.prepareOrganisations();
        int stored = 0;
        for (int from = 1; from <= count; from += BATCH) {
            stored += generator.storeBatch(seed, from, Math.min(count, from + BATCH - 1));
        }
        publicChanges.fire(PublicContentChanged.everything());
        int total = stored;
        LOG.info(() -> "Generated content: " + total + " new entries stored (of " + count + ") in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
