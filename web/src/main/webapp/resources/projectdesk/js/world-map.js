/*
 * Hover details for the maps drawn on the server: pointing at (or tabbing to) a country with
 * projects shows its name and count beside it. The same text is each country's accessible name
 * and tooltip already, so the map loses nothing without script.
 */
(function () {
    "use strict";

    function attach(frame) {
        var tip = document.createElement("div");
        tip.className = "world-map__tooltip";
        tip.setAttribute("aria-hidden", "true");
        tip.hidden = true;
        frame.appendChild(tip);

        function show(country, x, y) {
            tip.textContent = country.getAttribute("aria-label");
            tip.hidden = false;
            var box = frame.getBoundingClientRect();
            var left = Math.min(Math.max(0, x - box.left + 12), Math.max(0, box.width - tip.offsetWidth));
            tip.style.left = left + "px";
            tip.style.top = Math.max(0, y - box.top - tip.offsetHeight - 8) + "px";
        }

        function country(event) {
            return event.target.closest ? event.target.closest(".world-map__country") : null;
        }

        frame.addEventListener("mousemove", function (event) {
            var found = country(event);
            if (found) {
                show(found, event.clientX, event.clientY);
            } else {
                tip.hidden = true;
            }
        });
        frame.addEventListener("mouseleave", function () {
            tip.hidden = true;
        });
        frame.addEventListener("focusin", function (event) {
            var found = country(event);
            if (found) {
                var box = found.getBoundingClientRect();
                show(found, box.left + box.width / 2, box.top);
            }
        });
        frame.addEventListener("focusout", function () {
            tip.hidden = true;
        });
    }

    function start() {
        Array.prototype.forEach.call(document.querySelectorAll(".world-map__frame"), attach);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
}());
