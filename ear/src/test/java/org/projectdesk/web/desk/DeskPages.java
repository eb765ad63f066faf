package org.projectdesk.web.desk;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.projectdesk.testsupport.Browser;

import java.time.Duration;

/** What a person does on the desk's pages, for the browser tests: sign in, fill the entry form, take steps. */
final class DeskPages {

    private final Browser browser;
    private final WebDriver page;
    private final WebDriverWait wait;

    DeskPages(Browser browser) {
        this.browser = browser;
        this.page = browser.driver();
        this.wait = new WebDriverWait(page, Duration.ofSeconds(30));
    }

    WebDriver page() {
        return page;
    }

    void signIn(String username, String password) {
        browser.open("/login");
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForPage(By.id("signInButton"));
    }

    void open(String path) {
        browser.open(path);
    }

    /**
     * Writes a new entry complete enough for review (led by UNDP, in Iceland, 2026–2027) on the
     * entry form and saves it; returns the entry page's path.
     */
    String writeEntry(String title, String objective, String acronym, String slug) {
        open("/desk/entry");
        type(By.id("languages:title-en"), title);
        type(By.id("languages:objective-en"), objective);
        type(By.id("acronym"), acronym);
        type(By.id("slug"), slug);
        choose(find(By.cssSelector(".participation-row .organisation-picker")),
                "United Nations Development Programme (UNDP)");
        month("startMonth", "01/2026");
        month("endMonth", "12/2027");
        tick(By.id("countries"), "Iceland");
        clickAndWaitForPage(By.id("save"));
        String url = page.getCurrentUrl();
        return url.substring(url.indexOf("/desk/"));
    }

    WebElement find(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** The element's text, read again if the page replaced the element meanwhile (a navigation or an ajax update). */
    String text(By by) {
        return wait.until(driver -> {
            try {
                return driver.findElement(by).getText();
            } catch (org.openqa.selenium.NoSuchElementException e) {
                return null;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return null;
                }
                throw e;
            }
        });
    }

    /**
     * Whether the element left the page. Chromium says so either as a stale element or, while the
     * next document is replacing the old one, as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean replaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    void type(By field, String text) {
        WebElement input = find(field);
        scrollTo(input);
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks a button that submits with ajax, and waits until PrimeFaces has applied the response. */
    void clickAjax(By button) {
        waitForAjax();
        click(button);
        waitForAjax();
    }

    /** Clicks a button whose step ends in a redirect, and waits for the next page. */
    void clickAndWaitForPage(By button) {
        waitForAjax();
        WebElement element = click(button);
        wait.until(driver -> gone(element));
        wait.until(driver -> "complete".equals(js().executeScript("return document.readyState")));
    }

    /**
     * Scrolls to the button and clicks it; finds it again (at most three times) if an ajax update
     * replaced it between finding and clicking. Returns the element clicked.
     */
    private WebElement click(By button) {
        for (int attempt = 1; ; attempt++) {
            WebElement element = find(button);
            try {
                scrollTo(element);
                element.click();
                return element;
            } catch (WebDriverException e) {
                if (!replaced(e) || attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Chooses an option of a PrimeFaces select-one menu by its label. */
    void choose(WebElement menu, String label) {
        scrollTo(menu);
        menu.findElement(By.cssSelector(".ui-selectonemenu-trigger")).click();
        String panelId = menu.getAttribute("id") + "_panel";
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(panelId)));
        panel.findElements(By.cssSelector("input.ui-selectonemenu-filter")).forEach(filter -> filter.sendKeys(label));
        WebElement item = wait.until(driver -> panel.findElements(By.cssSelector("li.ui-selectonemenu-item")).stream()
                .filter(candidate -> label.equals(candidate.getAttribute("data-label")) && candidate.isDisplayed())
                .findFirst().orElse(null));
        item.click();
        wait.until(ExpectedConditions.invisibilityOf(panel));
    }

    /** Ticks options of a PrimeFaces checkbox menu by their labels. */
    void tick(By menuLocator, String... labels) {
        WebElement menu = find(menuLocator);
        scrollTo(menu);
        menu.findElement(By.cssSelector(".ui-selectcheckboxmenu-trigger")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.id(menu.getAttribute("id") + "_panel")));
        for (String label : labels) {
            WebElement filter = panel.findElement(By.cssSelector(".ui-selectcheckboxmenu-filter-container input"));
            filter.clear();
            filter.sendKeys(label);
            WebElement item = wait.until(driver -> panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item")).stream()
                    .filter(candidate -> candidate.isDisplayed() && candidate.getText().strip().equals(label))
                    .findFirst().orElse(null));
            item.findElement(By.cssSelector(".ui-chkbox-box")).click();
        }
        page.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        leaveField();
    }

    /**
     * Types a month (MM/YYYY) into a PrimeFaces date picker and closes it. The picker opens its
     * panel on focus and may take keys typed while it opens as moves in the panel, so the month
     * is typed again (at most three times) until the field shows it.
     */
    void month(String pickerId, String month) {
        WebElement input = find(By.id(pickerId + "_input"));
        scrollTo(input);
        for (int attempt = 1; attempt <= 3; attempt++) {
            input.clear();
            input.sendKeys(month);
            input.sendKeys(Keys.ESCAPE);
            leaveField();
            try {
                new WebDriverWait(page, Duration.ofSeconds(2)).until(driver -> month.equals(input.getAttribute("value")));
                return;
            } catch (TimeoutException e) {
                // typed while the panel opened: type it again
            }
        }
        throw new AssertionError("the month picker " + pickerId + " shows \"" + input.getAttribute("value")
                + "\" instead of " + month);
    }

    /**
     * Leaves the field being edited as a click elsewhere on the page would: the field loses the
     * focus (a date picker reads what was typed) and PrimeFaces closes its open panels. Done in
     * script because a real click needs a free spot on screen, and on a long form the heading the
     * tests once clicked may lie under another element.
     */
    private void leaveField() {
        js().executeScript("if (document.activeElement && document.activeElement !== document.body) {"
                + " document.activeElement.blur(); }"
                + " document.body.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));"
                + " document.body.dispatchEvent(new MouseEvent('click', {bubbles: true}));");
        waitForAjax();
    }

    void waitForAjax() {
        wait.until(driver -> Boolean.TRUE.equals(js().executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private void scrollTo(WebElement element) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) page;
    }
}
