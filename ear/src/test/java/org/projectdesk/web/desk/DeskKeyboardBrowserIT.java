package org.projectdesk.web.desk;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.projectdesk.testsupport.Browser;
import org.projectdesk.testsupport.Deployments;
import org.projectdesk.testsupport.TestServer;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole editorial path with the keyboard alone, at 1280 and at 360 px: an editor signs in,
 * writes an entry with every kind of field (text lists, organisations, months by typing and by the
 * picker, countries, links, the three language tabs), saves and submits it; a reviewer's refused
 * decision and request for changes; the editor resubmits; the reviewer approves. After the first
 * page load every step is a key press on the focused element. After each step the focus is where
 * the person is (never the page body), the focused control is not covered, and every control the
 * focus meets, and every popup, has an accessible name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskKeyboardBrowserIT {

    private static final String ROWS = "Array.from(document.querySelector('[data-list=%s]').querySelectorAll('.list-editor__row'))";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void theEditorialPathByKeyboardOnAWideScreen() {
        editorialPathByKeyboard(1280);
    }

    @Test
    void theEditorialPathByKeyboardOnAPhone() {
        editorialPathByKeyboard(360);
    }

    /**
     * A Russian editor types months as Russian writes them (03.2025), as the field's hint says; the
     * picker's button, popup and month cells speak Russian, each month shown by its Russian short
     * name and named in full with its year.
     */
    @Test
    void monthsAreTypedInThePersonsLanguage() {
        String title = "Keyboard months " + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser("ru")) {
            KeyboardUser editor = new KeyboardUser(browser, "the Russian editor", 1280);
            signIn(editor, "editor", "demo-editor");
            editor.shiftTabTo("the new entry link", "a.classList.contains('nav-new-entry')");
            editor.enterAndWaitForPage();
            assertEquals("ru", editor.page().findElement(By.tagName("html")).getAttribute("lang"));
            editor.tabTo("the English title", "a.id === 'languages:title-en'");
            editor.type(title);

            WebElement start = editor.tabTo("the start month", "a.id === 'startMonth_input'");
            String hints = start.getAttribute("aria-describedby");
            assertTrue(hints != null && editor.page().findElement(By.id("startMonth-hint")).getText().contains("03.2025")
                    && List.of(hints.split(" ")).contains("startMonth-hint"), "the Russian hint is tied to the field: " + hints);
            assertEquals("ММ.ГГГГ", start.getAttribute("placeholder"));
            editor.type("03.2025");
            editor.tabTo("the end month", "a.id === 'endMonth_input'");
            editor.type("11.2026");
            editor.press(Keys.TAB);
            WebElement button = editor.expectFocus("the end month's calendar button",
                    "a.classList.contains('ui-datepicker-trigger') && a.closest('#endMonth')");
            assertEquals("Выбрать месяц", button.getAccessibleName());
            editor.press(Keys.ENTER);
            WebElement month = editor.expectFocus("a month in the picker", "a.getAttribute('role') === 'option' && a.closest('#endMonth_panel')");
            assertEquals("Январь 2026", month.getAccessibleName(), "the month in full, with the year shown");
            assertEquals("янв.", month.getText(), "the month's short name as Russian writes it");
            editor.assertNamed(By.id("endMonth_panel"), "Месяц окончания");
            assertEquals("Ноябрь 2026", editor.nameOf(By.cssSelector("#endMonth_panel [role=option][aria-selected=true]")));
            editor.press(Keys.ENTER);
            editor.expectFocus("the end month again", "a.id === 'endMonth_input' && a.value === '01.2026'");

            editor.tabTo("Save", "a.id === 'save'");
            editor.enterAndWaitForPage();
            assertTrue(editor.currentPath().startsWith("/desk/entry?id="), editor.currentPath());
            assertEquals("03.2025", editor.page().findElement(By.id("startMonth_input")).getAttribute("value"), "saved as typed");
            assertEquals("01.2026", editor.page().findElement(By.id("endMonth_input")).getAttribute("value"), "saved as picked");
        }
    }

    private void editorialPathByKeyboard(int width) {
        String unique = UUID.randomUUID().toString().substring(0, 6);
        String title = "Keyboard pilot " + width + " " + unique;
        String slug = "it-keyboard-" + width + "-" + unique;
        try (Browser editorBrowser = new Browser(); Browser reviewerBrowser = new Browser()) {
            KeyboardUser editor = new KeyboardUser(editorBrowser, "the editor", width);
            KeyboardUser reviewer = new KeyboardUser(reviewerBrowser, "the reviewer", width);

            signIn(editor, "editor", "demo-editor");
            editor.shiftTabTo("the new entry link", "a.classList.contains('nav-new-entry')");
            editor.enterAndWaitForPage();
            editor.tabTo("the skip link", "a.classList.contains('skip-link')");
            writeEntry(editor, title, slug);

            // Enter in a text field saves (the new entry's page follows): the focus stays on Save
            editor.enterAndWaitForPage();
            assertTrue(editor.currentPath().startsWith("/desk/entry?id="), editor.currentPath());
            editor.expectFocus("the Save button, after saving", "a.id === 'save'");
            assertTrue(editor.page().findElement(By.cssSelector(".form-actions__message")).isDisplayed(),
                    "the confirmation is beside the buttons");
            String entryPath = editor.currentPath();

            editor.tabTo("Submit for review", "a.id === 'submit'");
            editor.enterAndWaitForPage();
            editor.expectFocus("the page's message or its content, after submitting",
                    "a.classList.contains('page-message') || a.id === 'main'");
            assertEquals("In review", editor.page().findElement(By.id("entry-state")).getText());

            // the reviewer's refused decision, then the request for changes with a comment
            signIn(reviewer, "reviewer", "demo-reviewer");
            openFromQueue(reviewer, title);
            reviewer.tabTo("Request changes", "a.id === 'requestChanges'");
            reviewer.enterAndWaitForUpdate();
            WebElement comment = reviewer.expectFocus("the refused comment field", "a.id === 'comment'");
            assertEquals("true", comment.getAttribute("aria-invalid"));
            String describedBy = comment.getAttribute("aria-describedby");
            assertTrue(describedBy != null && reviewer.page().findElement(By.id(describedBy.split(" ")[0])).getText()
                    .contains("comment"), "the comment's error is tied to it: " + describedBy);
            reviewer.type("Please say which border crossings the pilot covers.");
            reviewer.tabTo("Request changes", "a.id === 'requestChanges'");
            reviewer.enterAndWaitForPage();
            assertTrue(reviewer.currentPath().startsWith("/desk/queue"), reviewer.currentPath());
            reviewer.expectFocus("the page's message or its content, after the decision",
                    "a.classList.contains('page-message') || a.id === 'main'");

            // the editor finds it sent back on the desk and submits it again
            editor.shiftTabTo("the desk link", "a.getAttribute('href') && a.getAttribute('href').endsWith('/desk') && a.closest('nav')");
            editor.enterAndWaitForPage();
            editor.tabTo("the sent-back entry", "a.closest('#sent-back-table') && a.textContent.trim() === '" + title + "'");
            editor.enterAndWaitForPage();
            assertEquals(entryPath, editor.currentPath());
            editor.tabTo("Submit for review", "a.id === 'submit'");
            editor.enterAndWaitForPage();
            assertEquals("In review", editor.page().findElement(By.id("entry-state")).getText());

            // the reviewer approves: the project is public
            reviewer.shiftTabTo("the review queue link", "a.classList.contains('nav-queue')");
            reviewer.enterAndWaitForPage();
            reviewer.tabTo("the entry in the queue", "a.textContent.trim() === '" + title + "'");
            reviewer.enterAndWaitForPage();
            reviewer.tabTo("Approve", "a.id === 'approve'");
            reviewer.enterAndWaitForPage();
            reviewer.expectFocus("the page's message or its content, after approving",
                    "a.classList.contains('page-message') || a.id === 'main'");
            HttpResponse<String> published = TestServer.get("/projects/" + slug);
            assertEquals(200, published.statusCode());
            assertTrue(published.body().contains(title));
            assertTrue(TestServer.get("/fr/projects/" + slug).body().contains("Pilote clavier"), "the French title is published too");
            assertTrue(published.body().contains("https://example.org/keyboard-pilot"));
        }
    }

    private static void signIn(KeyboardUser person, String username, String password) {
        person.arriveAt("/login");
        person.tabTo("the user name", "a.id === 'username'");
        person.type(username);
        person.press(Keys.TAB);
        person.expectFocus("the password", "a.id === 'password'");
        person.enterAndWaitForPage(); // no password: refused, on the page that comes back
        WebElement refused = person.expectFocus("the refused password, after the refusal", "a.id === 'password'");
        assertEquals("true", refused.getAttribute("aria-invalid"));
        assertTrue(refused.getAttribute("aria-describedby") != null, "the password's error is tied to it");
        person.type(password);
        person.enterAndWaitForPage();
        assertTrue(person.currentPath().startsWith("/desk"), person.currentPath());
        person.expectFocus("the desk's content, after signing in", "a.id === 'main' || a.classList.contains('page-message')");
    }

    private static void openFromQueue(KeyboardUser reviewer, String title) {
        reviewer.shiftTabTo("the review queue link", "a.classList.contains('nav-queue')");
        reviewer.enterAndWaitForPage();
        reviewer.tabTo("the entry in the queue", "a.textContent.trim() === '" + title + "'");
        reviewer.enterAndWaitForPage();
    }

    private static void writeEntry(KeyboardUser editor, String title, String slug) {
        editor.press(Keys.ENTER); // the skip link: the focus goes to the content
        editor.expectFocus("the page's content, after the skip link", "a.id === 'main'");
        editor.tabTo("the English title", "a.id === 'languages:title-en'");
        editor.press(Keys.ENTER); // saves: refused without a title, the focus stays on the refused field
        editor.waitForAjax();
        WebElement refused = editor.expectFocus("the refused title", "a.id === 'languages:title-en' && a.getAttribute('aria-invalid') === 'true'");
        String error = refused.getAttribute("aria-describedby");
        assertTrue(error != null && !editor.page().findElement(By.id(error.split(" ")[0])).getText().isBlank(),
                "the title's error is tied to it: " + error);
        editor.type(title);
        editor.tabTo("the English objective", "a.id === 'languages:objective-en'");
        editor.type("To try the desk with the keyboard alone.");

        // a text list: Add puts the focus in the new row; Remove on the row that takes its place
        String rows = ROWS.formatted("specificObjectives");
        editor.tabTo("Add an item (specific objectives)", "a.closest('[data-list=specificObjectives]') && a.classList.contains('list-editor__add')");
        editor.enterAndWaitForUpdate();
        editor.expectFocus("the new specific objective", rows + ".length === 1 && " + rows + "[0].contains(a) && a.tagName === 'TEXTAREA'");
        editor.type("A first objective to remove.");
        editor.tabTo("Add an item (specific objectives)", "a.closest('[data-list=specificObjectives]') && a.classList.contains('list-editor__add')");
        editor.enterAndWaitForUpdate();
        editor.expectFocus("the second specific objective", rows + ".length === 2 && " + rows + "[1].contains(a) && a.tagName === 'TEXTAREA'");
        editor.type("Border crossings work the same way on both sides.");
        editor.shiftTabTo("Remove on the first row", rows + "[0].contains(a) && a.getAttribute('aria-label') === 'Remove'");
        editor.enterAndWaitForUpdate();
        editor.expectFocus("the row that took the removed one's place",
                rows + ".length === 1 && a.tagName === 'TEXTAREA' && a.value === 'Border crossings work the same way on both sides.'");

        // the language tabs
        editor.shiftTabTo("the French tab", "a.id === 'languages:tab-fr_header'");
        editor.press(Keys.ENTER);
        editor.tabTo("the French title", "a.id === 'languages:title-fr'");
        editor.type("Pilote clavier");
        editor.shiftTabTo("the Russian tab", "a.id === 'languages:tab-ru_header'");
        editor.press(Keys.ENTER);
        editor.tabTo("the Russian title", "a.id === 'languages:title-ru'");
        editor.type("Пилот клавиатуры");

        editor.tabTo("the acronym", "a.id === 'acronym'");
        editor.type("KBP");
        editor.tabTo("the address name", "a.id === 'slug'");
        editor.type(slug);

        // organisations: the filter's arrow keys move among the matches only
        String lastParticipation = "Array.from(document.querySelectorAll('.participation-row')).pop()";
        editor.tabTo("the organisation", "a.classList.contains('ui-selectonemenu-label') && a.closest('.participation-row')");
        chooseOrganisation(editor, "undp", "United Nations Development Programme (UNDP)");
        editor.tabTo("Add an organisation", "a.id === 'addParticipation'");
        editor.enterAndWaitForUpdate();
        editor.expectFocus("the new row's organisation", lastParticipation + ".contains(a) && a.classList.contains('ui-selectonemenu-label')"
                + " && document.querySelectorAll('.participation-row').length === 2");
        chooseOrganisation(editor, "icmpd", "International Centre for Migration Policy Development (ICMPD)");
        editor.tabTo("the new row's role", lastParticipation + ".contains(a) && a.closest('.role-picker')");
        editor.type("d"); // type-ahead on the closed list
        assertEquals("Donor", editor.focused().getText().trim(), "the second organisation is a donor");
        // Enter on a closed list opens it, and does not press Save (the form's default button)
        String rolePanel = "document.getElementById(" + lastParticipation + ".querySelector('.role-picker').id + '_panel')";
        editor.press(Keys.ENTER);
        // open, its opening animation over (PrimeFaces ignores Escape until then)
        editor.waitUntil("the role list opening on Enter", rolePanel + ".offsetHeight > 0 && "
                + rolePanel + ".classList.contains('ui-connected-overlay-enter-done')");
        editor.press(Keys.ESCAPE);
        editor.waitUntil("the role list closing on Escape", rolePanel + ".offsetHeight === 0");
        editor.expectFocus("the role again", lastParticipation + ".contains(a) && a.closest('.role-picker')");
        assertEquals("Donor", editor.focused().getText().trim(), "Escape keeps the role chosen");

        // a refused step: the focus goes to the refused field, its error tied to it
        editor.tabTo("Add the new organisation", "a.id === 'addNewOrganisation'");
        editor.enterAndWaitForUpdate();
        WebElement name = editor.expectFocus("the new organisation's refused name", "a.id === 'new-organisation-name-en'");
        assertEquals("true", name.getAttribute("aria-invalid"));
        assertTrue(name.getAttribute("aria-describedby") != null, "the name's error is tied to it");

        // months: typed, and chosen in the picker, which gives the focus back to its field
        editor.tabTo("the start month", "a.id === 'startMonth_input'");
        editor.type("01/2026");
        editor.tabTo("the end month", "a.id === 'endMonth_input'");
        editor.type("12/2027");
        editor.press(Keys.TAB);
        editor.expectFocus("the end month's calendar button", "a.classList.contains('ui-datepicker-trigger') && a.closest('#endMonth')");
        editor.press(Keys.ENTER);
        editor.expectFocus("a month in the picker", "a.getAttribute('role') === 'option' && a.closest('#endMonth_panel')");
        editor.assertNamed(By.cssSelector("#endMonth_panel [role=listbox]"), "End month");
        assertEquals(1L, editor.script("return document.querySelectorAll('#endMonth_panel [role=option][aria-selected=true]').length;"),
                "the picker says which month is chosen");
        editor.press(Keys.ENTER); // January of the year shown: 2027
        editor.expectFocus("the end month again", "a.id === 'endMonth_input' && a.value === '01/2027'");

        // countries: the list opens on its filter; chips are removed by keyboard
        editor.tabTo("the countries", "a.id === 'countries_focus'");
        tickCountry(editor, "Iceland");
        tickCountry(editor, "Norway");
        editor.tabTo("the first chip's remove button", "a.classList.contains('ui-selectcheckboxmenu-token-icon')");
        assertEquals("Remove Iceland", editor.focused().getAccessibleName());
        editor.press(Keys.ENTER);
        editor.expectFocus("the next chip's remove button", "a.getAttribute('aria-label') === 'Remove Norway'");
        editor.waitForAjax();

        // a link: Add puts the focus in the new row
        editor.tabTo("Add a link", "a.id === 'addLink'");
        editor.enterAndWaitForUpdate();
        editor.expectFocus("the new link's address", "a.closest('.link-row') && a.type === 'url'");
        editor.type("https://example.org/keyboard-pilot");
        editor.press(Keys.TAB);
        editor.expectFocus("the new link's English label", "a.closest('.link-row') && a.lang === 'en'");
        editor.type("The pilot's page");
    }

    private static void chooseOrganisation(KeyboardUser editor, String typed, String expected) {
        editor.press(Keys.SPACE);
        WebElement filter = editor.expectFocus("the organisation filter", "a.classList.contains('ui-selectonemenu-filter')");
        editor.assertNamed(By.id(editor.controlledList(filter)), "Organisation");
        editor.type(typed);
        editor.press(Keys.ARROW_DOWN);
        String option = editor.attributeOfFocused("aria-activedescendant");
        WebElement highlighted = editor.page().findElement(By.id(option));
        assertTrue(highlighted.isDisplayed(), "the highlighted organisation is one of the matches");
        assertEquals(expected, highlighted.getAttribute("data-label"));
        editor.press(Keys.ENTER);
        WebElement menu = editor.expectFocus("the organisation, chosen", "a.classList.contains('ui-selectonemenu-label')");
        assertEquals(expected, menu.getText().trim());
        assertTrue(menu.getAccessibleName().startsWith("Organisation") && menu.getAccessibleName().contains(expected),
                "named by its label, then its value: " + menu.getAccessibleName());
    }

    private static void tickCountry(KeyboardUser editor, String country) {
        editor.press(Keys.ARROW_DOWN);
        editor.expectFocus("the countries filter", "a.id === 'countries_filter'");
        editor.assertNamed(By.id("countries_panel"), "Countries");
        editor.assertNamed(By.id("countries_list"), "Countries");
        editor.retype(country);
        editor.press(Keys.ARROW_DOWN);
        editor.expectFocus(country + " in the list", "a.closest('#countries_list') && a.closest('li').textContent.trim() === '" + country + "'");
        editor.press(Keys.SPACE);
        editor.press(Keys.ESCAPE);
        editor.expectFocus("the countries, closed", "a.id === 'countries_focus'");
        editor.waitUntil("the countries list closed", "!document.getElementById('countries_panel').checkVisibility()");
        editor.waitForAjax();
        @SuppressWarnings("unchecked")
        List<String> chips = (List<String>) editor.script(
                "return Array.from(document.querySelectorAll('#countries .ui-selectcheckboxmenu-token-label')).map(e => e.textContent.trim());");
        assertTrue(chips.contains(country), chips::toString);
    }
}
