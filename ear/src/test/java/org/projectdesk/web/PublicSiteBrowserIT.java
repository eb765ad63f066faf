package org.projectdesk.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.interactions.Actions;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public site in headless Chromium: axe-core finds no WCAG 2.2 A/AA
 * violation on the listing, a filtered listing, a search result, a project in each language, the
 * timeline, the country and organisation pages and the sign-in page; the filters work with the keyboard alone and
 * without JavaScript, and the back button returns to the previous filters. Screenshots at 1280 and
 * 360 pixels wide are kept in {@code target/browser-artifacts}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicSiteBrowserIT {

    private static final Map<String, String> PAGES = Map.of(
            "listing", "/projects",
            "listing-filtered", "/projects?country=AM&status=COMPLETED&sort=start-desc",
            "search-result", "/projects?q=border+management",
            "project-en", "/projects/mibma",
            "project-fr", "/fr/projects/mibma",
            "project-ru", "/ru/projects/mibma",
            "timeline", "/fr/timeline?region=eastern-partnership",
            "country", "/ru/countries/am",
            "organisation", "/organisations/icmpd",
            "login", "/login");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void publicPagesHaveNoSeriousAccessibilityViolations() {
        try (Browser browser = new Browser()) {
            StringBuilder problems = new StringBuilder();
            for (Map.Entry<String, String> page : new java.util.TreeMap<>(PAGES).entrySet()) {
                browser.open(page.getValue());
                for (int width : new int[]{1280, 360}) {
                    browser.screenshot("public-" + page.getKey(), width);
                }
                List<Map<String, Object>> found = Axe.violations(browser.driver());
                if (!found.isEmpty()) {
                    problems.append(page.getValue()).append(": ").append(found).append('\n');
                }
            }
            assertTrue(problems.isEmpty(), problems::toString);
        }
    }

    @Test
    void skipLinkIsTheFirstStopAndLeadsToTheContent() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects");
            new Actions(page).sendKeys(Keys.TAB).perform();
            WebElement focused = page.switchTo().activeElement();
            assertEquals("skip-link", focused.getAttribute("class"));
            assertTrue(focused.isDisplayed(), "visible when focused");
            focused.sendKeys(Keys.ENTER);
            assertEquals("main", page.switchTo().activeElement().getAttribute("id"));
        }
    }

    @Test
    void filtersWorkWithTheKeyboardAndTheBackButtonReturns() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects");
            WebElement kazakhstan = page.findElement(By.cssSelector("input[name='country'][value='KZ']"));
            kazakhstan.sendKeys(Keys.SPACE);
            assertTrue(kazakhstan.isSelected());
            kazakhstan.sendKeys(Keys.ENTER);
            waitForAddress(page, true);
            List<String> titles = page.findElements(By.cssSelector(".project-card__title a")).stream().map(WebElement::getText).toList();
            assertTrue(titles.contains("Border Management Programme in Central Asia (9th phase)"), titles::toString);
            assertFalse(titles.contains("Support to Migration and Border Management in Armenia"));

            page.findElement(By.cssSelector(".chosen__list a.chip")).click();
            waitForAddress(page, false);
            page.navigate().back();
            waitForAddress(page, true);
            assertTrue(page.findElement(By.cssSelector("input[name='country'][value='KZ']")).isSelected());
        }
    }
    /** Waits until the browser has gone to an address with (or without) the Kazakhstan filter. */
    private static void waitForAddress(WebDriver page, boolean withFilter) {
        new WebDriverWait(page, Duration.ofSeconds(30)).withMessage(() -> "address " + page.getCurrentUrl())
                .until(driver -> driver.getCurrentUrl().contains("country=KZ") == withFilter
                        && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }


    @Test
    void searchMarksTheMatchesAndSwitchingLanguageKeepsTheSearch() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects");
            WebElement box = page.findElement(By.id("q"));
            box.sendKeys("visa", Keys.ENTER);
            new WebDriverWait(page, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("q=visa"));
            new WebDriverWait(page, Duration.ofSeconds(20)).until(driver ->
                    "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            assertFalse(page.findElements(By.cssSelector(".project-card__highlights mark")).isEmpty());
            page.findElement(By.cssSelector(".language-switcher a[hreflang='fr']")).click();
            assertTrue(page.getCurrentUrl().contains("/fr/projects?q=visa"), page.getCurrentUrl());
            assertEquals("fr", page.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("visa", page.findElement(By.id("q")).getAttribute("value"));
        }
    }
}
