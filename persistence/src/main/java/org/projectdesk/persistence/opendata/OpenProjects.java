package org.projectdesk.persistence.opendata;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.opendata.IatiSettings;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.persistence.publicview.PublicContentVersion;

import javax.xml.stream.XMLStreamException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The published projects as open data, with every translation: the IATI export. Only published
 * revisions, ever; drafts, revisions in review and unpublished entries are never read here.
 */
@Stateless
@PermitAll
public class OpenProjects {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    @Inject
    Clock clock;

    @Inject
    IatiSettingsService settings;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    PublicContentVersion version;

    /** Every published project, by slug. */
    public List<OpenProject> published() {
        return em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        order by e.slug.value""", ProjectEntry.class)
                .setHint(READ_ONLY, true)
                .getResultList().stream()
                .map(OpenProjects::open)
                .toList();
    }

    /** The published project with that slug, if there is one. */
    public Optional<OpenProject> published(String slug) {
        return entries.findPublishedBySlug(slug).map(OpenProjects::open);
    }

    /**
     * A value that changes whenever the IATI export would: a publication or unpublication (of that
     * project, or of any for the whole file), a change of the settings or other reference data, or
     * a new day (the activity statuses depend on it). For ETags; a memory look-up, no query.
     */
    public String iatiVersion(Optional<String> slug) {
        PublicContentVersion.Stamp stamp = slug.map(version::ofProject).orElseGet(version::ofCollections);
        return sha256("iati;" + slug.orElse("") + ";" + stamp.text());
    }

    /** The IATI 2.03 document of every published project; empty when none is published (the schema needs one). */
    public Optional<byte[]> iatiActivities(Function<String, Map<Language, String>> factsheets) {
        List<OpenProject> projects = published();
        return projects.isEmpty() ? Optional.empty() : Optional.of(iati(projects, factsheets));
    }

    /** The IATI 2.03 document of one published project. */
    public Optional<byte[]> iatiActivity(String slug, Function<String, Map<Language, String>> factsheets) {
        return published(slug).map(project -> iati(List.of(project), factsheets));
    }

    private byte[] iati(List<OpenProject> projects, Function<String, Map<Language, String>> factsheets) {
        Instant now = clock.instant();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new IatiActivitiesWriter(settings.current(), factsheets).write(projects, now,
                    LocalDate.ofInstant(now, ZoneOffset.UTC), out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing the IATI document failed", e);
        }
        return out.toByteArray();
    }

    private static OpenProject open(ProjectEntry entry) {
        Revision published = entry.publishedRevision().orElseThrow();
        return OpenProject.of(entry.slug().value(), published.content(), published.publishedAt().orElse(published.lastEditedAt()));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
