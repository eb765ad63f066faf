package org.projectdesk.web.security;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.projectdesk.domain.entry.Role;
import org.projectdesk.domain.reference.OrganisationKind;
import org.projectdesk.domain.shared.CountryCode;
import org.projectdesk.domain.shared.LocalizedText;
import org.projectdesk.persistence.account.AccountService;
import org.projectdesk.persistence.importing.EntryImport;
import org.projectdesk.persistence.importing.UploadedFile;
import org.projectdesk.persistence.opendata.EntryExport;
import org.projectdesk.persistence.opendata.IatiSettingsService;
import org.projectdesk.persistence.reference.OrganisationService;
import org.projectdesk.persistence.reference.OrganisationView;
import org.projectdesk.persistence.reference.RegionService;
import org.projectdesk.persistence.reference.RegionView;
import org.projectdesk.testsupport.Caller;
import org.projectdesk.testsupport.Callers;
import org.projectdesk.testsupport.Outcome;
import org.projectdesk.testsupport.RolledBack;
import org.projectdesk.testsupport.Visitor;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.projectdesk.testsupport.Caller.ADMIN;
import static org.projectdesk.testsupport.Caller.ANONYMOUS;
import static org.projectdesk.testsupport.Caller.AUTHOR;
import static org.projectdesk.testsupport.Caller.EDITOR;
import static org.projectdesk.testsupport.Caller.REVIEWER;

/**
 * The authorisation replay table beyond the editorial workflow (EditorialPermissionsIT has every
 * workflow step): every state-changing use case of accounts, reference data, open-data settings,
 * import and export tried as anonymous, an editor, a reviewer, an administrator and an entry's
 * author, on ids the caller may not touch; a refusal must leave the whole database as it was. Then
 * the desk over HTTP: every desk address requested and every form replayed (with an administrator's
 * captured view state and fields) by anonymous, the editor, the reviewer: refused by the web layer,
 * or by Faces (the view state is not theirs), never a change nor a server error.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorisationReplayIT {

    private static final Logger LOG = Logger.getLogger(AuthorisationReplayIT.class.getName());
    private static final List<Caller> EVERYONE = List.of(ANONYMOUS, EDITOR, REVIEWER, AUTHOR, ADMIN);

    /** One use case, who may take it, and whether taking it shows in the database. */
    private record UseCase(String name, Set<Caller> allowed, boolean changes, Runnable action) {
        UseCase(String name, Set<Caller> allowed, Runnable action) {
            this(name, allowed, true, action);
        }
    }

    @Deployment
    static EnterpriseArchive deployment() {
        return Callers.deployment(AuthorisationReplayIT.class, Visitor.class);
    }

    @Inject
    Callers callers;

    @Inject
    AccountService accounts;

    @Inject
    OrganisationService organisations;

    @Inject
    RegionService regions;

    @Inject
    IatiSettingsService iati;

    @Inject
    EntryImport importer;

    @Inject
    EntryExport export;

    @PersistenceContext(unitName = "projectdesk")
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void everyUseCaseBeyondTheWorkflowRefusesWhoMayNotTakeIt() {
        String target = callers.get(ADMIN, () -> accounts.open("it-target-" + suffix(), "Target", "a-long-password-1",
                EnumSet.of(Role.EDITOR))).username();
        OrganisationView organisation = callers.get(ADMIN, () -> organisations.register("it-replay-org-" + suffix(),
                LocalizedText.of("Replay target organisation"), null, OrganisationKind.values()[0], null));
        RegionView region = callers.get(ADMIN, () -> regions.define("it-replay-region-" + suffix(),
                LocalizedText.of("Replay target region"), List.of(CountryCode.of("IS"))));
        Set<Caller> admin = Set.of(ADMIN);
        java.util.Iterator<Long> mergeable = EVERYONE.stream().map(caller -> callers.get(ADMIN, () -> organisations.register(
                null, LocalizedText.of("Replay duplicate " + suffix()), null, OrganisationKind.values()[0], null)).id())
                .toList().iterator();
        List<UseCase> table = List.of(
                new UseCase("open an account", admin, () -> accounts.open("it-new-" + suffix(), "New", "a-long-password-1",
                        EnumSet.of(Role.ADMIN))),
                new UseCase("give an account the ADMIN role", admin, () -> accounts.changeRoles(target, EnumSet.of(Role.ADMIN))),
                new UseCase("rename an account", admin, () -> accounts.rename(target, "Renamed " + suffix())),
                new UseCase("reset a password", admin, () -> accounts.resetPassword(target, "taken-over-" + suffix())),
                new UseCase("disable an account", admin, () -> accounts.disable(target)),
                new UseCase("enable an account", admin, () -> accounts.enable(target)),
                new UseCase("register an organisation", Set.of(EDITOR, AUTHOR, ADMIN), () -> organisations.register("it-org-" + suffix(),
                        LocalizedText.of("Replay organisation " + suffix()), null, OrganisationKind.values()[0], null)),
                new UseCase("merge two organisations", admin, () -> organisations.merge(mergeable.next(), organisation.id())),
                new UseCase("change an organisation", admin, () -> organisations.change(organisation.id(),
                        currentVersionOfOrganisation(organisation.id()), LocalizedText.of("Replay target " + suffix()),
                        organisation.acronym(), organisation.kind(), organisation.website())),
                new UseCase("define a region", admin, () -> regions.define("it-region-" + suffix(),
                        LocalizedText.of("Replay region " + suffix()), List.of(CountryCode.of("NO")))),
                new UseCase("change a region", admin, () -> regions.change(region.id(), currentVersionOfRegion(region.id()),
                        LocalizedText.of("Replay target " + suffix()), region.members().stream().map(CountryCode::of).toList())),
                new UseCase("change the IATI settings", admin, false, () -> iati.change(iati.current().version(),
                        iati.current().reportingOrgRef(), iati.current().reportingOrgType(), iati.current().reportingOrgName(),
                        iati.current().defaultSector())),
                new UseCase("import entries", Set.of(EDITOR, AUTHOR, ADMIN), () -> importer.importFile(new UploadedFile(
                        "replay.json", ("{\"slug\": \"it-replay-" + suffix() + "\", \"title\": \"Replayed import\"}")
                        .getBytes(StandardCharsets.UTF_8)), false)),
                new UseCase("export every entry", admin, false, export::exportAll));
        List<Executable> checks = new ArrayList<>();
        int tried = 0;
        for (UseCase useCase : table) {
            for (Caller caller : EVERYONE) {
                String before = fingerprint();
                Outcome outcome = callers.as(caller, useCase.action());
                String after = fingerprint();
                tried++;
                boolean allowed = useCase.allowed().contains(caller);
                checks.add(() -> assertEquals(allowed ? Outcome.Kind.DONE : Outcome.Kind.FORBIDDEN, outcome.kind(),
                        useCase.name() + " as " + caller + ": " + outcome));
                if (!allowed) {
                    checks.add(() -> assertEquals(before, after, useCase.name() + " as " + caller + " changed the database"));
                } else if (useCase.changes()) {
                    checks.add(() -> assertNotEquals(before, after, useCase.name() + " as " + caller + " did nothing"));
                }
            }
        }
        int count = tried;
        LOG.info(() -> "Authorisation replay: " + count + " use-case calls");
        assertAll(checks);
    }

    @Test
    void everyDeskAddressAndFormReplayedByWhoMayNotUseIt() {
        long organisation = callers.get(ADMIN, () -> organisations.list()).get(0).id();
        long region = callers.get(ADMIN, () -> regions.list()).get(0).id();
        long entry = anyEntryId();
        Map<String, Set<String>> pages = new LinkedHashMap<>();
        Set<String> everyRole = Set.of("editor", "reviewer", "admin");
        pages.put("/desk", everyRole);
        pages.put("/desk?q=a&state=DRAFT", everyRole);
        pages.put("/desk/entry", everyRole);
        pages.put("/desk/entry?id=" + entry, everyRole);
        pages.put("/desk/preview?id=" + entry + "&lang=fr", everyRole);
        pages.put("/desk/queue", everyRole);
        pages.put("/desk/review?id=" + entry, everyRole);
        pages.put("/desk/history?id=" + entry, everyRole);
        pages.put("/desk/import", Set.of("editor", "admin"));
        pages.put("/desk/accounts", Set.of("admin"));
        pages.put("/desk/account?username=editor", Set.of("admin"));
        pages.put("/desk/opendata", Set.of("admin"));
        pages.put("/desk/organisations", Set.of("admin"));
        pages.put("/desk/organisation?id=" + organisation, Set.of("admin"));
        pages.put("/desk/regions", Set.of("admin"));
        pages.put("/desk/region?id=" + region, Set.of("admin"));

        Map<String, Visitor> visitors = new LinkedHashMap<>();
        visitors.put("anonymous", new Visitor());
        for (String role : everyRole) {
            Visitor visitor = new Visitor();
            assertEquals(302, visitor.signIn(role, "demo-" + role).statusCode(), "demo account " + role + " signs in");
            visitors.put(role, visitor);
        }
        List<Executable> checks = new ArrayList<>();
        AtomicInteger requests = new AtomicInteger();
        for (Map.Entry<String, Set<String>> page : pages.entrySet()) {
            String address = page.getKey();
            HttpResponse<String> asAdmin = visitors.get("admin").get(address);
            checks.add(() -> assertEquals(200, asAdmin.statusCode(), address + " as admin"));
            Map<String, String> captured = Visitor.hiddenFields(asAdmin.body());
            for (Map.Entry<String, Visitor> visitor : visitors.entrySet()) {
                String who = visitor.getKey();
                if (who.equals("admin")) {
                    continue;
                }
                int expected = who.equals("anonymous") ? 302 : page.getValue().contains(who) ? 200 : 403;
                HttpResponse<String> read = visitor.getValue().get(address);
                requests.incrementAndGet();
                checks.add(() -> assertEquals(expected, read.statusCode(), "GET " + address + " as " + who));
                String before = fingerprint();
                String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
                HttpResponse<String> replayed = visitor.getValue().post(path, captured, "Origin", Visitor.origin());
                requests.incrementAndGet();
                String after = fingerprint();
                checks.add(() -> assertTrue(replayed.statusCode() < 500, "POST " + path + " as " + who + ": "
                        + replayed.statusCode()));
                if (expected != 200) {
                    checks.add(() -> assertEquals(expected, replayed.statusCode(), "POST " + path + " as " + who));
                }
                checks.add(() -> assertEquals(before, after, "POST " + path + " as " + who + " changed the database"));
            }
        }
        LOG.info(() -> "Authorisation replay: " + requests.get() + " desk requests");
        assertAll(checks);
    }

    /** Every row count and version sum of the tables a desk step can change. */
    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        RolledBack.read(transaction, () -> {
            for (String table : List.of("project_entry", "revision", "organisation", "region", "user_account",
                    "iati_settings")) {
                Object[] row = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(version), 0) from " + table)
                        .getSingleResult();
                all.append(table).append('=').append(row[0]).append('/').append(row[1]).append(' ');
            }
            for (String table : List.of("revision_transition", "region_country", "user_account_role")) {
                all.append(table).append('=').append(em.createNativeQuery("select count(*) from " + table)
                        .getSingleResult()).append(' ');
            }
            all.append("enabled=").append(em.createNativeQuery(
                    "select count(*) from user_account where enabled = true").getSingleResult());
            return all.append(" hashes=").append(em.createNativeQuery(
                    "select count(distinct password_hash) from user_account").getSingleResult());
        });
        return all.toString();
    }

    private long currentVersionOfOrganisation(long id) {
        return callers.get(ADMIN, () -> organisations.find(id)).version();
    }

    private long currentVersionOfRegion(long id) {
        return callers.get(ADMIN, () -> regions.find(id)).version();
    }

    private long anyEntryId() {
        return RolledBack.read(transaction, () -> ((Number) em.createNativeQuery("select min(id) from project_entry")
                .getSingleResult()).longValue());
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
