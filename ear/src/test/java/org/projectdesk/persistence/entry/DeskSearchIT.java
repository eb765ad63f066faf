package org.projectdesk.persistence.entry;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk's search (by title in any language or acronym, in any revision; by state), answered by
 * the database: case ignored, wildcard characters taken literally, most recently edited first.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DeskSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(DeskSearchIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    EditorialService editorial;

    @Inject
    EditorialQueries queries;

    @Inject
    EntryFixtures fixtures;

    private List<String> slugs(String text, RevisionState state) {
        return callers.get(Caller.EDITOR, () -> queries.search(text, state)).stream()
                .map(EntrySummary::slug).toList();
    }

    @Test
    void findsByTitleInAnyLanguageOrAcronymInAnyRevisionAndByState() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        ProjectContent content = fixtures.content("Desk search probe " + tag).toBuilder()
                .title(LocalizedText.of("Desk search probe " + tag, "Sonde de recherche " + tag, "Поисковый зонд " + tag))
                .acronym("DSP" + tag.toUpperCase())
                .build();
        String first = callers.get(Caller.AUTHOR, () -> editorial.create(content, "it-search-a-" + tag)).slug();
        ProjectContent other = fixtures.content("Coverage 100% of " + tag);
        String second = callers.get(Caller.AUTHOR, () -> editorial.create(other, "it-search-b-" + tag)).slug();

        assertEquals(List.of(first), slugs("desk SEARCH probe " + tag, null));
        assertEquals(List.of(first), slugs("sonde de recherche " + tag, null));
        assertEquals(List.of(first), slugs("поисковый зонд " + tag, null));
        assertEquals(List.of(first), slugs("dsp" + tag, null), "by acronym, case ignored");
        assertEquals(List.of(second, first), slugs(tag, null), "most recently edited first");
        assertEquals(List.of(second, first), slugs(tag, RevisionState.DRAFT));
        assertEquals(List.of(), slugs(tag, RevisionState.PUBLISHED));
        assertEquals(List.of(second), slugs("100% of " + tag, null));
        assertEquals(List.of(), slugs("1_0% of " + tag, null), "_ is a character, not a wildcard");
        assertTrue(slugs("%", null).stream().noneMatch(slug -> slug.equals(first)), "% is a character, not a wildcard");

        long id = callers.get(Caller.AUTHOR, () -> editorial.create(fixtures.content("Old name " + tag), "it-search-c-" + tag)).id();
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        callers.get(Caller.AUTHOR, () -> editorial.startRevision(id, fixtures.version(id)));
        assertEquals(List.of("it-search-c-" + tag), slugs("old name " + tag, RevisionState.PUBLISHED),
                "a published revision is found by its state while a draft is open");
    }
}
