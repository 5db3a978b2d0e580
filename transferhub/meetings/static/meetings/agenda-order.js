// Reorder the agenda by drag and drop: the rows move while dragging; on release the new
// order goes to the server (agenda_reorder), which renumbers the items, and the page
// reloads to show the new numbers and times. The ↑/↓ buttons remain the keyboard way.
(function () {
  "use strict";

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function setUp(table) {
    var body = table.tBodies[0];
    var status = document.getElementById("reorder-status");
    var dragging = null;
    var before = [];

    function rows() {
      return Array.prototype.slice.call(body.querySelectorAll("tr[data-item-id]"));
    }

    function ids() {
      return rows().map(function (row) { return Number(row.dataset.itemId); });
    }

    function say(text) {
      if (status) { status.textContent = text; }
    }

    function restore(order) {
      var byId = {};
      rows().forEach(function (row) { byId[row.dataset.itemId] = row; });
      var end = body.querySelector("tr:not([data-item-id])");
      order.forEach(function (id) { body.insertBefore(byId[id], end); });
    }

    function save(order) {
      say(table.dataset.savingText || "…");
      fetch(table.dataset.reorderUrl, {
        method: "POST",
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          "Accept": "application/json",
          "X-CSRFToken": csrfToken()
        },
        body: JSON.stringify({ ids: order })
      }).then(function (response) {
        return response.json().then(function (data) { return { ok: response.ok, data: data }; });
      }).then(function (result) {
        if (!result.ok) { throw new Error(result.data.error || ""); }
        say(result.data.message || "");
        window.location.reload();
      }).catch(function (error) {
        restore(before);
        say(error.message || table.dataset.failedText || "");
      });
    }

    body.addEventListener("dragstart", function (event) {
      var row = event.target.closest && event.target.closest("tr[data-item-id]");
      if (!row) { return; }
      dragging = row;
      before = ids();
      row.classList.add("dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", row.dataset.itemId);
    });

    // The dragged row goes above the row under the pointer, or below its lower half.
    function place(event) {
      var row = event.target.closest && event.target.closest("tr[data-item-id]");
      if (!row || row === dragging) { return; }
      var box = row.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      body.insertBefore(dragging, after ? row.nextSibling : row);
    }

    body.addEventListener("dragover", function (event) {
      if (!dragging) { return; }
      event.preventDefault();
      place(event);
    });

    // Also on the drop: a quick drag may reach its target without a dragover there.
    body.addEventListener("drop", function (event) {
      if (!dragging) { return; }
      event.preventDefault();
      place(event);
    });

    body.addEventListener("dragend", function () {
      if (!dragging) { return; }
      dragging.classList.remove("dragging");
      dragging = null;
      var order = ids();
      if (order.join(",") !== before.join(",")) { save(order); }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(
      document.querySelectorAll("table[data-reorder-url]"), setUp
    );
  });
})();
