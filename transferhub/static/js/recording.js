// The recording page (Protokollieren): open items, move between them, autosave minutes.
// Autosave uses fetch, one save in flight per item, always with the version the last
// answer gave: a colleague's newer save is shown beside one's own text, never overwritten.
// The status goes along only when it was changed here, so a save never undoes what the clock
// set ("Beenden" marks an item discussed). Every htmx request of the page (clock, decision,
// task, attendance) waits until typed minutes are saved: they reach the server in order.
(function () {
  "use strict";

  function csrfToken() {
    const input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function clockTime() {
    return new Date().toLocaleTimeString("de-DE", { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  }

  // --- Items: open one, move to the next or previous ---------------------------------------

  function sections() {
    return Array.from(document.querySelectorAll(".record-item"));
  }

  function openItem(section, focus) {
    if (!section) return;
    sections().forEach(function (other) {
      const open = other === section;
      other.classList.toggle("current", open);
      const body = other.querySelector(".item-body");
      const toggle = other.querySelector(".item-toggle");
      if (body) body.hidden = !open;
      if (toggle) toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    section.scrollIntoView({ block: "start" });
    loadBody(section).then(function () {
      if (!focus) return;
      const field = section.querySelector("textarea") || section.querySelector(".item-toggle");
      if (field) field.focus({ preventScroll: true });
    });
    if (history.replaceState) {
      history.replaceState(null, "", "?item=" + section.dataset.item + "#item-" + section.dataset.item);
    }
  }

  // Items other than the current one come without their forms; they load when opened.
  function loadBody(section) {
    const slot = section.querySelector(".item-body-slot[data-src]");
    if (!slot) return Promise.resolve();
    if (slot.loading) return slot.loading;
    slot.loading = fetch(slot.dataset.src, { credentials: "same-origin", headers: { "HX-Request": "true" } })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (html) {
        const body = slot.parentNode;
        slot.remove();
        body.insertAdjacentHTML("beforeend", html);
        if (window.htmx) window.htmx.process(body);
      })
      .catch(function () {
        slot.loading = null;
        slot.textContent = window.gettextRecording.loadFailed;
      });
    return slot.loading;
  }

  function currentSection() {
    return document.querySelector(".record-item.current") || sections()[0];
  }

  function go(step) {
    const all = sections();
    const index = all.indexOf(currentSection());
    const target = all[index + step];
    if (target) openItem(target, true);
  }

  // --- Autosave ----------------------------------------------------------------------------

  const DELAY_MS = 1200;

  function Saver(form) {
    this.form = form;
    this.timer = null;
    this.inFlight = false;
    this.dirty = false;
    this.conflict = false;
    this.statusTouched = false;  // the status was changed here and not yet saved
    this.waiters = [];
    this.state = form.querySelector(".save-state");
    this.box = form.querySelector(".conflict");
  }

  // Resolves once no save of this item is on its way (at once if none is).
  Saver.prototype.whenIdle = function () {
    const self = this;
    if (!this.inFlight) return Promise.resolve();
    return new Promise(function (resolve) { self.waiters.push(resolve); });
  };

  Saver.prototype.settle = function () {
    if (this.inFlight) return;
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach(function (resolve) { resolve(); });
  };

  // The status select follows the server where nobody changed it here.
  Saver.prototype.syncStatus = function (status) {
    const select = this.form.querySelector("select[name=status]");
    if (select && status && !this.statusTouched) select.value = status;
  };

  Saver.prototype.show = function (text, isError) {
    this.state.textContent = text;
    this.state.classList.toggle("error", !!isError);
  };

  Saver.prototype.schedule = function () {
    this.dirty = true;
    if (this.conflict) return;
    this.show(window.gettextRecording.unsaved);
    clearTimeout(this.timer);
    this.timer = setTimeout(this.save.bind(this), DELAY_MS);
  };

  Saver.prototype.save = function () {
    clearTimeout(this.timer);
    if (this.conflict) return;
    if (this.inFlight) { this.dirty = true; return; }
    this.inFlight = true;
    this.dirty = false;
    this.show(window.gettextRecording.saving);
    const self = this;
    const body = new FormData(this.form);
    // No status sent: the server keeps the one it has (the clock may have set it).
    const sentStatus = this.statusTouched;
    if (!sentStatus) body.delete("status");
    this.statusTouched = false;
    fetch(this.form.action, {
      method: "POST",
      body: body,
      headers: { "X-Autosave": "1", "X-CSRFToken": csrfToken() },
      credentials: "same-origin",
    }).then(function (response) {
      return response.json().then(
        function (data) { return { status: response.status, data: data }; },
        function () { throw new Error(String(response.status)); }  // not our JSON: a server error
      );
    }).then(function (answer) {
      self.inFlight = false;
      const data = answer.data;
      if (data.ok) {
        self.form.querySelector("input[name=version]").value = data.version;
        self.show(window.gettextRecording.saved + " " + data.saved_at);
        self.syncStatus(data.status);
        const section = self.form.closest(".record-item");
        const preview = section && section.querySelector(".preview-body");
        if (preview) preview.innerHTML = data.preview;  // rendered and sanitised by the server
        if (self.dirty) self.save();
      } else {
        self.statusTouched = self.statusTouched || sentStatus;
        if (data.conflict) self.showConflict(data);
        else self.show(data.message || window.gettextRecording.failed, true);
      }
      self.settle();
    }).catch(function (error) {
      self.inFlight = false;
      self.dirty = true;
      self.statusTouched = self.statusTouched || sentStatus;
      const t = window.gettextRecording;
      self.show(error instanceof TypeError ? t.offline : t.serverError, true);
      self.timer = setTimeout(self.save.bind(self), 5000);
      self.settle();
    });
  };

  Saver.prototype.showConflict = function (data) {
    this.conflict = true;
    const self = this;
    const t = window.gettextRecording;
    this.show(t.notSaved, true);
    const box = this.box;
    box.textContent = "";
    const message = document.createElement("p");
    message.setAttribute("role", "alert");
    message.textContent = data.message;
    const versions = document.createElement("div");
    versions.className = "versions";
    [[t.yours, this.form.querySelector("textarea").value], [t.theirs + " " + data.version, data.minutes]].forEach(function (pair) {
      const column = document.createElement("div");
      const heading = document.createElement("p");
      heading.innerHTML = "<strong></strong>";
      heading.firstChild.textContent = pair[0];
      const text = document.createElement("pre");
      text.textContent = pair[1];
      column.append(heading, text);
      versions.append(column);
    });
    const keepMine = document.createElement("button");
    keepMine.type = "button";
    keepMine.className = "primary";
    keepMine.textContent = t.keepMine;
    const takeTheirs = document.createElement("button");
    takeTheirs.type = "button";
    takeTheirs.textContent = t.takeTheirs;
    const actions = document.createElement("p");
    actions.className = "actions";
    actions.append(keepMine, takeTheirs);
    box.append(message, versions, actions);
    box.hidden = false;
    function resolve(text) {
      self.form.querySelector("input[name=version]").value = data.version;
      if (text !== null) self.form.querySelector("textarea").value = text;
      self.conflict = false;
      box.hidden = true;
      box.textContent = "";
      self.save();
    }
    keepMine.addEventListener("click", function () { resolve(null); });
    takeTheirs.addEventListener("click", function () { resolve(data.minutes); });
  };

  const savers = new WeakMap();
  function saverOf(form) {
    if (!savers.has(form)) savers.set(form, new Saver(form));
    return savers.get(form);
  }

  // Saves under way or due (not those waiting for a conflict to be resolved).
  function pendingSavers() {
    return Array.from(document.querySelectorAll("form[data-autosave]")).map(function (form) {
      return savers.get(form);
    }).filter(function (saver) {
      return saver && !saver.conflict && (saver.dirty || saver.inFlight);
    });
  }

  function anyUnsaved() {
    return Array.from(document.querySelectorAll("form[data-autosave]")).some(function (form) {
      const saver = savers.get(form);
      return saver && (saver.dirty || saver.inFlight || saver.conflict);
    });
  }

  // --- Projector: the remaining time of the running item ------------------------------------

  function tick() {
    document.querySelectorAll("[data-countdown]").forEach(function (el) {
      const start = Date.parse(el.dataset.start);
      if (isNaN(start)) return;
      const left = Math.round((start + Number(el.dataset.minutes) * 60000 - Date.now()) / 1000);
      const abs = Math.abs(left);
      const text = (left < 0 ? "+" : "") + Math.floor(abs / 60) + ":" + String(abs % 60).padStart(2, "0");
      el.querySelector(".remaining").textContent = text;
      el.classList.toggle("over", left < 0);
    });
  }

  // --- Wiring ------------------------------------------------------------------------------

  document.addEventListener("DOMContentLoaded", function () {
    const lang = document.documentElement.lang === "en" ? "en" : "de";
    window.gettextRecording = {
      de: { unsaved: "ungespeichert …", saving: "speichert …", saved: "gespeichert", failed: "nicht gespeichert",
            offline: "nicht gespeichert – keine Verbindung, neuer Versuch in 5 s",
            serverError: "nicht gespeichert – Fehler auf dem Server, neuer Versuch in 5 s", notSaved: "nicht gespeichert – Konflikt",
            yours: "Ihre Fassung (im Feld oben)", theirs: "Gespeicherte Fassung, Version",
            keepMine: "Meine Fassung speichern", takeTheirs: "Gespeicherte Fassung übernehmen",
            loadFailed: "Der Punkt konnte nicht geladen werden; bitte die Seite neu laden." },
      en: { unsaved: "unsaved …", saving: "saving …", saved: "saved", failed: "not saved",
            offline: "not saved – no connection, retrying in 5 s",
            serverError: "not saved – server error, retrying in 5 s", notSaved: "not saved – conflict",
            yours: "Your version (in the field above)", theirs: "Saved version, version",
            keepMine: "Save my version", takeTheirs: "Take the saved version",
            loadFailed: "The item could not be loaded; please reload the page." },
    }[lang];

    setInterval(tick, 1000);
    tick();
    if (!document.querySelector("[data-record]")) return;

    document.addEventListener("click", function (event) {
      const toggle = event.target.closest(".item-toggle");
      if (toggle) {
        const section = toggle.closest(".record-item");
        if (toggle.getAttribute("aria-expanded") === "true") {
          section.querySelector(".item-body").hidden = true;
          toggle.setAttribute("aria-expanded", "false");
        } else {
          openItem(section, false);
        }
        return;
      }
      const goto = event.target.closest("[data-goto]");
      if (goto) go(goto.dataset.goto === "next" ? 1 : -1);
    });

    document.addEventListener("input", function (event) {
      const form = event.target.closest("form[data-autosave]");
      if (form && event.target.name === "minutes") saverOf(form).schedule();
    });
    document.addEventListener("change", function (event) {
      const form = event.target.closest("form[data-autosave]");
      if (!form || event.target.name === "minutes") return;
      if (event.target.name === "status") saverOf(form).statusTouched = true;
      saverOf(form).save();
    });
    document.addEventListener("focusout", function (event) {
      const form = event.target.closest("form[data-autosave]");
      if (form && event.target.name === "minutes" && saverOf(form).dirty) saverOf(form).save();
    });
    // Capturing: the form is saved by fetch, so no other submit handler (submit-once.js,
    // which would disable "Speichern" for good) takes it for a page load.
    document.addEventListener("submit", function (event) {
      const form = event.target.closest("form[data-autosave]");
      if (form) { event.preventDefault(); saverOf(form).save(); }
    }, true);

    // Typed minutes first, then the clock, decision, task or attendance (one request at a
    // time, in the order they were made; at most a few seconds' wait for a slow save).
    document.body.addEventListener("htmx:confirm", function (event) {
      const pending = pendingSavers();
      if (!pending.length) return;
      event.preventDefault();
      pending.forEach(function (saver) { if (!saver.inFlight) saver.save(); });
      const saved = Promise.all(pending.map(function (saver) { return saver.whenIdle(); }));
      const patience = new Promise(function (resolve) { setTimeout(resolve, 5000); });
      // issueRequest() goes on from here, asking an hx-confirm question if the form has one.
      Promise.race([saved, patience]).then(function () { event.detail.issueRequest(); });
    });

    // After the clock ran: a status select nobody touched shows what the clock set.
    document.body.addEventListener("htmx:afterSettle", function () {
      document.querySelectorAll(".item-clock[data-status]").forEach(function (clock) {
        const section = clock.closest(".record-item");
        const form = section && section.querySelector("form[data-autosave]");
        if (form) saverOf(form).syncStatus(clock.dataset.status);
      });
    });

    document.addEventListener("keydown", function (event) {
      if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
        event.preventDefault();
        const form = document.activeElement && document.activeElement.closest("form[data-autosave]");
        if (form && saverOf(form).dirty) saverOf(form).save();
        go(event.key === "ArrowDown" ? 1 : -1);
      } else if ((event.ctrlKey || event.metaKey) && event.key === "s") {
        const form = document.activeElement && document.activeElement.closest("form[data-autosave]");
        if (form) { event.preventDefault(); saverOf(form).save(); }
      }
    });

    window.addEventListener("beforeunload", function (event) {
      if (anyUnsaved()) { event.preventDefault(); event.returnValue = ""; }
    });

    document.body.addEventListener("itemStarted", function (event) {
      const section = document.getElementById("item-" + event.detail.id);
      if (section) openItem(section, true);
    });
    document.body.addEventListener("recordNotice", function (event) {
      const notice = document.getElementById("record-notice");
      const p = document.createElement("p");
      p.className = "message";
      p.textContent = event.detail.value || event.detail;
      notice.replaceChildren(p);
    });
  });
})();
