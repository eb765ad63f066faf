package org.projectdesk.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The project listing on a phone (360 pixels wide) and a wide screen (1280): on the phone the
 * results come first and the filters fold behind a "Filters (n chosen)" summary (a native
 * {@code <details>}, no script); on the wide screen the filters are shown beside the results. From
 * the search a keyboard user skips the filters to the results. axe-core finds no WCAG 2.2 A/AA
 * violation at either width in English, French and Russian, folded or unfolded, nor on a
 * page past the last one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicListingBrowserIT {

    private static final int PHONE = 360;
    private static final int PHONE_HEIGHT = 740;
    private static final int WIDE = 1280;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void onAPhoneTheFirstProjectIsOnTheFirstScreenAndTheFiltersFoldBehindTheirSummary() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects?country=AM&status=COMPLETED");
            screen(page, PHONE, PHONE_HEIGHT);
            WebElement summary = page.findElement(By.cssSelector(".filters > summary"));
            assertTrue(visible(page, summary));
            assertEquals("Filters (2 chosen)", summary.getText());
            WebElement armenia = page.findElement(By.cssSelector("input[name='country'][value='AM']"));
            assertFalse(visible(page, armenia), "the filters are folded");
            assertFirstProjectOnTheFirstScreen(page);
            assertEquals(((Number) script(page, "return document.documentElement.clientWidth")).intValue(),
                    ((Number) script(page, "return document.documentElement.scrollWidth")).intValue(), "nothing scrolls sideways");
            browser.screenshot("public-listing-phone-folded", PHONE);

            summary.sendKeys(Keys.ENTER);
            assertTrue(visible(page, armenia), "the summary unfolds the filters by keyboard");
            assertTrue(armenia.isSelected());
            assertEquals("true", page.findElement(By.cssSelector("details.filters")).getAttribute("open"));
            browser.screenshot("public-listing-phone-unfolded", PHONE);

            browser.open("/ru/projects");
            assertEquals("Фильтры", page.findElement(By.cssSelector(".filters > summary")).getText());
            assertFirstProjectOnTheFirstScreen(page);
        }
    }

    @Test
    void onAWideScreenTheFiltersStandBesideTheResultsWithoutTheirSummary() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects?country=AM");
            screen(page, WIDE, 800);
            assertFalse(visible(page, page.findElement(By.cssSelector(".filters > summary"))));
            assertTrue(visible(page, page.findElement(By.id("filters-heading"))));
            WebElement kazakhstan = page.findElement(By.cssSelector("input[name='country'][value='KZ']"));
            assertTrue(visible(page, kazakhstan), "the filters are shown");
            // a pointer at the box (WebDriver's own click refuses anything inside a closed <details>)
            new Actions(page).moveToElement(kazakhstan).click().perform();
            assertTrue(kazakhstan.isSelected(), "and can be chosen");
            WebElement firstCard = page.findElement(By.cssSelector(".project-card"));
            assertTrue(kazakhstan.getLocation().getX() < firstCard.getLocation().getX(), "filters to the left of the results");
            assertFirstProjectOnTheFirstScreen(page);
        }
    }

    @Test
    void fromTheSearchTheKeyboardSkipsTheFiltersToTheResults() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            for (int width : new int[]{WIDE, PHONE}) {
                browser.open("/projects?q=border");
                screen(page, width, PHONE_HEIGHT);
                page.findElement(By.id("q")).click();
                new Actions(page).sendKeys(Keys.TAB).perform();
                assertEquals("submit", page.switchTo().activeElement().getAttribute("type"), "the search button");
                new Actions(page).sendKeys(Keys.TAB).perform();
                WebElement skip = page.switchTo().activeElement();
                assertEquals("listing__skip", skip.getAttribute("class"), width + " px");
                assertEquals("Skip the filters, go to the results", skip.getText());
                assertTrue(visible(page, skip), "visible when focused");
                skip.sendKeys(Keys.ENTER);
                assertEquals("results", page.switchTo().activeElement().getAttribute("id"));
                // from the results, the first project is a few steps away, past no filter
                int steps = 0;
                WebElement focused;
                do {
                    new Actions(page).sendKeys(Keys.TAB).perform();
                    focused = page.switchTo().activeElement();
                    steps++;
                    assertFalse("checkbox".equals(focused.getAttribute("type")), "no filter after the skip");
                } while (!isFirstProjectLink(page, focused) && steps < 20);
                assertTrue(steps < 10, "the first project after " + steps + " steps at " + width + " px");
            }
        }
    }

    @Test
    void listingHasNoSeriousAccessibilityViolationsAtEitherWidthInAnyLanguage() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            StringBuilder problems = new StringBuilder();
            for (String path : List.of("/projects", "/fr/projects?country=AM", "/ru/projects?q=border", "/projects?page=9",
                    "/fr/projects?page=9", "/ru/projects?page=9")) {
                for (int width : new int[]{WIDE, PHONE}) {
                    page.manage().window().setSize(new Dimension(width, PHONE_HEIGHT));
                    browser.open(path);
                    check(page, path + " at " + width, problems);
                    if (width == PHONE) {
                        page.findElement(By.cssSelector(".filters > summary")).click();
                        check(page, path + " unfolded at " + width, problems);
                    }
                }
            }
            assertTrue(problems.isEmpty(), problems::toString);
        }
    }

    @Test
    void aPagePastTheEndLeadsToTheLastPage() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects?page=9&size=100");
            String said = page.findElement(By.cssSelector(".empty-state")).getText();
            assertTrue(said.startsWith("There is no page 9: the projects found fill one page."), said);
            assertTrue(page.findElements(By.cssSelector(".project-card")).isEmpty());
            page.findElement(By.cssSelector(".beyond-end__last")).click();
            assertNotNull(page.findElement(By.cssSelector(".project-card")));
            assertFalse(page.getCurrentUrl().contains("page=9"), page.getCurrentUrl());
        }
    }

    private static void check(WebDriver page, String what, StringBuilder problems) {
        List<Map<String, Object>> found = Axe.violations(page);
        if (!found.isEmpty()) {
            problems.append(what).append(": ").append(found).append('\n');
        }
    }

    /**
     * Sizes the window this wide (its scroll bar included, as Chromium counts it, so the page is a
     * little narrower still) and the page itself (the viewport) this high.
     */
    private static void screen(WebDriver page, int width, int height) {
        // Chromium applies a new size a moment after WebDriver's call returns, so a measure taken at once may
        // still be the old one: the window is corrected by what the viewport lacks until it holds still.
        int windowHeight = height;
        for (int attempt = 0; attempt < 5; attempt++) {
            page.manage().window().setSize(new Dimension(width, windowHeight));
            int viewport = settledViewportHeight(page);
            if (viewport == height) {
                break;
            }
            windowHeight += height - viewport;
        }
        assertEquals(height, ((Number) script(page, "return window.innerHeight")).intValue(), "the viewport's height");
    }

    /** The viewport's height once two readings 100 ms apart agree (a resize under way has ended). */
    private static int settledViewportHeight(WebDriver page) {
        int last = -1;
        for (int reading = 0; reading < 20; reading++) {
            int now = ((Number) script(page, "return window.innerHeight")).intValue();
            if (now == last) {
                return now;
            }
            last = now;
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return now;
            }
        }
        return last;
    }

    /**
     * Whether the browser renders the element (its own check, which knows that CSS may show the
     * content of a closed {@code <details>}; WebDriver's isDisplayed assumes it hidden).
     */
    private static boolean visible(WebDriver page, WebElement element) {
        return (Boolean) ((JavascriptExecutor) page).executeScript(
                "return arguments[0].checkVisibility({contentVisibilityAuto: true, visibilityProperty: true})", element);
    }

    private static boolean isFirstProjectLink(WebDriver page, WebElement focused) {
        return focused.equals(page.findElement(By.cssSelector(".project-card__title a")));
    }

    /** The first project's title lies wholly within the window as the page opens. */
    private static void assertFirstProjectOnTheFirstScreen(WebDriver page) {
        Number bottom = (Number) script(page, "return document.querySelector('.project-card__title').getBoundingClientRect().bottom");
        Number height = (Number) script(page, "return window.innerHeight");
        assertTrue(bottom.doubleValue() <= height.doubleValue(),
                "the first project's title ends at " + bottom + " px, the window at " + height + " px");
    }

    private static Object script(WebDriver page, String script) {
        return ((JavascriptExecutor) page).executeScript(script);
    }
}
