/*
 * A desk step sent after the session ended meets the sign-in page (an empty answer marked by the
 * response header X-ProjectDesk-Sign-In, see SessionEndedAjaxFilter), and nothing would happen on
 * screen. This shows the notice #session-ended instead: the step was not taken, what was typed is
 * still on the page, and a link signs in again in a new tab.
 */
(function () {
    "use strict";

    function metSignIn(xhr) {
        return Boolean(xhr && typeof xhr.getResponseHeader === "function"
            && xhr.getResponseHeader("X-ProjectDesk-Sign-In"));
    }

    function tell(event, xhr) {
        var notice = document.getElementById("session-ended");
        if (notice && metSignIn(xhr)) {
            notice.hidden = false;
            notice.focus();
        }
    }

    document.addEventListener("DOMContentLoaded", function () {
        if (window.jQuery) {
            // the sign-in page may not parse as a partial response (error) or may (complete)
            window.jQuery(document).on("pfAjaxError", tell).on("pfAjaxComplete", tell);
        }
    });
}());
