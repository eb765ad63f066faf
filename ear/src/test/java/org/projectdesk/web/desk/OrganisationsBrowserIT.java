package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.projectdesk.testsupport.Axe;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reference data in headless Chromium: an administrator registers an organisation (a refused
 * website is shown next to its field and the input kept), finds it in the list and in the entry
 * form's picker, renames it, and a second administrator's concurrent save is refused and shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void anAdministratorDefinesARegionWithItsCountriesAndEditorsCanChooseIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Baltic Sea " + tag;
        try (Browser browser = new Browser()) {
            DeskPages admin = new DeskPages(browser);
            admin.signIn("admin", "demo-admin");
            admin.find(By.cssSelector("a.nav-regions")).click();
            assertEquals("Regions and programmes", admin.text(By.tagName("h1")));
            assertTrue(admin.text(By.id("regions-table")).contains("Central Asia"));

            admin.clickAjax(By.id("defineButton"));
            assertTrue(admin.text(By.cssSelector(".field-error[data-field='name']")).contains("A region needs a name"),
                    admin.text(By.id("define")));
            admin.type(By.id("name-en"), name);
            admin.tick(By.id("members"), "Estonia", "Latvia", "Lithuania");
            admin.clickAndWaitForPage(By.id("defineButton"));
            assertTrue(admin.text(By.id("messages")).contains(name + " was defined with the code baltic-sea-" + tag),
                    admin.text(By.id("messages")));
            WebElement row = admin.find(By.cssSelector("#regions-table tr[data-code='baltic-sea-" + tag + "']"));
            assertTrue(row.getText().contains("Estonia, Latvia, Lithuania"), row.getText());
            assertEquals(List.of(), Axe.violations(browser.driver()), "accessibility problems");

            row.findElement(By.linkText(name)).click();
            admin.type(By.id("name-fr"), "Mer Baltique " + tag);
            admin.clickAndWaitForPage(By.id("save"));
            assertTrue(admin.text(By.id("messages")).contains("The region was saved"), admin.text(By.id("messages")));
            assertEquals("Mer Baltique " + tag, admin.find(By.id("name-fr")).getAttribute("value"));

            admin.open("/desk/entry");
            assertTrue(admin.page().getPageSource().contains(name), "the entry form offers the new region");
        }
    }

    @Test
    void anAdministratorRegistersAndRenamesAnOrganisationAndConcurrentSavesAreTold() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Zeta Border Agency " + tag;
        try (Browser first = new Browser(); Browser second = new Browser()) {
            DeskPages admin = new DeskPages(first);
            admin.signIn("admin", "demo-admin");
            admin.find(By.cssSelector("a.nav-organisations")).click();
            assertEquals("Organisations", admin.text(By.tagName("h1")));
            assertTrue(admin.text(By.id("organisations-table")).contains("International Centre for Migration Policy Development"));

            admin.type(By.id("name-en"), name);
            admin.type(By.id("acronym"), "ZBA" + tag);
            new Select(admin.find(By.id("kind"))).selectByVisibleText("Government agency");
            admin.type(By.id("website"), "zeta.example.org");
            admin.clickAjax(By.id("registerButton"));
            assertTrue(admin.text(By.cssSelector(".field-error[data-field='website']")).contains("is not a web address"));
            assertEquals(name, admin.find(By.id("name-en")).getAttribute("value"), "the input is kept");

            admin.type(By.id("website"), "https://zeta.example.org");
            admin.clickAndWaitForPage(By.id("registerButton"));
            assertTrue(admin.text(By.id("messages")).contains(name + " was registered at the address name zba" + tag),
                    admin.text(By.id("messages")));
            WebElement row = admin.find(By.cssSelector("#organisations-table tr[data-slug='zba" + tag + "']"));
            assertTrue(row.getText().contains("Government agency"), row.getText());
            assertEquals(List.of(), Axe.violations(first.driver()), "accessibility problems");

            admin.open("/desk/entry");
            assertTrue(admin.page().getPageSource().contains(name), "the entry form offers the new organisation");

            admin.open("/desk/organisations");
            admin.find(By.linkText(name)).click();
            String path = admin.page().getCurrentUrl().substring(admin.page().getCurrentUrl().indexOf("/desk/"));
            DeskPages other = new DeskPages(second);
            other.signIn("admin", "demo-admin");
            other.open(path);

            admin.type(By.id("name-fr"), "Agence frontalière Zeta " + tag);
            admin.type(By.id("name-en"), "Zeta Frontier Agency " + tag);
            admin.clickAndWaitForPage(By.id("save"));
            assertTrue(admin.text(By.id("messages")).contains("The organisation was saved"), admin.text(By.id("messages")));
            assertEquals("Zeta Frontier Agency " + tag + " ZBA" + tag, admin.text(By.tagName("h1")));

            other.type(By.id("acronym"), "ZETA" + tag);
            other.clickAjax(By.id("save"));
            assertTrue(other.text(By.id("conflict")).contains("Zeta Frontier Agency " + tag), other.text(By.id("conflict")));
            assertEquals("ZETA" + tag, other.find(By.id("acronym")).getAttribute("value"), "the input is kept");
            assertEquals(name, other.find(By.id("name-en")).getAttribute("value"), "the input is kept");
            assertTrue(other.text(By.tagName("h1")).startsWith("Zeta Frontier Agency " + tag), "the heading shows theirs");
            second.screenshot("desk-organisation-conflict", 1280);
            other.clickAndWaitForPage(By.id("save"));
            assertTrue(other.text(By.tagName("h1")).contains("ZETA" + tag), other.text(By.tagName("h1")));
        }
    }
}
