package org.projectdesk.persistence.storage;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.projectdesk.testsupport.BuildPostgres;
import org.projectdesk.testsupport.DeskClient;
import org.projectdesk.testsupport.ServerCopy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing acknowledged is ever lost. A server of the test's own runs on H2 (file) and on
 * PostgreSQL; two people at a time import entries, save them, submit them and approve them
 * through the desk's pages, as a browser sends them. At a random moment the server is killed
 * with SIGKILL (on PostgreSQL every other time the database server too), started again, and then:
 * every step a page had acknowledged is in the database; nothing is half-written (an entry without
 * its revision, a publication without its transition, a pointer to a revision in the wrong state);
 * a step in flight at the kill is either wholly there or wholly absent; and the search index agrees
 * with the database — the published projects and nothing else, each findable by its published
 * title and no longer by an earlier one.
 *
 * <p>{@code -Dcrash.kills} kills per database (the build's default is a light run; the full run,
 * {@code scripts/crash-test.sh}, makes 20), {@code -Dcrash.minutes} a time bound per database,
 * {@code -Dcrash.seed} repeats a run's random moments. Figures are logged and written to
 * {@code target/crash-test/<database>/summary.txt}.
 */
@Tag("server-copies")
class CrashIT {

    private static final Logger LOG = Logger.getLogger(CrashIT.class.getName());
    private static final int KILLS = Integer.getInteger("crash.kills", 3);
    private static final Duration BUDGET = Duration.ofMinutes(Long.getLong("crash.minutes", 30));
    private static final int WORKERS = 2;

    @Test
    void h2FileDatabase() throws Exception {
        run("h2");
    }

    @Test
    void postgresql() throws Exception {
        run("postgresql");
    }

    private void run(String database) throws Exception {
        long started = System.nanoTime();
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Path work = Path.of(System.getProperty("projectdesk.build.dir"), "crash-test", database);
        ServerCopy.deleteTree(work);
        Files.createDirectories(work);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("projectdesk.demo", "true");
        properties.put("projectdesk.data.dir", work.resolve("data").toString());
        BuildPostgres postgres = null;
        if (database.equals("postgresql")) {
            postgres = BuildPostgres.own(work.resolve("postgresql"), 1);
            postgres.create("crash");
            properties.put("projectdesk.db.driver", "postgresql");
            properties.put("projectdesk.db.url", postgres.url("crash"));
            properties.put("projectdesk.db.user", BuildPostgres.USER);
            properties.put("projectdesk.db.password", BuildPostgres.USER);
        }
        Ledger ledger = new Ledger(database.equals("h2") ? "h" : "p");
        Tally tally = new Tally();
        List<String> problems = new ArrayList<>();
        int kills = 0;
        ServerCopy server = new ServerCopy(work);
        try {
            server.start(properties);
            String lead = leadOrganisation(server);
            while (kills < KILLS && System.nanoTime() - started < BUDGET.toNanos()) {
                AtomicBoolean killing = new AtomicBoolean();
                List<Thread> workers = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    // sessions opened one after another: one account signing in twice at the same
                    // moment is refused (its sign-in record is optimistically locked)
                    DeskClient editor = signedIn(server, "editor", "demo-editor");
                    DeskClient reviewer = signedIn(server, "reviewer", "demo-reviewer");
                    Thread thread = new Thread(new Worker(editor, reviewer, ledger, lead, killing, tally), "crash-worker-" + w);
                    thread.start();
                    workers.add(thread);
                }
                Thread.sleep(1500 + random.nextInt(6000));
                killing.set(true);
                server.kill();
                boolean databaseKilled = postgres != null && kills % 2 == 1;
                if (databaseKilled) {
                    postgres.kill();
                }
                kills++;
                for (Thread worker : workers) {
                    worker.join(Duration.ofMinutes(2).toMillis());
                }
                if (databaseKilled) {
                    postgres.start();
                }
                Snapshot snapshot;
                try (Connection connection = connect(database, work, postgres)) {
                    snapshot = Snapshot.read(connection, ledger.slugs());
                }
                problems.addAll(ledger.check(snapshot, "after kill " + kills));
                problems.addAll(snapshot.halfWritten("after kill " + kills));
                server.start(properties);
                problems.addAll(indexAgrees(server, snapshot, ledger, "after restart " + kills));
                LOG.info("[" + database + "] kill " + kills + (databaseKilled ? " (and the database server)" : "")
                        + ": " + ledger.acknowledged() + " acknowledged steps so far, " + problems.size() + " problems");
            }
            server.stop();
            try (Connection connection = connect(database, work, postgres)) {
                Snapshot last = Snapshot.read(connection, ledger.slugs());
                problems.addAll(ledger.check(last, "after the last, graceful stop"));
                problems.addAll(last.halfWritten("after the last, graceful stop"));
            }
        } finally {
            server.kill();
            if (postgres != null) {
                postgres.stop();
            }
        }
        int lost = ledger.lostSteps();
        long other = problems.stream().filter(p -> !p.contains(" lost: ")).count();
        String summary = String.format("crash test on %s: %d kills, %d acknowledged steps checked (%d imports, %d saves,"
                        + " %d submissions, %d approvals, %d new revisions), %d steps in flight at a kill,"
                        + " %d acknowledged steps lost, %d other problems, %d s, seed %d",
                database, kills, ledger.acknowledged(), ledger.count(Kind.IMPORT), ledger.count(Kind.SAVE),
                ledger.count(Kind.SUBMIT), ledger.count(Kind.APPROVE), ledger.count(Kind.START_REVISION),
                ledger.inFlight(), lost, other,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), seed);
        Files.writeString(work.resolve("summary.txt"), summary + "\n" + String.join("\n", problems) + "\n");
        LOG.info(summary);
        problems.forEach(problem -> LOG.severe(problem));
        assertEquals(List.of(), problems, summary);
        assertEquals(0, tally.refused.get(), "steps the server answered without doing them: " + tally.refusals);
        assertEquals(KILLS, kills, "only " + kills + " of " + KILLS + " kills within " + BUDGET.toMinutes() + " minutes");
        assertTrue(ledger.acknowledged() > kills, "too few acknowledged steps to say anything: " + summary);
    }

    private static DeskClient signedIn(ServerCopy server, String username, String password) throws IOException {
        DeskClient client = new DeskClient(server.url(""));
        if (!client.signIn(username, password)) {
            throw new IllegalStateException(username + " could not sign in");
        }
        return client;
    }

    private static Connection connect(String database, Path work, BuildPostgres postgres) throws SQLException {
        if (postgres != null) {
            return postgres.connect("crash");
        }
        // read-only: the test looks at the file as the crash left it, before the server opens it again
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data/h2/projectdesk")
                + ";ACCESS_MODE_DATA=r", "sa", "sa");
    }

    /** An organisation the demo content knows, to lead the test's projects (a submission needs one). */
    private static String leadOrganisation(ServerCopy server) throws IOException, InterruptedException {
        JsonObject page = json(server, "/api/v1/organisations");
        return page.getJsonArray("items").getJsonObject(0).getString("slug");
    }

    private static List<String> indexAgrees(ServerCopy server, Snapshot snapshot, Ledger ledger, String when)
            throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        Set<String> listed = new TreeSet<>();
        for (int page = 1; ; page++) {
            JsonObject answer = json(server, "/api/v1/projects?size=100&page=" + page);
            answer.getJsonArray("items").forEach(item -> listed.add(item.asJsonObject().getString("slug")));
            if (page >= answer.getInt("pages")) {
                break;
            }
        }
        if (!listed.equals(snapshot.published.keySet())) {
            problems.add(when + ": the search lists " + listed + " but the database publishes " + snapshot.published.keySet());
        }
        for (Case c : ledger.cases()) {
            String published = snapshot.published.get(c.slug);
            for (String title : c.titles) {
                String token = title.substring(title.lastIndexOf(' ') + 1);
                Set<String> found = new TreeSet<>();
                json(server, "/api/v1/projects?q=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                        .getJsonArray("items").forEach(item -> found.add(item.asJsonObject().getString("slug")));
                Set<String> expected = title.equals(published) ? Set.of(c.slug) : Set.of();
                if (!found.equals(expected)) {
                    problems.add(when + ": searching " + token + " finds " + found + ", expected " + expected
                            + " (published title of " + c.slug + ": " + published + ")");
                }
            }
        }
        return problems;
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static JsonObject json(ServerCopy server, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    // --- the client's side: what it did and what the pages acknowledged ---

    enum Kind { IMPORT, SAVE, SUBMIT, APPROVE, START_REVISION }

    record Step(Kind kind, String title) {
    }

    /** One entry the test writes, with the steps the pages acknowledged and the one in flight, if any. */
    static final class Case {
        final String slug;
        volatile Long id;
        final List<Step> acknowledged = Collections.synchronizedList(new ArrayList<>());
        final List<String> titles = Collections.synchronizedList(new ArrayList<>());
        volatile Step inFlight;

        Case(String slug) {
            this.slug = slug;
        }

        /** The next step of the cycle import, save, submit, approve, new revision, save, … */
        Kind next() {
            if (acknowledged.isEmpty()) {
                return Kind.IMPORT;
            }
            return switch (acknowledged.get(acknowledged.size() - 1).kind()) {
                case IMPORT, START_REVISION -> Kind.SAVE;
                case SAVE -> Kind.SUBMIT;
                case SUBMIT -> Kind.APPROVE;
                case APPROVE -> Kind.START_REVISION;
            };
        }
    }

    /** What the database must hold for an entry, after a list of steps. */
    record Model(int latest, String latestState, String latestTitle, Integer published, String publishedTitle) {
        static Model after(List<Step> steps) {
            Model model = null;
            for (Step step : steps) {
                model = switch (step.kind()) {
                    case IMPORT -> new Model(1, "DRAFT", step.title(), null, null);
                    case SAVE -> new Model(model.latest, model.latestState, step.title(), model.published, model.publishedTitle);
                    case SUBMIT -> new Model(model.latest, "IN_REVIEW", model.latestTitle, model.published, model.publishedTitle);
                    case APPROVE -> new Model(model.latest, "PUBLISHED", model.latestTitle, model.latest, model.latestTitle);
                    case START_REVISION -> new Model(model.latest + 1, "DRAFT", model.latestTitle, model.published, model.publishedTitle);
                };
            }
            return model;
        }
    }

    static final class Ledger {
        private final String prefix;
        private final List<Case> cases = Collections.synchronizedList(new ArrayList<>());
        private final List<Case> waiting = new ArrayList<>();
        private final AtomicInteger numbers = new AtomicInteger();
        private final AtomicInteger titles = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        /** Per entry, how many acknowledged steps a check found missing (the most of any check). */
        private final Map<String, Integer> lost = new java.util.concurrent.ConcurrentHashMap<>();

        Ledger(String prefix) {
            this.prefix = prefix;
        }

        /** An entry to go on with: one whose steps were all acknowledged before a kill, else a new one. */
        Case take() {
            synchronized (waiting) {
                if (!waiting.isEmpty()) {
                    return waiting.remove(0);
                }
            }
            Case c = new Case("crash-" + prefix + "-" + numbers.incrementAndGet());
            cases.add(c);
            return c;
        }

        /**
         * A worker stopped by a kill hands its entry back if no step of it was in flight: its state
         * is known, so the next round goes on with it (and entries get through review and
         * publication even when each round is short). An entry with a step in flight stays as the
         * kill left it, checked but not written again.
         */
        void interrupted(Case c) {
            if (c.inFlight != null) {
                inFlight.incrementAndGet();
            } else if (c.acknowledged.size() < 9) {
                synchronized (waiting) {
                    waiting.add(c);
                }
            }
        }

        String newTitle() {
            return "Crash probe cp" + prefix + titles.incrementAndGet() + "x";
        }

        List<Case> cases() {
            synchronized (cases) {
                return List.copyOf(cases);
            }
        }

        List<String> slugs() {
            return cases().stream().map(c -> c.slug).toList();
        }

        int acknowledged() {
            return cases().stream().mapToInt(c -> c.acknowledged.size()).sum();
        }

        long count(Kind kind) {
            return cases().stream().flatMap(c -> List.copyOf(c.acknowledged).stream()).filter(s -> s.kind() == kind).count();
        }

        int inFlight() {
            return inFlight.get();
        }

        int lostSteps() {
            return lost.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Every acknowledged step is in the database; a step in flight wholly or not at all. */
        List<String> check(Snapshot snapshot, String when) {
            List<String> problems = new ArrayList<>();
            for (Case c : cases()) {
                List<Step> acknowledged = List.copyOf(c.acknowledged);
                Model stored = snapshot.entries.get(c.slug);
                Model expected = acknowledged.isEmpty() ? null : Model.after(acknowledged);
                Model alternative = null;
                if (c.inFlight != null) {
                    List<Step> with = new ArrayList<>(acknowledged);
                    with.add(c.inFlight);
                    alternative = Model.after(with);
                }
                boolean matches = java.util.Objects.equals(stored, expected) || java.util.Objects.equals(stored, alternative);
                if (!matches && expected != null) {
                    int kept = 0;
                    for (int k = acknowledged.size(); k > 0; k--) {
                        if (java.util.Objects.equals(stored, Model.after(acknowledged.subList(0, k)))) {
                            kept = k;
                            break;
                        }
                    }
                    lost.merge(c.slug, acknowledged.size() - kept, Math::max);
                }
                if (!matches) {
                    // an acknowledged step the database does not show is a lost write
                    problems.add(when + ": " + c.slug + (expected == null ? " differs: nothing acknowledged"
                            : " lost: acknowledged " + acknowledged)
                            + (c.inFlight == null ? "" : ", in flight " + c.inFlight)
                            + "; expected " + expected + (alternative == null ? "" : " or " + alternative)
                            + ", the database holds " + stored);
                }
            }
            return problems;
        }
    }

    static final class Tally {
        final AtomicInteger refused = new AtomicInteger();
        final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    }

    /** One person at work: an editor's and a reviewer's session, one entry through its cycle after the other. */
    static final class Worker implements Runnable {
        private final DeskClient editor;
        private final DeskClient reviewer;
        private final Ledger ledger;
        private final String lead;
        private final AtomicBoolean killing;
        private final Tally tally;

        Worker(DeskClient editor, DeskClient reviewer, Ledger ledger, String lead, AtomicBoolean killing, Tally tally) {
            this.editor = editor;
            this.reviewer = reviewer;
            this.ledger = ledger;
            this.lead = lead;
            this.killing = killing;
            this.tally = tally;
        }

        @Override
        public void run() {
            Case current = null;
            try {
                while (!killing.get()) {
                    if (current == null || current.acknowledged.size() >= 9) {
                        current = ledger.take();
                    }
                    Kind kind = current.next();
                    String title = switch (kind) {
                        case IMPORT, SAVE -> ledger.newTitle();
                        default -> null;
                    };
                    Step step = new Step(kind, title);
                    current.inFlight = step;
                    if (title != null) {
                        current.titles.add(title);
                    }
                    boolean done = perform(current, step, editor, reviewer);
                    if (done) {
                        current.acknowledged.add(step);
                        current.inFlight = null;
                    } else if (!killing.get()) {
                        tally.refused.incrementAndGet();
                        tally.refusals.add(current.slug + " " + step);
                        current = null;
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (!killing.get()) {
                    tally.refused.incrementAndGet();
                    tally.refusals.add("worker failed before the kill: " + e);
                    LOG.log(java.util.logging.Level.WARNING, "crash worker failed before the kill", e);
                }
            } finally {
                if (current != null) {
                    ledger.interrupted(current);
                }
            }
        }

        private boolean perform(Case c, Step step, DeskClient editor, DeskClient reviewer) throws IOException {
            switch (step.kind()) {
                case IMPORT -> {
                    String file = Json.createObjectBuilder()
                            .add("slug", c.slug)
                            .add("title", step.title())
                            .add("objective", "Shows that an acknowledged write survives a crash.")
                            .add("duration", Json.createObjectBuilder().add("start", "2024-01").add("end", "2027-12"))
                            .add("countries", Json.createArrayBuilder().add("AM"))
                            .add("leadImplementer", Json.createObjectBuilder().add("slug", lead))
                            .build().toString();
                    var ids = editor.importFile(c.slug + ".json", file);
                    if (ids.isEmpty() || ids.get().size() != 1) {
                        return false;
                    }
                    c.id = ids.get().get(0);
                    return true;
                }
                case SAVE -> {
                    return editor.saveTitle(c.id, step.title());
                }
                case SUBMIT -> {
                    return editor.submit(c.id);
                }
                case APPROVE -> {
                    return reviewer.approve(c.id);
                }
                case START_REVISION -> {
                    return editor.startRevision(c.id);
                }
                default -> throw new IllegalStateException(step.toString());
            }
        }
    }

    // --- the database's side ---

    /** The test's entries as the database holds them, the published ones, and what is half-written. */
    static final class Snapshot {
        final Map<String, Model> entries = new HashMap<>();
        final Map<String, String> published = new HashMap<>();
        final List<String> broken = new ArrayList<>();

        static Snapshot read(Connection connection, List<String> slugs) throws SQLException {
            Snapshot snapshot = new Snapshot();
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rows = statement.executeQuery("""
                        select e.slug, p.title_en from project_entry e join revision p on p.id = e.published_revision_id""")) {
                    while (rows.next()) {
                        snapshot.published.put(rows.getString(1), rows.getString(2));
                    }
                }
                snapshot.violations(statement, "an entry without a revision", """
                        select e.slug from project_entry e
                        where not exists (select 1 from revision r where r.entry_id = e.id)""");
                snapshot.violations(statement, "an entry pointing at another entry's revision or at one not published", """
                        select e.slug from project_entry e join revision r on r.id = e.published_revision_id
                        where r.entry_id <> e.id or r.state <> 'PUBLISHED'""");
                snapshot.violations(statement, "an entry whose draft pointer names another entry's revision", """
                        select e.slug from project_entry e join revision r on r.id = e.draft_revision_id
                        where r.entry_id <> e.id or r.state not in ('DRAFT', 'IN_REVIEW')""");
                snapshot.violations(statement, "a published revision the entry does not publish", """
                        select e.slug || ' r' || r.revision_number from revision r join project_entry e on e.id = r.entry_id
                        where r.state = 'PUBLISHED' and (e.published_revision_id is null or e.published_revision_id <> r.id)""");
                snapshot.violations(statement, "a revision without a transition recording it", """
                        select e.slug || ' r' || r.revision_number from revision r join project_entry e on e.id = r.entry_id
                        where not exists (select 1 from revision_transition t
                                          where t.entry_id = r.entry_id and t.revision_number = r.revision_number)""");
                snapshot.violations(statement, "a revision whose state is not where its last transition led", """
                        select e.slug || ' r' || r.revision_number || ' ' || r.state || ' but ' || t.to_state
                        from revision r join project_entry e on e.id = r.entry_id
                        join revision_transition t on t.entry_id = r.entry_id and t.revision_number = r.revision_number
                        where t.to_state <> r.state and not exists (
                            select 1 from revision_transition later
                            where later.entry_id = t.entry_id and later.revision_number = t.revision_number
                              and (later.occurred_at > t.occurred_at or later.occurred_at = t.occurred_at and later.id > t.id))""");
            }
            try (PreparedStatement revisions = connection.prepareStatement("""
                    select r.revision_number, r.state, r.title_en, e.published_revision_id, r.id
                    from project_entry e join revision r on r.entry_id = e.id where e.slug = ? order by r.revision_number""")) {
                for (String slug : slugs) {
                    revisions.setString(1, slug);
                    try (ResultSet rows = revisions.executeQuery()) {
                        Model model = null;
                        Integer published = null;
                        String publishedTitle = null;
                        while (rows.next()) {
                            model = new Model(rows.getInt(1), rows.getString(2), rows.getString(3), null, null);
                            if (rows.getLong(5) == rows.getLong(4)) {
                                published = rows.getInt(1);
                                publishedTitle = rows.getString(3);
                            }
                        }
                        if (model != null) {
                            snapshot.entries.put(slug, new Model(model.latest(), model.latestState(), model.latestTitle(),
                                    published, publishedTitle));
                        }
                    }
                }
            }
            return snapshot;
        }

        private void violations(Statement statement, String what, String query) throws SQLException {
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    broken.add(what + ": " + rows.getString(1));
                }
            }
        }

        List<String> halfWritten(String when) {
            return broken.stream().map(problem -> when + ": half-written: " + problem).toList();
        }
    }
}
