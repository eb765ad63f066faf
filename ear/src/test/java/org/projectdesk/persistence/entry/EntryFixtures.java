package org.projectdesk.persistence.entry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Revision;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.MonthRange;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.RolledBack;

import java.time.YearMonth;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Entries in each workflow state, made through the editorial service itself (written and submitted
 * by {@link Caller#AUTHOR} unless said otherwise, approved by {@link Caller#REVIEWER}), and a
 * snapshot of everything an entry holds, to prove that a refused step changed nothing.
 */
@ApplicationScoped
public class EntryFixtures {

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserTransaction transaction;

    /**
     * A complete content (ready for review) with a title unique to this test run, in a country no
     * seed project names (Iceland) and led by UNDP, so that the entries these tests publish do not
     * disturb the public side's tests of the seed projects (searches, feeds, country pages).
     */
    public ProjectContent content(String title) {
        Organisation undp = inTransaction(() -> organisations.findByAcronymOrName("UNDP").orElseThrow());
        return ProjectContent.builder()
                .title(title)
                .objective(LocalizedText.of("To try the editorial workflow."))
                .addParticipation(Participation.lead(undp))
                .duration(MonthRange.of(YearMonth.of(2026, 1), YearMonth.of(2027, 12)))
                .addCountry(CountryCode.of("IS"))
                .build();
    }

    /** A title sorting after every seed project's, so that public listings keep the seed projects on their first page. */
    public String uniqueTitle() {
        return "Workflow test entry " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A draft at an address starting with {@code it-} (public-side tests leave such entries out). */
    public long draft(Caller author) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        return callers.get(author, () -> editorial.create(content(uniqueTitle()), "it-entry-" + suffix)).id();
    }

    public long draft() {
        return draft(Caller.AUTHOR);
    }

    public long inReview(Caller author) {
        long id = draft(author);
        callers.get(author, () -> editorial.submitForReview(id, version(id)));
        return id;
    }

    public long inReview() {
        return inReview(Caller.AUTHOR);
    }

    public long published() {
        long id = inReview();
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, version(id)));
        return id;
    }

    /** Published, then taken offline. */
    public long unpublished() {
        long id = published();
        callers.get(Caller.REVIEWER, () -> editorial.unpublish(id, version(id), "IT"));
        return id;
    }

    /** Published with a forward draft open. */
    public long publishedWithDraft() {
        long id = published();
        callers.get(Caller.AUTHOR, () -> editorial.startRevision(id, version(id)));
        return id;
    }

    public String slug(long id) {
        return inTransaction(() -> entries.find(id).orElseThrow().slug().value());
    }

    public long version(long id) {
        return inTransaction(() -> entries.find(id).orElseThrow().version());
    }

    /** Everything the entry holds, written out: equal snapshots mean nothing changed. */
    public String snapshot(long id) {
        return inTransaction(() -> {
            ProjectEntry entry = entries.find(id).orElseThrow();
            return "version " + entry.version()
                    + "; published " + entry.publishedRevision().map(Revision::number).orElse(null)
                    + "; open " + entry.openDraft().map(Revision::number).orElse(null)
                    + "; revisions " + entry.revisions().stream()
                    .map(r -> r.number() + ":" + r.state() + ":" + r.version() + ":" + r.lastEditedBy() + ":"
                            + r.submittedBy().orElse("-") + ":" + r.reviewComment().orElse("-") + ":"
                            + r.content().title().english() + ":" + r.content().objective().map(LocalizedText::english).orElse("-"))
                    .collect(Collectors.joining(", "))
                    + "; steps " + entry.history().stream().map(Transition::toString).collect(Collectors.joining(", "));
        });
    }

    /** An organisation by id, read in a transaction of its own (for building content). */
    public Organisation organisation(long id) {
        return inTransaction(() -> organisations.find(id).orElseThrow());
    }

    public boolean slugExists(String slug) {
        return inTransaction(() -> entries.isSlugTaken(Slug.of(slug)));
    }

    public long count() {
        return inTransaction(() -> entries.count());
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return RolledBack.read(transaction, work);
    }
}
