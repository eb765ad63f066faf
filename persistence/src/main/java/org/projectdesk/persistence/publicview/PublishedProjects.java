package org.projectdesk.persistence.publicview;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.Slug;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The public side's reads: only published revisions, ever, turned into read models in the
 * reader's language. Nothing here returns an editable entity.
 */
@Stateless
public class PublishedProjects {

    private static final String READ_ONLY = "org.hibernate.readOnly";

    @PersistenceContext(unitName = "projectdesk")
    private EntityManager em;

    /** Every published project, sorted by its title in that language. */
    public List<PublishedProjectSummary> list(Language language) {
        List<ProjectEntry> entries = em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        order by e.id""", ProjectEntry.class)
                .setHint(READ_ONLY, true)
                .getResultList();
        Collator collator = Collator.getInstance(language.locale());
        return entries.stream()
                .map(entry -> PublicViews.summary(entry.slug().value(),
                        entry.publishedRevision().orElseThrow().content(), language))
                .sorted(Comparator.comparing(PublishedProjectSummary::title, collator))
                .toList();
    }

    /** The published project with that slug, or nothing when there is none or it is not public. */
    public Optional<PublishedProject> find(String slug, Language language) {
        Slug wanted;
        try {
            wanted = Slug.of(slug);
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return em.createQuery("""
                        select e from ProjectEntry e join fetch e.publishedRevision
                        where e.slug = :slug""", ProjectEntry.class)
                .setParameter("slug", wanted)
                .setHint(READ_ONLY, true)
                .getResultStream()
                .findFirst()
                .map(entry -> {
                    Revision published = entry.publishedRevision().orElseThrow();
                    return PublicViews.project(entry.slug().value(), published.content(), language,
                            published.publishedAt().orElse(null));
                });
    }
}
