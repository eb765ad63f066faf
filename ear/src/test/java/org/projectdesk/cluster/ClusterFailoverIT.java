package org.projectdesk.cluster;

import jakarta.json.Json;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.DeskClient;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster of two nodes behind the balancer, started by {@code scripts/cluster.sh} (its
 * {@code test} command runs this class and nothing else, in the Maven profile
 * {@code cluster-test}): what one node publishes, the other shows at once, in its pages, API and
 * search; and when the node serving an editor is killed, the editor's next request is served by
 * the other node, signed in, with the form they had not saved.
 */
@Tag("cluster")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterFailoverIT {

    private static final Logger LOG = Logger.getLogger(ClusterFailoverIT.class.getName());
    /** How soon another node must show a publication. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);
    /** A project of the demo content, which every node of the test cluster publishes. */
    private static final String DEMO_PROJECT = "mibma";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static String balancer() {
        return "http://127.0.0.1:" + Integer.getInteger("projectdesk.cluster.port", 8000);
    }

    /** Node 1, 2, …: as scripts/cluster.sh places them. */
    private static String node(int number) {
        return "http://127.0.0.1:" + (9080 + 100 * (number - 1));
    }

    @Test
    @Order(1)
    void whatOneNodePublishesTheOtherShowsWithinTwoSeconds() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String slug = "cluster-" + unique;
        String word = "clusterword" + unique;
        // the other node has answered the search already, so a kept answer must go stale there
        String search = "/api/v1/projects?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        assertTrue(get(node(2), search).body().contains("\"total\":0"), "nothing found before");
        // and has made a project's page and API document (a freshly started node's first one takes about a
        // second on this machine), so what is timed below is how soon the publication reaches it
        assertEquals(200, get(node(2), "/projects/" + DEMO_PROJECT).statusCode());
        assertEquals(200, get(node(2), "/api/v1/projects/" + DEMO_PROJECT).statusCode());

        DeskClient editor = new DeskClient(node(1));
        assertTrue(editor.signIn("editor", "demo-editor"));
        String file = Json.createObjectBuilder()
                .add("slug", slug)
                .add("title", "Cluster pilot " + word)
                .add("objective", "Published on one node, shown by every node.")
                .add("duration", Json.createObjectBuilder().add("start", "2025-01").add("end", "2027-12"))
                .add("countries", Json.createArrayBuilder().add("AM"))
                .add("leadImplementer", Json.createObjectBuilder().add("slug", "icmpd"))
                .build().toString();
        List<Long> ids = editor.importFile(slug + ".json", file).orElseThrow();
        assertEquals(1, ids.size());
        assertTrue(editor.submit(ids.get(0)), editor.lastPage().problems());
        DeskClient reviewer = new DeskClient(node(1));
        assertTrue(reviewer.signIn("reviewer", "demo-reviewer"));
        assertTrue(reviewer.approve(ids.get(0)), reviewer.lastPage().problems());
        long published = System.nanoTime();

        long page = within(node(2), "/projects/" + slug, answer -> answer.statusCode() == 200, published);
        long api = within(node(2), "/api/v1/projects/" + slug, answer -> answer.statusCode() == 200, published);
        long found = within(node(2), search, answer -> answer.body().contains(slug), published);
        LOG.info(() -> "Published on node 1; node 2 showed it after (ms): page " + page + ", API " + api
                + ", search " + found);
    }

    @Test
    @Order(2)
    void anEditorWhoseNodeIsKilledCarriesOnOnTheOtherSignedInWithTheUnsavedForm() throws Exception {
        String title = "Failover pilot " + UUID.randomUUID().toString().substring(0, 8);
        String objective = "Typed on one node, saved by the other.";
        int killed = 0;
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.get(balancer() + "/login");
            page.findElement(By.id("username")).sendKeys("editor");
            page.findElement(By.id("password")).sendKeys("demo-editor");
            page.findElement(By.id("signInButton")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("/desk"));

            page.get(balancer() + "/desk/entry");
            page.findElement(By.id("languages:title-en")).sendKeys(title);
            page.findElement(By.id("languages:objective-en")).sendKeys(objective);
            String serving = servingNode(page);
            killed = Integer.parseInt(serving.substring("node".length()));
            cluster("kill", killed);

            page.findElement(By.id("save")).click();
            new WebDriverWait(page, Duration.ofSeconds(60)).until(driver -> driver.getCurrentUrl().contains("id="));
            assertTrue(page.getCurrentUrl().startsWith(balancer()), page.getCurrentUrl());
            assertNotEquals(serving, servingNode(page), "the other node answered");
            assertEquals(title, page.findElement(By.id("languages:title-en")).getAttribute("value"), "the typed title was saved");
            assertEquals(objective, page.findElement(By.id("languages:objective-en")).getAttribute("value"));
            assertTrue(page.findElements(By.id("signed-in-user")).size() == 1, "still signed in");
        } finally {
            if (killed > 0) {
                cluster("start", killed); // the cluster whole again, for whatever follows
            }
        }
    }

    private static String servingNode(WebDriver page) {
        Cookie cookie = page.manage().getCookieNamed("PD_NODE");
        assertTrue(cookie != null, "the balancer names the node that serves the session");
        return cookie.getValue();
    }

    /** Polls until the answer holds; fails unless it did within two seconds of {@code since}; the milliseconds it took. */
    private static long within(String base, String path, Predicate<HttpResponse<String>> holds, long since)
            throws IOException, InterruptedException {
        long deadline = since + VISIBLE_WITHIN.toNanos();
        HttpResponse<String> answer;
        do {
            answer = get(base, path);
            if (holds.test(answer)) {
                return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
            }
            Thread.sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(base + path + " did not show the publication within " + VISIBLE_WITHIN + ": "
                + answer.statusCode() + " (X-Cache " + answer.headers().firstValue("X-Cache").orElse("none") + ") "
                + answer.body().substring(0, Math.min(300, answer.body().length())));
    }

    private static HttpResponse<String> get(String base, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void cluster(String command, int node) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("projectdesk.project.dir"), "scripts", "cluster.sh");
        Process process = new ProcessBuilder(script.toString(), command, String.valueOf(node))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(process.waitFor(6, TimeUnit.MINUTES), "cluster.sh " + command + " " + node + " finished");
        assertEquals(0, process.exitValue(), "cluster.sh " + command + " " + node);
    }
}
