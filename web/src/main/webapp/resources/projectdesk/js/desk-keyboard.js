/*
 * The desk for a person who works by keyboard alone (and so for everyone using a screen reader).
 *
 * - Focus stays where the person is. An ajax step replaces the form, and with it the focused
 *   button; afterwards focus goes to the first refused field (or the page's error message) when
 *   the step was refused, to the new row after "Add", to the neighbouring row after "Remove", to
 *   the same button in the moved row after "Move", and back to the same control otherwise (Save).
 *   A step that ends on another page (saving a new entry, submitting, signing in) continues there
 *   the same way: the same control when the page has it, else the page's message, else the main
 *   content.
 * - A focused control is never hidden under the sticky Save bar (WCAG 2.4.11): the page keeps a
 *   scroll padding as high as the bar, which the browser honours when it scrolls focus into view.
 * - Errors are tied to their fields (aria-invalid, aria-describedby), and hints to theirs.
 * - The focus stays in an open confirmation dialog.
 * - PrimeFaces' popups get accessible names and states: the organisation list and its filter, the
 *   countries panel and its list, the month cells. The filter's arrow keys move among the
 *   organisations that match only, and the country chips can be removed by keyboard.
 */
(function () {
    "use strict";

    var STEP_KEY = "projectdesk.step";
    var STEP_AGE_MILLIS = 30000;
    var FOCUSABLE = "input:not([type=hidden]):not([disabled]), textarea:not([disabled]), select:not([disabled]),"
        + " button:not([disabled]), a[href], [tabindex]:not([tabindex='-1'])";
    var ERRORS = ".field-error, .ui-message-error";
    var OVERLAYS = ".ui-selectonemenu-panel, .ui-selectcheckboxmenu-panel, .ui-datepicker, .ui-overlaypanel";

    var pending = null;

    // an open list follows its field when the page scrolls (a focused control brought clear of the
    // Save bar, a small screen's keyboard) instead of closing under the person's fingers
    if (window.PrimeFaces) {
        PrimeFaces.hideOverlaysOnViewportChange = false;
    }

    function visible(element) {
        return Boolean(element && (element.offsetWidth || element.offsetHeight || element.getClientRects().length));
    }

    function firstFocusable(container) {
        if (!container) {
            return null;
        }
        var candidates = container.querySelectorAll(FOCUSABLE);
        for (var i = 0; i < candidates.length; i++) {
            if (visible(candidates[i]) && !candidates[i].closest("[aria-hidden=true]")) {
                return candidates[i];
            }
        }
        return null;
    }

    function addToken(element, attribute, token) {
        var tokens = (element.getAttribute(attribute) || "").split(/\s+/).filter(Boolean);
        if (tokens.indexOf(token) < 0) {
            tokens.push(token);
            element.setAttribute(attribute, tokens.join(" "));
        }
    }

    /* a label's words, without the mark of a required field */
    function labelText(label) {
        return label ? label.textContent.replace(/\*/g, "").trim() : "";
    }

    function labelOf(control) {
        return labelText(control && control.id ? document.querySelector("label[for='" + CSS.escape(control.id) + "']") : null);
    }

    /* ---------- errors and hints tied to their fields ---------- */

    function errorFor(field) {
        var own = field.querySelector(ERRORS);
        if (own) {
            return own;
        }
        // the period's error follows the grid of its two month fields
        var grid = field.parentElement && field.parentElement.classList.contains("form-grid") ? field.parentElement : null;
        var after = grid ? grid.nextElementSibling : null;
        return after && after.matches(ERRORS) ? after : null;
    }

    /*
     * The page renders each error with its id; the tie is made here, once for every kind of field,
     * because PrimeFaces' select menus, month pickers and checkbox menus keep their focusable
     * element inside markup the page's attributes do not reach.
     */
    function tieErrors() {
        document.querySelectorAll(".form-field--error, .form-field:has(.ui-message-error)").forEach(function (field) {
            var error = errorFor(field);
            if (!error || !error.id) {
                return;
            }
            field.querySelectorAll("input:not([type=hidden]), textarea, select, [role=combobox]").forEach(function (control) {
                if (control.closest(OVERLAYS)) {
                    return;
                }
                control.setAttribute("aria-invalid", "true");
                addToken(control, "aria-describedby", error.id);
            });
        });
        document.querySelectorAll(".form-hint[id][data-for]").forEach(function (hint) {
            var control = document.getElementById(hint.getAttribute("data-for"));
            if (control) {
                addToken(control, "aria-describedby", hint.id);
            }
        });
    }

    /* the main content, where the skip link and some steps put the focus, is named by the page's heading */
    function nameMain() {
        var main = document.getElementById("main");
        var heading = main ? main.querySelector("h1") : null;
        if (heading && !main.hasAttribute("aria-labelledby")) {
            if (!heading.id) {
                heading.id = "page-heading";
            }
            main.setAttribute("aria-labelledby", heading.id);
        }
    }

    /* ---------- names and states of PrimeFaces' popups ---------- */

    function nameMenus() {
        document.querySelectorAll(".ui-selectonemenu[id]").forEach(function (menu) {
            var select = document.getElementById(menu.id + "_input");
            var panel = document.getElementById(menu.id + "_panel");
            var combobox = document.getElementById(menu.id + "_label");
            // p:outputLabel points at the combo box span, which a label element cannot name
            var label = document.querySelector(["_label", "_input", "_focus"].map(function (suffix) {
                return "label[for='" + CSS.escape(menu.id + suffix) + "']";
            }).join(", "));
            var name = labelText(label) || (select && select.getAttribute("aria-label")) || "";
            if (label && !label.id) {
                label.id = menu.id + "_name";
            }
            if (combobox && label) {
                // named by its field's label, then what it holds ("Organisation, UNDP")
                combobox.setAttribute("aria-labelledby", label.id + " " + combobox.id);
            }
            if (!panel || !name) {
                return;
            }
            // PrimeFaces' list box (rendered when the list first opens), its options grouped inside
            var list = document.getElementById(menu.id + "_items");
            if (list) {
                list.setAttribute("aria-label", name);
            }
            var filter = panel.querySelector("input.ui-selectonemenu-filter");
            if (filter && list) {
                filter.setAttribute("role", "combobox");
                filter.setAttribute("aria-controls", list.id);
                filter.setAttribute("aria-autocomplete", "list");
                // the filter is shown only with its list open, so never stale
                filter.setAttribute("aria-expanded", "true");
                if (!filter.getAttribute("aria-label")) {
                    filter.setAttribute("aria-label", name);
                }
            }
        });
        document.querySelectorAll(".ui-selectcheckboxmenu[id]").forEach(function (menu) {
            var name = labelOf(document.getElementById(menu.id + "_focus")) || labelOf(menu);
            var field = menu.closest("[data-remove-label]");
            var panel = document.getElementById(menu.id + "_panel");
            if (panel && name) {
                panel.setAttribute("role", "dialog");
                panel.setAttribute("aria-label", name);
                panel.querySelectorAll("ul").forEach(function (list) {
                    if (!list.getAttribute("aria-label")) {
                        list.setAttribute("aria-label", name);
                    }
                });
            }
            if (field) {
                menu.querySelectorAll(".ui-selectcheckboxmenu-token").forEach(function (token) {
                    var icon = token.querySelector(".ui-selectcheckboxmenu-token-icon");
                    var text = token.querySelector(".ui-selectcheckboxmenu-token-label");
                    if (icon && text) {
                        icon.setAttribute("role", "button");
                        icon.setAttribute("tabindex", "0");
                        icon.setAttribute("aria-label",
                            field.getAttribute("data-remove-label").replace("{0}", text.textContent.trim()));
                    }
                });
            }
        });
        nameMonthPickers();
    }

    /* PrimeFaces' words in the page's language (its locale file, loaded for the view's locale) */
    function localeSettings() {
        return window.PrimeFaces && PrimeFaces.getLocaleSettings ? PrimeFaces.getLocaleSettings() : {};
    }

    /*
     * The month cells show the months' short names as the browser's calendar data (CLDR) writes
     * them in the page's language: PrimeFaces' French list shows "Jun" and "Jui" for June and July.
     * Set before the pickers are built (PrimeFaces builds its widgets once the page is read).
     */
    function useCalendarMonthNames() {
        var words = localeSettings();
        var language = document.documentElement.lang;
        if (!words.monthNamesShort || !language || !window.Intl) {
            return;
        }
        var format = new Intl.DateTimeFormat(language, {month: "short"});
        words.monthNamesShort = words.monthNamesShort.map(function (name, month) {
            return format.format(new Date(2000, month, 1));
        });
    }

    /*
     * A month field's button and popup say "choose a month", not PrimeFaces' "choose a date", and
     * each month cell is an option named by the month in full and the year shown ("juillet 2027",
     * where the cell shows an abbreviation some languages make ambiguous).
     */
    function nameMonthPickers() {
        var words = localeSettings();
        document.querySelectorAll(".ui-datepicker-trigger").forEach(function (trigger) {
            var field = trigger.closest("[id]");
            var widget = field && window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(field.id) : null;
            if (words.chooseMonth && widget && widget.cfg && widget.cfg.view === "month") {
                trigger.setAttribute("aria-label", words.chooseMonth);
            }
        });
        document.querySelectorAll(".ui-datepicker[id] .ui-monthpicker").forEach(function (months) {
            var panel = months.closest(".ui-datepicker[id]");
            var input = document.getElementById(panel.id.replace(/_panel$/, "_input"));
            var year = panel.querySelector(".ui-datepicker-year");
            var name = labelOf(input);
            months.setAttribute("role", "listbox");
            if (name) {
                months.setAttribute("aria-label", name);
                panel.setAttribute("aria-label", name);
            }
            months.querySelectorAll(".ui-monthpicker-month").forEach(function (month, index) {
                month.setAttribute("role", "option");
                month.setAttribute("aria-selected", String(month.classList.contains("ui-state-active")));
                if (words.monthNames && year) {
                    month.setAttribute("aria-label", words.monthNames[index] + " " + year.textContent.trim());
                }
            });
        });
    }

    /* ---------- the organisation filter: arrow keys among the matches only ---------- */

    function menuWidgetOf(panel) {
        var id = panel.id.replace(/_panel$/, "");
        return window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(id) : null;
    }

    function onFilterKey(event) {
        var filter = event.target;
        if (!(filter instanceof HTMLInputElement) || !filter.classList.contains("ui-selectonemenu-filter")) {
            return;
        }
        if (["ArrowDown", "ArrowUp", "Enter", "NumpadEnter"].indexOf(event.key) < 0) {
            return;
        }
        var panel = filter.closest(".ui-selectonemenu-panel");
        var widget = panel ? menuWidgetOf(panel) : null;
        if (!widget || !widget.items) {
            return;
        }
        var matches = Array.prototype.filter.call(widget.items, function (item) {
            return item.style.display !== "none" && !item.classList.contains("ui-state-disabled")
                && item.getAttribute("role") === "option";
        });
        var current = widget.items.filter(".ui-state-highlight").get(0);
        var at = matches.indexOf(current);
        if (event.key === "Enter" || event.key === "NumpadEnter") {
            if (at < 0 && matches.length) {
                // what is highlighted is not among the matches: take the first match, never a hidden one
                widget.highlightItem(window.jQuery(matches[0]));
            }
            return; // PrimeFaces selects the highlighted item
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        if (!matches.length) {
            return;
        }
        var next = event.key === "ArrowDown"
            ? matches[at < 0 ? 0 : Math.min(at + 1, matches.length - 1)]
            : matches[at < 0 ? matches.length - 1 : Math.max(at - 1, 0)];
        var item = window.jQuery(next);
        widget.highlightItem(item);
        PrimeFaces.scrollInView(widget.itemsWrapper, item); // inside the list only: a page scroll closes it
        if (!next.id) {
            next.id = panel.id + "_option_" + Array.prototype.indexOf.call(widget.items, next);
        }
        filter.setAttribute("aria-activedescendant", next.id);
    }

    /*
     * Enter on a closed list opens it, as Space and Alt+ArrowDown do, instead of reaching the
     * form's default button (Save): a person choosing a role must not save the entry by it.
     */
    function onClosedMenuEnter(event) {
        var target = event.target;
        if ((event.key !== "Enter" && event.key !== "NumpadEnter") || !(target instanceof Element) || target.closest(OVERLAYS)) {
            return;
        }
        var menu = target.closest(".ui-selectonemenu[id]");
        var widget = menu && window.PrimeFaces && PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(menu.id) : null;
        if (!widget || !widget.panel || widget.panel.is(":visible")) {
            return;
        }
        event.preventDefault();
        event.stopImmediatePropagation();
        widget.show();
    }

    /* ---------- country chips removed by keyboard ---------- */

    function onChipKey(event) {
        var icon = event.target;
        if (!(icon instanceof Element) || !icon.classList.contains("ui-selectcheckboxmenu-token-icon")
            || (event.key !== "Enter" && event.key !== " ")) {
            return;
        }
        event.preventDefault();
        event.stopPropagation();
        var menu = icon.closest(".ui-selectcheckboxmenu");
        var icons = Array.prototype.slice.call(menu.querySelectorAll(".ui-selectcheckboxmenu-token-icon"));
        var at = icons.indexOf(icon);
        icon.click();
        window.setTimeout(function () {
            var left = menu.querySelectorAll(".ui-selectcheckboxmenu-token-icon");
            var target = left.length ? left[Math.min(at, left.length - 1)] : document.getElementById(menu.id + "_focus");
            nameMenus();
            if (target) {
                target.focus();
            }
        }, 0);
    }

    /* ---------- focus kept across ajax steps and the pages a step leads to ---------- */

    function listsOf(form) {
        return Array.prototype.slice.call(form.querySelectorAll("[data-list]"));
    }

    function describe(source) {
        var form = source && source.closest ? source.closest("form") : null;
        var step = {id: source && source.id, form: form && form.id};
        var list = source && source.closest ? source.closest("[data-list]") : null;
        if (form && list) {
            step.list = listsOf(form).indexOf(list);
            var row = source.closest(".list-editor__row");
            if (row) {
                var rows = Array.prototype.slice.call(list.querySelectorAll(".list-editor__row"));
                step.row = rows.indexOf(row);
                var buttons = Array.prototype.slice.call(row.querySelectorAll(".row-buttons button"));
                step.button = buttons.indexOf(source.closest("button"));
            } else {
                step.add = true;
            }
        }
        if (source && source.closest && source.closest(".new-organisation")) {
            step.organisation = true;
        }
        return step;
    }

    function refusal(scope) {
        var invalid = scope.querySelectorAll("[aria-invalid=true]");
        for (var i = 0; i < invalid.length; i++) {
            if (visible(invalid[i])) {
                return invalid[i];
            }
        }
        return message(scope.querySelector(".page-message--error"));
    }

    /* a page message the focus can rest on, named by what it says */
    function message(paragraph) {
        if (paragraph) {
            if (!paragraph.id) {
                paragraph.id = "page-message-" + Array.prototype.indexOf.call(document.querySelectorAll(".page-message"), paragraph);
            }
            paragraph.setAttribute("tabindex", "-1");
            paragraph.setAttribute("aria-labelledby", paragraph.id);
        }
        return paragraph;
    }

    function landing(step) {
        var form = step.form ? document.getElementById(step.form) : null;
        var lists = form ? listsOf(form) : [];
        var list = step.list >= 0 ? lists[step.list] : null;
        if (step.organisation) {
            return refusal(form || document) || firstFocusable(lastRow(lists.filter(function (candidate) {
                return candidate.getAttribute("data-list") === "participations";
            })[0]));
        }
        if (list && step.add) {
            return firstFocusable(lastRow(list)) || firstFocusable(list);
        }
        if (list && step.row >= 0) {
            var rows = list.querySelectorAll(".list-editor__row");
            if (step.button === 2 || step.button < 0) { // removed: the row that took its place, or the one before
                return rows.length ? firstFocusable(rows[Math.min(step.row, rows.length - 1)])
                    : firstFocusable(list);
            }
            var moved = rows[step.row + (step.button === 0 ? -1 : 1)];
            var buttons = moved ? moved.querySelectorAll(".row-buttons button") : [];
            var same = buttons[step.button];
            return same && !same.disabled ? same : firstFocusable(moved);
        }
        return refusal(form || document) || sameControl(step) || null;
    }

    function lastRow(list) {
        var rows = list ? list.querySelectorAll(".list-editor__row") : [];
        return rows.length ? rows[rows.length - 1] : null;
    }

    function sameControl(step) {
        var control = step.id ? document.getElementById(step.id) : null;
        return control && visible(control) && !control.disabled ? control : null;
    }

    function lost() {
        var active = document.activeElement;
        return !active || active === document.body || active === document.documentElement || !active.isConnected;
    }

    function place(target) {
        if (!target) {
            return;
        }
        if (target.tabIndex < 0 && !target.hasAttribute("tabindex")) {
            target.setAttribute("tabindex", "-1");
        }
        target.focus();
        clearOfBar(target);
    }

    function onAjaxSend(event, xhr, settings) {
        var source = settings && settings.source;
        var element = typeof source === "string" ? document.getElementById(source) : source;
        if (element && element.jquery) {
            element = element.get(0);
        }
        if (element && element.matches && element.matches("button, input[type=submit], a")) {
            pending = describe(element);
            remember(pending);
        }
    }

    function onAjaxComplete(event, xhr, settings, args) {
        decorate();
        var step = pending;
        pending = null;
        if (args && args.redirect) {
            return; // the step goes on on the next page (remembered)
        }
        forget();
        if (step && lost()) {
            place(landing(step) || document.getElementById("main"));
        }
    }

    function remember(step) {
        try {
            step.at = Date.now();
            window.sessionStorage.setItem(STEP_KEY, JSON.stringify(step));
        } catch (e) {
            // no session storage (private mode): the next page starts at its top, as any page does
        }
    }

    function forget() {
        try {
            window.sessionStorage.removeItem(STEP_KEY);
        } catch (e) {
            // nothing kept
        }
    }

    function recalled() {
        try {
            var step = JSON.parse(window.sessionStorage.getItem(STEP_KEY) || "null");
            forget();
            return step && Date.now() - step.at < STEP_AGE_MILLIS ? step : null;
        } catch (e) {
            return null;
        }
    }

    function onSubmit(event) {
        var form = event.target;
        var button = event.submitter || form.querySelector("[type=submit]");
        remember(describe(button || form));
    }

    function continueStep() {
        var step = recalled();
        var refused = refusal(document);
        if (refused) {
            place(refused);
            return;
        }
        if (!step) {
            return;
        }
        place(sameControl(step) || message(document.querySelector(".page-messages .page-message")) || document.getElementById("main"));
    }

    /* ---------- focused controls clear of the sticky Save bar ---------- */

    function bar() {
        var actions = document.querySelector(".form-actions");
        return actions && window.getComputedStyle(actions).position === "sticky" ? actions : null;
    }

    function keepPadding() {
        var actions = bar();
        var height = actions ? Math.ceil(actions.getBoundingClientRect().height) + 8 : 0;
        document.documentElement.style.setProperty("--pd-sticky-bottom", height + "px");
    }

    /* the browser honours the scroll padding; this catches what it does not (a scroll it skipped) */
    function clearOfBar(element) {
        var actions = bar();
        if (!actions || !element || actions.contains(element) || element.closest(OVERLAYS)) {
            return;
        }
        // a control PrimeFaces keeps in a visually hidden input is seen as its widget
        var shown = element.closest(".ui-helper-hidden-accessible")
            ? element.closest(".ui-selectcheckboxmenu, .ui-selectonemenu, .ui-chkbox, .ui-radiobutton") || element
            : element;
        if (!visible(shown)) {
            return;
        }
        var covered = shown.getBoundingClientRect().bottom - actions.getBoundingClientRect().top;
        if (covered > 0) {
            window.scrollBy(0, covered + 8);
        }
    }

    /* an open modal dialog (the confirmations): the focus stays in it until it closes */
    function openModal() {
        var dialogs = document.querySelectorAll(".ui-dialog[aria-modal=true]");
        for (var i = 0; i < dialogs.length; i++) {
            if (visible(dialogs[i])) {
                return dialogs[i];
            }
        }
        return null;
    }

    function onFocusIn(event) {
        var target = event.target;
        var modal = openModal();
        if (modal && target instanceof Element && !modal.contains(target) && !target.closest(OVERLAYS)) {
            // PrimeFaces gives the focus back to a closed dialog's opener 100 ms after it closes, even
            // when the next dialog has opened meanwhile (Escape, then Enter again at once): the focus
            // would sit behind the dialog, and the next Enter press the opener instead of the answer
            var inside = event.relatedTarget instanceof Element && modal.contains(event.relatedTarget)
                ? event.relatedTarget : firstFocusable(modal);
            if (inside) {
                inside.focus();
                return;
            }
        }
        var panel = target instanceof Element ? target.closest(".ui-selectcheckboxmenu-panel[id]") : null;
        var opener = panel ? document.getElementById(panel.id.replace(/_panel$/, "_focus")) : null;
        if (opener && event.relatedTarget === opener) {
            // the countries list opened from its field: start in its filter, to type a country's name
            var filter = panel.querySelector(".ui-selectcheckboxmenu-filter");
            if (filter && filter !== target) {
                filter.focus();
                return;
            }
        }
        if (target instanceof Element) { // an open list follows its field (above)
            // after the browser's own scrolling of the focus into view
            window.requestAnimationFrame(function () {
                if (document.activeElement === target) {
                    clearOfBar(target);
                }
            });
        }
    }

    /* ---------- wiring ---------- */

    /* on the page's load and after each ajax step */
    function decorate() {
        tieErrors();
        nameMain();
        nameMenus();
        keepPadding();
    }

    /* PrimeFaces renders its popups' contents when they open (lists, months, chips): name them then */
    var POPUPS = OVERLAYS + ", .ui-selectcheckboxmenu-multiple-container";
    var naming = false;

    function touchesPopup(mutation) {
        var target = mutation.target;
        return (target instanceof Element && target.closest(POPUPS) !== null)
            || Array.prototype.some.call(mutation.addedNodes, function (node) {
                return node instanceof Element && node.matches(POPUPS);
            });
    }

    function onMutations(mutations) {
        if (!naming && mutations.some(touchesPopup)) {
            naming = true;
            window.requestAnimationFrame(function () {
                naming = false;
                nameMenus();
            });
        }
    }

    useCalendarMonthNames();
    document.addEventListener("keydown", onFilterKey, true);
    document.addEventListener("keydown", onChipKey, true);
    document.addEventListener("keydown", onClosedMenuEnter, true);
    document.addEventListener("submit", onSubmit, true);
    document.addEventListener("focusin", onFocusIn);
    window.addEventListener("resize", keepPadding);
    document.addEventListener("DOMContentLoaded", function () {
        decorate();
        continueStep();
        new MutationObserver(onMutations).observe(document.body, {childList: true, subtree: true});
        if (window.jQuery) {
            window.jQuery(document).on("pfAjaxSend", onAjaxSend).on("pfAjaxComplete", onAjaxComplete);
        }
    });
}());
