package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.reference.RegionRepository;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ContentField;
import org.projectdesk.domain.entry.ContentGenerator;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.Organisation;
import org.projectdesk.domain.reference.Region;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every field survives the database: generated contents with every field set in three languages
 * (seed {@value ContentGenerator#SEED}), naming the stored organisations and regions, are created
 * and saved as drafts through the editorial service and read back equal; saving a change of one
 * field shows that field, and only it, to the next editor who saved the same version. Drafts at
 * {@code it-} addresses, never published, so the public side's tests do not see them.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class ContentRoundTripIT {

    private static final int COUNT = 12;

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(ContentRoundTripIT.class, ContentGenerator.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    RegionRepository regions;

    @Inject
    UserTransaction transaction;

    @Test
    void everyFieldIsStoredAndReadBack() throws Exception {
        ContentGenerator generator = generator();
        for (ProjectContent content : generator.contents(COUNT)) {
            String slug = "it-shape-" + UUID.randomUUID().toString().substring(0, 8);
            EntryRef created = callers.get(Caller.AUTHOR, () -> editorial.create(content, slug));
            assertEquals(content, stored(created.id()), slug + " as created");

            ProjectContent next = generator.next();
            EntryRef saved = callers.get(Caller.AUTHOR, () -> editorial.saveDraft(created.id(), created.version(), next));
            assertEquals(next, stored(saved.id()), slug + " as saved");
        }
    }

    @Test
    void aConflictingSaveNamesExactlyTheFieldThatDiffers() throws Exception {
        ContentGenerator generator = generator();
        for (ContentField field : ContentField.values()) {
            ProjectContent content = generator.next();
            EntryRef created = callers.get(Caller.AUTHOR,
                    () -> editorial.create(content, "it-shape-" + UUID.randomUUID().toString().substring(0, 8)));
            ProjectContent changed = generator.withChanged(content, field);
            callers.get(Caller.AUTHOR, () -> editorial.saveDraft(created.id(), created.version(), changed));
            var outcome = callers.as(Caller.EDITOR, () -> editorial.saveDraft(created.id(), created.version(), content));
            assertTrue(outcome.isRefusedWith(EditConflictException.class), outcome::toString);
            List<String> fields = ((EditConflictException) outcome.refusal()).changes().stream()
                    .map(change -> change.field()).distinct().toList();
            assertEquals(List.of(field.key()), fields);
        }
    }

    /** Generates contents naming the stored organisations and regions. */
    private ContentGenerator generator() throws Exception {
        transaction.begin();
        try {
            List<Organisation> stored = organisations.findAll().stream().limit(8).toList();
            List<Region> storedRegions = regions.findAll();
            assertTrue(stored.size() >= 5 && storedRegions.size() >= 2, "the seed reference data");
            return new ContentGenerator(ContentGenerator.SEED, stored, storedRegions);
        } finally {
            transaction.rollback();
        }
    }

    private ProjectContent stored(long id) {
        return callers.get(Caller.AUTHOR, () -> queries.details(id).content());
    }
}
