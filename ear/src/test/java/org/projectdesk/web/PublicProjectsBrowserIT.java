package org.projectdesk.web;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A visitor in headless Chromium finds the seed projects and reads one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicProjectsBrowserIT {

    private static final List<String> SEED_TITLES = List.of(
            "Eastern Partnership (EaP) - Integrated Border Management - Capacity Building Project",
            "Technical Assistance for Improving Administrative Capacity of Border Management at Local Level",
            "Support to Migration and Border Management in Armenia",
            "Border Management Programme in Central Asia (9th phase)",
            "Border Management and Border Communities in the Sahel region",
            "Support Programme to the Government of Tunisia in the area of Integrated Border Management",
            "Better coordination of protection of the land border between Georgia and Azerbaijan");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void visitorFindsTheSevenProjectsAndReadsMibma() {
        try (Browser browser = new Browser()) {
            WebDriver page = browser.driver();
            browser.open("/projects?sort=title&size=100");
            List<String> titles = page.findElements(By.cssSelector(".project-card__title a")).stream()
                    .map(WebElement::getText).toList();
            for (String title : SEED_TITLES) {
                assertTrue(titles.contains(title), () -> "missing " + title + " in " + titles);
            }
            browser.screenshot("projects", 1280);
            browser.screenshot("projects", 360);

            page.findElement(By.linkText("Support to Migration and Border Management in Armenia")).click();
            assertTrue(page.getCurrentUrl().endsWith("/projects/mibma"), page.getCurrentUrl());
            assertEquals("Support to Migration and Border Management in Armenia", page.findElement(By.tagName("h1")).getText());
            assertEquals("International Centre for Migration Policy Development (ICMPD)",
                    page.findElement(By.cssSelector(".lead-agency")).getText());
            assertEquals("United Nations Development Programme (UNDP)",
                    page.findElement(By.cssSelector(".implementing-partners")).getText());
            assertTrue(page.findElement(By.cssSelector(".donors")).getText().startsWith("European Union"));
            assertEquals("January 2016 – December 2018", page.findElement(By.cssSelector(".duration")).getText());
            assertEquals("Armenia", page.findElement(By.cssSelector(".countries")).getText());
            browser.screenshot("project-mibma", 1280);
            browser.screenshot("project-mibma", 360);
        }
    }
}
