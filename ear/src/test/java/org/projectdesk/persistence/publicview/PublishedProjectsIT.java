package org.projectdesk.persistence.publicview;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.Actor;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.testsupport.Deployments;

import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The public side's reads, against the demo content the server loaded from the seed page. */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class PublishedProjectsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(PublishedProjectsIT.class);
    }

    @Inject
    PublishedProjects publishedProjects;

    @Inject
    ProjectEntryRepository entries;

    @Inject
    UserTransaction transaction;

    @Test
    void listsTheSevenSeedProjectsSortedByTitle() {
        var projects = publishedProjects.list(Language.EN).stream()
                .filter(p -> !p.slug().startsWith("it-")).toList();
        assertEquals(7, projects.size(), () -> projects.toString());
        assertEquals("Better coordination of protection of the land border between Georgia and Azerbaijan",
                projects.get(0).title());
        assertEquals("Technical Assistance for Improving Administrative Capacity of Border Management at Local Level",
                projects.get(6).title());
    }

    @Test
    void readsMibmaWithEverySeedField() {
        PublishedProject mibma = publishedProjects.find("mibma", Language.EN).orElseThrow();
        assertEquals("Support to Migration and Border Management in Armenia", mibma.title());
        assertEquals("MIBMA", mibma.acronym());
        assertEquals("ICMPD", mibma.lead().acronym());
        assertEquals(1, mibma.implementingPartners().size());
        assertEquals("UNDP", mibma.implementingPartners().get(0).acronym());
        assertEquals("European Union", mibma.donors().get(0).organisation().name().replace(" (EU)", ""));
        assertEquals(YearMonth.of(2016, 1), mibma.duration().start());
        assertEquals(YearMonth.of(2018, 12), mibma.duration().end());
        assertEquals("AM", mibma.countries().get(0).code());
        assertEquals("Armenia", mibma.countries().get(0).name());
        assertEquals(2, mibma.specificObjectives().size());
    }

    @Test
    void namesCountriesInTheReadersLanguageAndFallsBackToEnglishText() {
        PublishedProject mibma = publishedProjects.find("mibma", Language.FR).orElseThrow();
        assertEquals("Arménie", mibma.countries().get(0).name());
        assertEquals("Support to Migration and Border Management in Armenia", mibma.title());
        assertTrue(mibma.untranslatedFields().contains("title"), () -> mibma.untranslatedFields().toString());
    }

    @Test
    void neverShowsAnEntryWithoutPublishedRevision() throws Exception {
        String slug = "it-draft-" + UUID.randomUUID().toString().substring(0, 8);
        transaction.begin();
        entries.store(ProjectEntry.create(Slug.of(slug),
                ProjectContent.builder().title(LocalizedText.of("A draft nobody approved")).build(),
                Actor.of("it-editor", Role.EDITOR), Instant.now()));
        transaction.commit();

        assertTrue(entries.isSlugTaken(Slug.of(slug)));
        assertFalse(publishedProjects.find(slug, Language.EN).isPresent());
        assertTrue(publishedProjects.list(Language.EN).stream().noneMatch(p -> p.slug().equals(slug)));
    }

    @Test
    void unknownOrMalformedSlugsFindNothing() {
        assertFalse(publishedProjects.find("no-such-project", Language.EN).isPresent());
        assertFalse(publishedProjects.find("../etc/passwd", Language.EN).isPresent());
    }
}
