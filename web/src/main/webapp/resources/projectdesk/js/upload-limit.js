/*
 * Upload size limit, checked in the browser before anything is sent: a file input with
 * data-max-bytes refuses a larger file at once, says so in the element named by
 * data-message-target (text from data-too-large-message, "{0}" being the file's size in MB), and
 * clears the choice, so that nobody waits for a large upload the server would refuse anyway.
 * The server checks the size again; this only saves the wait.
 */
(function () {
    "use strict";

    function megabytes(bytes) {
        return (bytes / 1048576).toFixed(1);
    }

    function check(input) {
        var max = Number(input.getAttribute("data-max-bytes"));
        var target = document.getElementById(input.getAttribute("data-message-target"));
        var file = input.files && input.files[0];
        if (!target) {
            return;
        }
        if (file && max > 0 && file.size > max) {
            target.textContent = input.getAttribute("data-too-large-message").replace("{0}", megabytes(file.size));
            target.hidden = false;
            input.value = "";
            input.setAttribute("aria-invalid", "true");
        } else {
            target.textContent = "";
            target.hidden = true;
            input.removeAttribute("aria-invalid");
        }
    }

    document.addEventListener("change", function (event) {
        var input = event.target;
        if (input instanceof HTMLInputElement && input.type === "file" && input.hasAttribute("data-max-bytes")) {
            check(input);
        }
    });
}());
