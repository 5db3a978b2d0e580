/* The header menu: a disclosure button on phones, one open group at a time, Escape closes.
   Loaded in <head> without defer so that the "js" class is set before the first paint
   (without JavaScript the menu simply stays open on phones). */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  function groups() {
    return document.querySelectorAll(".site-header details.menu-area");
  }

  function closeAll(except) {
    groups().forEach(function (d) { if (d !== except) d.open = false; });
  }

  document.addEventListener("DOMContentLoaded", function () {
    var toggle = document.querySelector(".menu-toggle");
    var menu = document.getElementById("site-menu");
    if (toggle && menu) {
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", open ? "true" : "false");
        menu.classList.toggle("open", open);
      });
    }
    groups().forEach(function (d) {
      d.addEventListener("toggle", function () { if (d.open) closeAll(d); });
    });
    document.addEventListener("click", function (event) {
      if (!event.target.closest || !event.target.closest(".site-header details.menu-area")) closeAll(null);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "Escape") return;
      var open = document.querySelector(".site-header details.menu-area[open]");
      if (open) {
        open.open = false;
        open.querySelector("summary").focus();
      } else if (toggle && toggle.getAttribute("aria-expanded") === "true") {
        toggle.click();
        toggle.focus();
      }
    });
  });
})();
