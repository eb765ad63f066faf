package org.projectdesk.persistence.demo;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.reference.OrganisationRepository;
import org.projectdesk.domain.entry.ProjectEntryRepository;
import org.projectdesk.domain.entry.ProjectEntry;
import org.projectdesk.domain.entry.RevisionState;
import org.projectdesk.domain.entry.Transition;
import org.projectdesk.domain.shared.Slug;
import org.projectdesk.testsupport.Deployments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo content the server loaded at start-up (the test servers run with projectdesk.demo=true). */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class DemoContentIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTests(DemoContentIT.class);
    }

    @Inject
    ProjectEntryRepository entries;

    @Inject
    OrganisationRepository organisations;

    @Inject
    UserTransaction transaction;

    @Test
    void publishedEachSeedProjectAsItsFirstRevisionByTheImporter() throws Exception {
        transaction.begin();
        try {
            checkImportedEntries();
        } finally {
            transaction.rollback();
        }
    }

    private void checkImportedEntries() {
        for (String slug : new String[]{"mibma", "bomca", "ibm-loc-cap", "ge-az-ibm"}) {
            ProjectEntry entry = entries.findBySlug(Slug.of(slug)).orElseThrow(() -> new AssertionError(slug));
            assertEquals(1, entry.revisions().size(), slug);
            assertEquals(RevisionState.PUBLISHED, entry.publishedRevision().orElseThrow().state(), slug);
            Transition first = entry.history().get(0);
            assertEquals(DemoContent.IMPORTER, first.actor(), slug);
            assertEquals(RevisionState.PUBLISHED, first.toState(), slug);
        }
    }

    @Inject
    DemoContent demoContent;

    @Test
    void loadsNothingTwice() {
        long before = entries.count();
        int organisationsBefore = organisations.findAll().size();
        assertTrue(demoContent.loadIfEmpty().isEmpty());
        assertEquals(before, entries.count());
        assertEquals(organisationsBefore, organisations.findAll().size());
    }

    @Test
    void registeredEachOrganisationOnce() {
        var all = organisations.findAll();
        assertEquals(all.size(), all.stream().map(o -> o.slug().value()).distinct().count());
        assertTrue(organisations.findByAcronymOrName("ICMPD").isPresent());
        assertTrue(organisations.findByAcronymOrName("State Border Guard of Latvia").isPresent());
    }
}
