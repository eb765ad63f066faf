package org.projectdesk.web.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectdesk.testsupport.Browser;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A person who works the desk with the keyboard alone: every step after the first page load is a
 * key pressed on whatever has the focus (Tab, Shift+Tab, Enter, Space, arrows, Escape, typing). On
 * the way, every control the focus reaches is checked: it has an accessible name and is not hidden
 * under anything (the sticky Save bar, a popup), and the focus is never on the page body.
 */
final class KeyboardUser {

    private static final int MOST_TABS = 400;

    /**
     * Where the focus is and what is wrong with it (null when nothing is): on the page body, under
     * the sticky Save bar or another element, or out of sight. A control PrimeFaces keeps in a
     * visually hidden input counts as shown by its visible widget.
     */
    private static final String FOCUS_PROBLEM = """
            var a = document.activeElement;
            if (!a || a === document.body || a === document.documentElement) { return 'the focus is on the page body'; }
            var shown = a.closest('.ui-helper-hidden-accessible')
                ? a.closest('.ui-selectcheckboxmenu, .ui-selectonemenu, .ui-chkbox, .ui-radiobutton') : a;
            if (!shown) { return 'the focus is on a hidden control'; }
            var r = shown.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) { return 'the focused control is not displayed'; }
            if (r.bottom <= 0 || r.top >= window.innerHeight || r.right <= 0 || r.left >= window.innerWidth) {
                return 'the focused control is out of sight (' + Math.round(r.top) + ' px from the top)';
            }
            var bar = document.querySelector('.form-actions');
            if (bar && !bar.contains(a) && !a.contains(bar) && !a.closest('.ui-input-overlay') && getComputedStyle(bar).position === 'sticky') {
                var b = bar.getBoundingClientRect();
                var under = Math.min(r.bottom, b.bottom) - Math.max(r.top, b.top);
                if (under > 1) { return 'the focused control is ' + Math.round(under) + ' of ' + Math.round(r.height) + ' px under the Save bar'; }
            }
            var x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
            var y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
            var hit = document.elementFromPoint(x, y);
            if (hit && hit !== shown && !shown.contains(hit) && !hit.contains(shown) && !(hit.htmlFor && hit.htmlFor === a.id)) {
                return 'the focused control is covered by ' + hit.tagName.toLowerCase() + '.' + hit.className;
            }
            return null;""";

    private static final String DESCRIBE = """
            var a = document.activeElement;
            return a ? a.tagName.toLowerCase() + (a.id ? '#' + a.id : '') + (a.className ? '.' + String(a.className).split(' ').join('.') : '')
                + ' "' + (a.value || a.textContent || '').trim().slice(0, 40) + '"' : 'nothing';""";

    private final Browser browser;
    private final WebDriver page;
    private final String who;
    private final Set<String> named = new LinkedHashSet<>();

    KeyboardUser(Browser browser, String who, int width) {
        this.browser = browser;
        this.page = browser.driver();
        this.who = who + " at " + width + " px";
        page.manage().window().setSize(new Dimension(width, 900));
    }

    /** The one page load not made by keyboard: the address typed in the browser. */
    void arriveAt(String path) {
        browser.open(path);
        waitForPage();
    }

    /** Presses keys on whatever has the focus. */
    void press(CharSequence... keys) {
        new Actions(page).sendKeys(keys).perform();
    }

    void type(String text) {
        press(text);
    }

    /** Replaces what the focused field holds. */
    void retype(String text) {
        new Actions(page).keyDown(Keys.CONTROL).sendKeys("a").keyUp(Keys.CONTROL).perform();
        press(Keys.DELETE);
        press(text);
    }

    /**
     * Presses Tab until the focus is on the control the script condition {@code wanted} holds for
     * (a JavaScript expression over {@code a}, the focused element), checking every control on the way.
     */
    WebElement tabTo(String what, String wanted) {
        return moveTo(what, wanted, false);
    }

    WebElement shiftTabTo(String what, String wanted) {
        return moveTo(what, wanted, true);
    }

    private WebElement moveTo(String what, String wanted, boolean backwards) {
        for (int presses = 1; presses <= MOST_TABS; presses++) {
            if (backwards) {
                new Actions(page).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
            } else {
                press(Keys.TAB);
            }
            checkFocus("on the way to " + what);
            if (holds(wanted)) {
                return focused();
            }
        }
        throw new AssertionError(who + ": " + what + " not reached in " + MOST_TABS + " presses; the focus is on " + describe());
    }

    /** Waits until the focus is where the condition says (after an ajax update or a page load), and checks it. */
    WebElement expectFocus(String what, String wanted) {
        try {
            new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> holds(wanted));
        } catch (TimeoutException e) {
            throw new AssertionError(who + ": the focus should be on " + what + " but is on " + describe(), e);
        }
        checkFocus("on " + what);
        return focused();
    }

    /** Waits until the script condition holds (a popup closed, say). */
    void waitUntil(String what, String condition) {
        try {
            new WebDriverWait(page, Duration.ofSeconds(10)).until(driver -> holds(condition));
        } catch (TimeoutException e) {
            throw new AssertionError(who + ": " + what + " did not happen", e);
        }
    }

    /** The focused control is named, shown and clear of everything on the page. */
    void checkFocus(String where) {
        // a popup closing or a page scrolling settles within a moment
        Object problem = js().executeScript(FOCUS_PROBLEM);
        for (int look = 1; problem != null && look <= 10; look++) {
            pause(100);
            problem = js().executeScript(FOCUS_PROBLEM);
        }
        assertNull(problem, () -> who + ", " + where + ": " + describe());
        WebElement focused = focused();
        String name = focused.getAccessibleName();
        assertFalse(name == null || name.isBlank(), () -> who + ", " + where + ": the focused " + describe() + " has no accessible name");
        named.add(name);
    }

    /** Waits a moment where a page acts on a timer of its own (PrimeFaces' delayed focus moves). */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** The names the focus met, in order (for a failure message). */
    Set<String> named() {
        return named;
    }

    WebElement focused() {
        return page.switchTo().activeElement();
    }

    boolean holds(String condition) {
        return Boolean.TRUE.equals(js().executeScript("var a = document.activeElement; return Boolean(" + condition + ");"));
    }

    String describe() {
        return String.valueOf(js().executeScript(DESCRIBE));
    }

    /** Presses Enter on a control whose step loads another page, and waits for it. */
    void enterAndWaitForPage() {
        js().executeScript("window.keyboardUserLeft = true;");
        press(Keys.ENTER);
        new WebDriverWait(page, Duration.ofSeconds(30)).until(driver ->
                Boolean.TRUE.equals(js().executeScript("return !window.keyboardUserLeft && document.readyState === 'complete';")));
        waitForPage();
    }

    /** Presses Enter on a control whose step is an ajax request, and waits for its update. */
    void enterAndWaitForUpdate() {
        press(Keys.ENTER);
        waitForAjax();
    }

    void waitForAjax() {
        new WebDriverWait(page, Duration.ofSeconds(30)).until(driver -> Boolean.TRUE.equals(js().executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private void waitForPage() {
        waitForAjax();
    }

    /** An element's accessible name, as assistive technology gets it. */
    String nameOf(By by) {
        return page.findElement(by).getAccessibleName();
    }

    String attributeOfFocused(String attribute) {
        return focused().getAttribute(attribute);
    }

    Object script(String script, Object... arguments) {
        return js().executeScript(script, arguments);
    }

    String currentPath() {
        String url = page.getCurrentUrl();
        return url.substring(url.indexOf('/', url.indexOf("//") + 2));
    }

    /** The element has that accessible name (given by the page's script within a moment of its appearing). */
    void assertNamed(By by, String expected) {
        try {
            new WebDriverWait(page, Duration.ofSeconds(3)).until(driver -> expected.equals(nameOf(by)));
        } catch (TimeoutException e) {
            WebElement element = page.findElement(by);
            assertEquals(expected, nameOf(by), () -> who + ": the accessible name of " + by + " (shown: "
                    + element.isDisplayed() + ", role " + element.getAriaRole() + ", focus on " + describe() + "): "
                    + element.getAttribute("outerHTML").substring(0, Math.min(300, element.getAttribute("outerHTML").length())));
        }
    }

    /** The id of the list box a combo box controls (an element that exists), waiting a moment for it. */
    String controlledList(WebElement combobox) {
        try {
            return (String) new WebDriverWait(page, Duration.ofSeconds(3)).until(driver -> js().executeScript("""
                    var list = document.getElementById(arguments[0].getAttribute('aria-controls'));
                    return list && list.getAttribute('role') === 'listbox' ? list.id : null;""", combobox));
        } catch (TimeoutException e) {
            throw new AssertionError(who + ": " + combobox.getAttribute("aria-controls") + " controlled by "
                    + describe() + " is no list box on the page", e);
        }
    }

    WebDriver page() {
        return page;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) page;
    }
}
