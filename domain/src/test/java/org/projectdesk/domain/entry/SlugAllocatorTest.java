package org.projectdesk.domain.entry;

import org.junit.jupiter.api.Test;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Slug;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlugAllocatorTest {

    private final Set<Slug> taken = new HashSet<>();
    private final SlugAllocator allocator = new SlugAllocator(taken::contains);

    @Test
    void derivesFromTheAcronym() {
        assertEquals(Slug.of("ibm-loc-cap"), allocator.allocateFor(ProjectContent.builder()
                .title("Technical Assistance for Improving Administrative Capacity of Border Management at Local Level")
                .acronym("IBM-LOC-CAP").build()));
        assertEquals(Slug.of("ge-az-ibm"), allocator.allocateFor(ProjectContent.builder()
                .title("Better coordination of protection of the land border between Georgia and Azerbaijan")
                .acronym("Ge Az IBM").build()));
    }

    @Test
    void derivesFromTheTitleWithoutAnAcronym() {
        assertEquals(Slug.of("border-management-and-border-communities-in-the-sahel-region"),
                allocator.allocateFor(ProjectContent.builder()
                        .title("Border Management and Border Communities in the Sahel region").build()));
    }

    @Test
    void fallsBackToTheTitleWhenTheAcronymHasNoLatinLetters() {
        assertEquals(Slug.of("support-programme-tunisia"), allocator.allocateFor(ProjectContent.builder()
                .title("Support Programme Tunisia").acronym("ПП").build()));
    }

    @Test
    void addsANumberWhileTaken() {
        taken.addAll(List.of(Slug.of("mibma"), Slug.of("mibma-2")));
        assertEquals(Slug.of("mibma-3"), allocator.allocateFor(Fixtures.mibma()));
    }

    @Test
    void aChosenSlugThatIsTakenIsRefused() {
        taken.add(Slug.of("mibma"));
        DuplicateSlugException refused = assertThrows(DuplicateSlugException.class, () -> allocator.claim(Slug.of("mibma")));
        assertEquals(Slug.of("mibma"), refused.slug());
        assertEquals("error.slug.taken", refused.messageKey());
        assertThrows(DuplicateSlugException.class, () -> allocator.allocate("mibma", Fixtures.mibma()));
    }

    @Test
    void aChosenFreeSlugIsKeptAndBlankMeansDerive() {
        assertEquals(Slug.of("armenia-migration"), allocator.allocate(" armenia-migration ", Fixtures.mibma()));
        assertEquals(Slug.of("mibma"), allocator.allocate("", Fixtures.mibma()));
        assertThrows(InvalidValueException.class, () -> allocator.allocate("Not A Slug", Fixtures.mibma()));
    }

    @Test
    void usesTheRepositoryWhenGivenOne() {
        ProjectEntryRepository repository = new InMemoryEntries(Set.of(Slug.of("mibma")));
        assertEquals(Slug.of("mibma-2"), SlugAllocator.using(repository).allocateFor(Fixtures.mibma()));
    }

    /** Just enough of a repository to answer isSlugTaken. */
    private record InMemoryEntries(Set<Slug> slugs) implements ProjectEntryRepository {
        public java.util.Optional<ProjectEntry> find(long id) { return java.util.Optional.empty(); }
        public java.util.Optional<ProjectEntry> findBySlug(Slug slug) { return java.util.Optional.empty(); }
        public boolean isSlugTaken(Slug slug) { return slugs.contains(slug); }
        public void store(ProjectEntry entry) { }
        public List<ProjectEntry> findAll() { return List.of(); }
        public java.util.Optional<ProjectEntry> findPublishedBySlug(String slug) { return java.util.Optional.empty(); }
        public long count() { return slugs.size(); }
    }
}
