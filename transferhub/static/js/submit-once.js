// A form being posted cannot be posted again: its submit buttons are disabled until the
// answer arrives, so a double click sends it once. The server refuses a second post of a
// create form anyway (lib/idempotency.py); this spares the user the doubt.
// A form the browser finds invalid is never submitted, so nothing is disabled; a form the
// server sends back with errors is a new page with live buttons. htmx forms are left to htmx.
(function () {
  "use strict";

  var BUTTONS = 'button:not([type]), button[type="submit"], input[type="submit"]';

  function release(form) {
    delete form.dataset.posting;
    form.querySelectorAll(BUTTONS).forEach(function (button) {
      if (button.dataset.disabledWhilePosting) {
        button.disabled = false;
        button.removeAttribute("aria-busy");
        delete button.dataset.disabledWhilePosting;
      }
    });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (event.defaultPrevented || (form.getAttribute("method") || "").toLowerCase() !== "post") {
      return;
    }
    if (form.matches("[hx-post], [data-hx-post], [hx-put], [hx-patch]")) {
      return;
    }
    if (form.dataset.posting) {
      event.preventDefault(); // the first post is on its way
      return;
    }
    form.dataset.posting = "1";
    // After this event the browser has taken the pressed button's name and value.
    window.setTimeout(function () {
      form.querySelectorAll(BUTTONS).forEach(function (button) {
        if (!button.disabled) {
          button.disabled = true;
          button.setAttribute("aria-busy", "true");
          button.dataset.disabledWhilePosting = "1";
        }
      });
    }, 0);
  });

  // Back to this page from the browser's history: its forms are usable again.
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      document.querySelectorAll("form[data-posting]").forEach(release);
    }
  });
})();
