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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The map and the charts in headless Chromium: axe-core finds no WCAG 2.2 A/AA
 * A/AA violation on the map, region, country and organisation pages and the listing in English,
 * French and Russian; at 360 pixels nothing is wider than the screen (the map scales, the charts
 * stack); choosing a donor leaves only its countries shaded; every country of the map leads to
 * its page; pointing at a country tells its name and count. Screenshots at 1280 and 360 pixels go
 * to {@code target/browser-artifacts}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MapAndChartsBrowserIT {

    private static final Map<String, String> PAGES = new TreeMap<>(Map.ofEntries(
            Map.entry("map-en", "/map"),
            Map.entry("map-fr", "/fr/map?donor=eu"),
            Map.entry("map-ru", "/ru/map?country=AM"),
            Map.entry("region-en", "/regions/eastern-partnership"),
            Map.entry("region-fr", "/fr/regions/central-asia"),
            Map.entry("region-ru", "/ru/regions/sahel"),
            Map.entry("country-en", "/countries/kz"),
            Map.entry("country-fr", "/fr/countries/am"),
            Map.entry("organisation-fr", "/fr/organisations/undp"),
            Map.entry("organisation-ru", "/ru/organisations/icmpd"),
            Map.entry("listing-charts-fr", "/fr/projects?region=eastern-partnership"),
            Map.entry("listing-charts-ru", "/ru/projects"),
            Map.entry("project-region-link-fr", "/fr/projects/mibma")));

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void mapAndChartPagesHaveNoSeriousAccessibilityViolationsAndFitAPhone() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            StringBuilder problems = new StringBuilder();
            for (Map.Entry<String, String> entry : PAGES.entrySet()) {
                browser.open(entry.getValue());
                for (int width : new int[]{1280, 360}) {
                    browser.screenshot("map-charts-" + entry.getKey(), width);
                }
                List<Map<String, Object>> found = Axe.violations(page);
                if (!found.isEmpty()) {
                    problems.append(entry.getValue()).append(": ").append(found).append('\n');
                }
                Dimension before = page.manage().window().getSize();
                page.manage().window().setSize(new Dimension(360, 900));
                Object overflow = ((JavascriptExecutor) page).executeScript("""
                        const width = document.documentElement.clientWidth;
                        const wide = [...document.querySelectorAll('body *')].filter(e => {
                            const box = e.getBoundingClientRect();
                            return box.width > 0 && box.right > width + 1 && !e.closest('.chart__scroll, .visually-hidden');
                        }).map(e => e.tagName + '.' + (e.getAttribute('class') || ''));
                        return document.documentElement.scrollWidth > width ? wide.slice(0, 5).join(', ') || 'page' : '';
                        """);
                if (!"".equals(overflow)) {
                    problems.append(entry.getValue()).append(" is wider than 360 px: ").append(overflow).append('\n');
                }
                page.manage().window().setSize(before);
            }
            assertTrue(problems.isEmpty(), problems::toString);
        }
    }

    @Test
    void atPhoneWidthTheMapScalesAndTheChartsStack() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            page.manage().window().setSize(new Dimension(360, 900));
            browser.open("/countries/kz");
            WebElement map = page.findElement(By.cssSelector(".world-map__svg"));
            int width = ((Number) ((JavascriptExecutor) page).executeScript("return document.documentElement.clientWidth")).intValue();
            assertTrue(map.getSize().getWidth() <= width && map.getSize().getWidth() > width / 2, "the map fills the screen's width");
            List<WebElement> charts = page.findElements(By.cssSelector(".charts .chart"));
            assertTrue(charts.size() >= 4, "the charts");
            assertEquals(1, charts.stream().map(chart -> chart.getLocation().getX()).distinct().count(), "one under the other");
        }
    }

    @Test
    void choosingADonorLeavesOnlyItsCountriesShadedAndEveryCountryLeadsToItsPage() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/map");
            assertTrue(shaded(page).size() > 5, "the whole portfolio");
            page.findElement(By.cssSelector("input[name='donor'][value='government-of-japan']")).click();
            page.findElement(By.cssSelector(".listing__filters button[type='submit']")).click();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().contains("donor=government-of-japan")
                    && "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
            Map<String, String> japan = shaded(page);
            assertEquals(Set.of("Burkina Faso: 1 project", "Chad: 1 project", "Mali: 1 project", "Mauritania: 1 project",
                    "Niger: 1 project"), Set.copyOf(japan.values()));

            browser.open("/map");
            Map<String, String> all = shaded(page);
            for (Map.Entry<String, String> country : all.entrySet()) {
                browser.open(country.getKey());
                String name = country.getValue().substring(0, country.getValue().indexOf(':'));
                assertEquals(name, page.findElement(By.cssSelector("h1")).getText(), country.getKey());
            }

            browser.open("/map");
            WebElement kazakhstan = page.findElement(By.cssSelector("a.world-map__country[href$='/countries/kz']"));
            new Actions(page).moveToElement(kazakhstan.findElement(By.tagName("path"))).perform();
            WebElement tooltip = page.findElement(By.cssSelector(".world-map__tooltip"));
            new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> tooltip.isDisplayed());
            assertTrue(tooltip.getText().startsWith("Kazakhstan: "), tooltip.getText());
            new Actions(page).click().perform();
            new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> driver.getCurrentUrl().endsWith("/countries/kz"));
            assertEquals("Kazakhstan", page.findElement(By.cssSelector("h1")).getText());
        }
    }

    /** The shaded countries: address → accessible name. */
    private static Map<String, String> shaded(WebDriver page) {
        return page.findElements(By.cssSelector("a.world-map__country")).stream()
                .collect(Collectors.toMap(a -> a.getDomAttribute("href"), a -> a.getDomAttribute("aria-label"),
                        (a, b) -> a, LinkedHashMap::new));
    }
}
