package org.projectdesk.persistence.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.importing.ImportProblem;
import org.projectdesk.domain.importing.ImportedProject;
import org.projectdesk.domain.importing.LegacyPageImport;
import org.projectdesk.domain.importing.LegacyPageReader;
import org.projectdesk.domain.importing.OrganisationMention;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.persistence.reference.OrganisationLookup;
import org.projectdesk.persistence.publicview.PublicContentChanged;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The demo content: the seed "Ongoing Projects" page, read by the legacy page importer, each
 * project published as its entry's first revision, recorded as done by the importer. Loaded at
 * start-up only when the server says so ({@code -Dprojectdesk.demo=true}, as the README's run
 * command does) and only into a database without entries, so a restart adds nothing twice.
 */
@Singleton
@Startup
public class DemoContent {

    private static final Logger LOG = Logger.getLogger(DemoContent.class.getName());
    private static final String SEED_PAGE = "ongoing-projects-page.txt";
    static final String IMPORTER = "importer";

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "projectdesk.demo", defaultValue = "false")
    boolean enabled;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    OrganisationLookup lookup;

    @Inject
    Event<PublicContentChanged> publicChanges;

    @PostConstruct
    void loadAtStartup() {
        if (!enabled) {
            LOG.fine("Demo content is off (projectdesk.demo is not true)");
            return;
        }
        loadIfEmpty();
    }

    /**
     * Loads the demo content unless the database already holds entries; returns the importer's
     * report when it loaded.
     */
    public Optional<LegacyPageImport> loadIfEmpty() {
        if (entries.count() > 0) {
            LOG.info("Demo content: the database already holds entries, nothing loaded");
            return Optional.empty();
        }
        return Optional.of(load(clock.instant()));
    }

    /** Reads the seed page and publishes every project it could read; returns the importer's report. */
    public LegacyPageImport load(Instant at) {
        LegacyPageImport page = new LegacyPageReader().read(seedPage());
        for (ImportProblem problem : page.problems()) {
            LOG.log(problem.isError() ? Level.WARNING : Level.INFO, () -> "Demo content, seed page: " + problem);
        }
        Actor importer = Actor.system(IMPORTER);
        Map<String, Organisation> known = new HashMap<>();
        List<Region> allRegions = regions.findAll();
        int published = 0;
        for (ImportedProject project : page.projects()) {
            if (project.suggestedSlug() == null || entries.isSlugTaken(project.suggestedSlug())) {
                LOG.warning(() -> "Demo content: section " + project.section() + " has no free address name, skipped");
                continue;
            }
            ProjectContent content = filedUnderRegion(
                    project.toContent(mention -> organisationFor(mention, known)), allRegions);
            ProjectEntry entry = ProjectEntry.imported(project.suggestedSlug(), content, importer, at);
            entries.store(entry);
            published++;
        }
        publicChanges.fire(PublicContentChanged.everything());
        int count = published;
        LOG.info(() -> "Demo content: " + count + " projects published from the seed page ("
                + page.errors().size() + " errors, " + page.warnings().size() + " warnings)");
        return page;
    }

    /**
     * The seed page names no regions: a project whose countries all lie in exactly one region
     * (e.g. Georgia and Azerbaijan: the Eastern Partnership) is filed under it; any other is left
     * without a region rather than guessed.
     */
    static ProjectContent filedUnderRegion(ProjectContent content, List<Region> regions) {
        if (content.region().isPresent()) {
            return content;
        }
        List<Region> covering = regions.stream().filter(region -> region.coversAll(content.countries())).toList();
        return covering.size() == 1 ? content.toBuilder().region(covering.get(0)).build() : content;
    }

    private Organisation organisationFor(OrganisationMention mention, Map<String, Organisation> known) {
        Slug slug = mention.organisationSlug();
        return known.computeIfAbsent(slug.value(), key -> lookup.existing(mention).orElseGet(() -> {
            Organisation created = mention.newOrganisation();
            organisations.store(created);
            return created;
        }));
    }

    private static String seedPage() {
        try (InputStream in = DemoContent.class.getResourceAsStream(SEED_PAGE)) {
            if (in == null) {
                throw new IllegalStateException("The seed page " + SEED_PAGE + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
