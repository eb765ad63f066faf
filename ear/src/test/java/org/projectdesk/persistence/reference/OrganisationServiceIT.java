package org.projectdesk.persistence.reference;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.projectdesk.domain.entry.Participation;
import org.projectdesk.domain.entry.ProjectContent;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.InvalidValueException;
import org.projectdesk.domain.shared.Language;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.entry.EditorialService;
import org.projectdesk.persistence.entry.EntryFixtures;
import org.projectdesk.persistence.publicview.ProjectQuery;
import org.projectdesk.persistence.publicview.ProjectSearch;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference data: only administrators register and change organisations; a change made after
 * someone else's is refused and writes nothing; a rename reaches the public search at once.
 */
@ExtendWith(ArquillianExtension.class)
@Tag("persistence")
class OrganisationServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(OrganisationServiceIT.class, EntryFixtures.class);
    }

    @Inject
    Callers callers;

    @Inject
    OrganisationService organisations;

    @Inject
    EditorialService editorial;

    @Inject
    EntryFixtures fixtures;

    @Inject
    ProjectSearch search;

    private List<String> found(String text) {
        return search.search(ProjectQuery.builder(Language.EN).text(text).build()).hits().stream()
                .map(hit -> hit.project().slug()).toList();
    }

    @Test
    void aRenamedOrganisationIsFoundByItsNewNameAndConcurrentChangesAreRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Outcome byEditor = callers.as(Caller.EDITOR, () -> organisations.register(null,
                LocalizedText.of("Quillon Fund " + tag), null, OrganisationKind.OTHER, null));
        assertEquals(Outcome.Kind.FORBIDDEN, byEditor.kind(), "only administrators manage organisations");

        OrganisationView fund = callers.get(Caller.ADMIN, () -> organisations.register(null,
                LocalizedText.of("Quillon Fund " + tag), "QF" + tag, OrganisationKind.NGO, "https://quillon.example.org"));
        assertEquals("qf" + tag, fund.slug());
        Outcome taken = callers.as(Caller.ADMIN, () -> organisations.register("qf" + tag,
                LocalizedText.of("Another"), null, OrganisationKind.OTHER, null));
        assertTrue(taken.isRefusedWith(InvalidValueException.class), taken::toString);

        ProjectContent content = fixtures.content(fixtures.uniqueTitle()).toBuilder()
                .addParticipation(Participation.donor(fixtures.organisation(fund.id())))
                .build();
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(content, "it-org-" + tag)).id();
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        assertEquals(List.of("it-org-" + tag), found("Quillon"));

        OrganisationView renamed = callers.get(Caller.ADMIN, () -> organisations.change(fund.id(), fund.version(),
                LocalizedText.of("Zephyrine Trust " + tag, "Fondation Zéphyrine " + tag, null), "ZT" + tag,
                OrganisationKind.NGO, null));
        assertEquals(1, renamed.entries());
        assertEquals(List.of("it-org-" + tag), found("Zephyrine"), "the public search knows the new name");
        assertEquals(List.of(), found("Quillon"), "and forgot the old one");

        Outcome stale = callers.as(Caller.ADMIN, () -> organisations.change(fund.id(), fund.version(),
                LocalizedText.of("Stale " + tag), null, OrganisationKind.OTHER, null));
        assertTrue(stale.isRefusedWith(OrganisationChangedMeanwhileException.class), stale::toString);
        Outcome badWebsite = callers.as(Caller.ADMIN, () -> organisations.change(fund.id(), renamed.version(),
                LocalizedText.of("Half-applied " + tag), null, OrganisationKind.OTHER, "not a web address"));
        assertTrue(badWebsite.isRefusedWith(InvalidValueException.class), badWebsite::toString);
        OrganisationView after = callers.get(Caller.ADMIN, () -> organisations.find(fund.id()));
        assertEquals("Zephyrine Trust " + tag, after.name().english(), "a refused change writes nothing");
        assertEquals(renamed.version(), after.version());
    }
}
