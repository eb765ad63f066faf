package org.projectdesk.persistence.reference;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.projectdesk.persistence.publicview.PublishedProjects;
import org.projectdesk.persistence.publicview.PublicContentVersion;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;
import org.projectdesk.testsupport.TestServer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        return Callers.deployment(OrganisationServiceIT.class, EntryFixtures.class, TestServer.class);
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

    @Inject
    PublicContentVersion publicVersion;

    @Inject
    PublishedProjects publishedProjects;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    private List<String> found(String text) {
        return search.search(ProjectQuery.builder(Language.EN).text(text).build()).hits().stream()
                .map(hit -> hit.project().slug()).toList();
    }

    @Test
    void aRenamedOrganisationIsFoundByItsNewNameAndConcurrentChangesAreRefused() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Outcome byReviewer = callers.as(Caller.REVIEWER, () -> organisations.register(null,
                LocalizedText.of("Quillon Fund " + tag), null, OrganisationKind.OTHER, null));
        assertEquals(Outcome.Kind.FORBIDDEN, byReviewer.kind(), "editors and administrators add organisations");
        Outcome changeByEditor = callers.as(Caller.EDITOR, () -> organisations.merge(1, 2));
        assertEquals(Outcome.Kind.FORBIDDEN, changeByEditor.kind(), "only administrators merge organisations");

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

    @Test
    void anEditorIsOfferedTheCloseOrganisationAndAMergeMovesEveryRevisionAndThePublicSideFollows() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        OrganisationView kept = callers.get(Caller.EDITOR, () -> organisations.register(null,
                LocalizedText.of("Vantor Development Bank " + tag), "VDB" + tag, OrganisationKind.OTHER, null));
        List<String> close = callers.get(Caller.EDITOR, () -> organisations.resembling(
                LocalizedText.of("Vantor Developmnet Bank " + tag), null)).stream().map(OrganisationView::slug).toList();
        assertEquals(List.of(kept.slug()), close, "a typing mistake away");
        assertEquals(List.of(kept.slug()), callers.get(Caller.EDITOR, () -> organisations.resembling(
                LocalizedText.of("Something else entirely"), "vdb" + tag)).stream().map(OrganisationView::slug).toList());
        assertEquals(List.of(), callers.get(Caller.EDITOR, () -> organisations.resembling(
                LocalizedText.of("Zanzibar Orchard Trust " + tag), null)));

        assertEquals(404, TestServer.get("/organisations/" + kept.slug()).statusCode(),
                "an organisation in no published project has no public page");
        OrganisationView duplicate = callers.get(Caller.ADMIN, () -> organisations.register(null,
                LocalizedText.of("Quibblewood Bank " + tag), "QWB" + tag, OrganisationKind.OTHER, null));
        ProjectContent content = fixtures.content(fixtures.uniqueTitle()).toBuilder()
                .addParticipation(Participation.donor(fixtures.organisation(duplicate.id())))
                .addParticipation(Participation.partner(fixtures.organisation(kept.id())))
                .build();
        long id = callers.get(Caller.AUTHOR, () -> editorial.create(content, "it-merge-" + tag)).id();
        callers.get(Caller.AUTHOR, () -> editorial.submitForReview(id, fixtures.version(id)));
        callers.get(Caller.REVIEWER, () -> editorial.approve(id, fixtures.version(id)));
        callers.get(Caller.AUTHOR, () -> editorial.startRevision(id, fixtures.version(id)));
        assertEquals(List.of("it-merge-" + tag), found("Quibblewood"));
        assertEquals(200, TestServer.get("/organisations/" + kept.slug()).statusCode(), "once it takes part in one");
        PublicContentVersion.Stamp before = publicVersion.ofProject("it-merge-" + tag);

        Outcome self = callers.as(Caller.ADMIN, () -> organisations.merge(duplicate.id(), duplicate.id()));
        assertTrue(self.isRefusedWith(InvalidValueException.class), self::toString);
        OrganisationView merged = callers.get(Caller.ADMIN, () -> organisations.merge(duplicate.id(), kept.id()));
        assertEquals(1, merged.entries());
        assertTrue(callers.as(Caller.ADMIN, () -> organisations.find(duplicate.id()))
                .isRefusedWith(UnknownOrganisationException.class), "the duplicate is gone");
        List<Long> named = em.createQuery("""
                        select p.organisation.id from Revision r join r.content.participations p
                        where r.entry.id = :id""", Long.class).setParameter("id", id).getResultList();
        assertEquals(2, em.createQuery("select count(r) from Revision r where r.entry.id = :id", Long.class)
                .setParameter("id", id).getSingleResult(), "the published revision and the new draft");
        assertTrue(named.contains(kept.id()) && !named.contains(duplicate.id()), named::toString);
        assertEquals(List.of(), found("Quibblewood"), "the search forgot the merged one");
        assertTrue(found("Vantor").contains("it-merge-" + tag));
        assertFalse(publicVersion.isCurrent(before, "it-merge-" + tag), "public answers made before are stale");
        assertEquals(Optional.of(kept.slug()), publishedProjects.currentAddressOf(duplicate.slug()),
                "the merged one's address leads to the one it was merged into");
        assertEquals(Optional.empty(), publishedProjects.currentAddressOf(kept.slug()));
        HttpResponse<String> old = TestServer.get("/fr/organisations/" + duplicate.slug());
        assertEquals(301, old.statusCode(), "links to the merged one keep working");
        assertEquals(Optional.of("/fr/organisations/" + kept.slug()), old.headers().firstValue("Location"));
    }
}
