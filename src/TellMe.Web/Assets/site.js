// TellMe: small progressive enhancements. Every page works without this script; it adds live preview, live
// matching, the drill countdown and keys, and the print button. No inline script anywhere (CSP).
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  // Editor: live preview and the check's findings as you type; the cursor goes to ?line=N.
  var editor = document.querySelector("form[data-preview]");
  if (editor) {
    var area = editor.querySelector("textarea");
    var pane = document.getElementById("preview");
    var pending = 0;
    var refresh = debounce(function () {
      var ticket = ++pending;
      fetch(editor.getAttribute("data-preview"), { method: "POST", body: new FormData(editor), credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null && ticket === pending) pane.innerHTML = html; })
        .catch(function () { });
    }, 350);
    area.addEventListener("input", refresh);
    var dirty = false;
    area.addEventListener("input", function () { dirty = true; });
    editor.addEventListener("submit", function () { dirty = false; });
    window.addEventListener("beforeunload", function (e) { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
    var line = parseInt(area.getAttribute("data-line") || "", 10);
    if (line > 0) {
      var lines = area.value.split("\n"), at = 0;
      for (var i = 0; i < Math.min(line - 1, lines.length); i++) at += lines[i].length + 1;
      area.focus();
      area.setSelectionRange(at, at + (lines[line - 1] || "").length);
      var lh = parseFloat(getComputedStyle(area).lineHeight) || 20;
      area.scrollTop = Math.max(0, (line - 4) * lh);
    }
    document.addEventListener("keydown", function (e) {
      if ((e.ctrlKey || e.metaKey) && e.key === "s") { e.preventDefault(); dirty = false; editor.requestSubmit(); }
    });
  }

  // Match: results as the question is typed.
  var match = document.querySelector("form[data-live]");
  if (match) {
    var input = match.querySelector("input[name=q]");
    var results = document.getElementById("results");
    var last = input.value;
    var run = debounce(function () {
      var q = input.value;
      if (q === last) return;
      last = q;
      var url = match.getAttribute("data-live") + "&q=" + encodeURIComponent(q);
      fetch(url, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) {
          if (html === null || q !== input.value) return;
          results.innerHTML = html;
          history.replaceState(null, "", "/match" + (q ? "?q=" + encodeURIComponent(q) : ""));
          var teach = document.querySelector(".teach input[name=Q]");
          if (teach) teach.value = q;
        })
        .catch(function () { });
    }, 250);
    input.addEventListener("input", run);
  }

  // Drill: a visible countdown, Enter to reveal, 1-4 to rate.
  var countdown = document.querySelector("[data-countdown]");
  if (countdown) {
    var clock = countdown.querySelector(".clock");
    var total = parseInt(countdown.getAttribute("data-countdown"), 10);
    var start = Date.now();
    var tick = function () {
      var left = total - Math.floor((Date.now() - start) / 1000);
      var abs = Math.abs(left), text = Math.floor(abs / 60) + ":" + ("0" + (abs % 60)).slice(-2);
      clock.textContent = left >= 0 ? text : "+" + text + " over";
      countdown.classList.toggle("soon", left >= 0 && left <= 30);
      countdown.classList.toggle("over", left < 0);
    };
    tick();
    setInterval(tick, 250);
  }
  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    // While an answer is being recorded or sent, the card's keys are off: Enter on the focused Stop button stops
    // the recording (the browser's own activation), it never reveals the card and throws the recording away.
    if (document.querySelector("form[data-recorder][data-busy]")) return;
    var tag = (e.target && e.target.tagName) || "";
    var typing = tag === "TEXTAREA" || tag === "INPUT" || tag === "SELECT";
    if (typing && !(e.key === "Enter" && e.ctrlKey)) return;
    var key = e.key === "Enter" ? "reveal" : e.key;
    var button = document.querySelector("[data-key='" + key + "']");
    if (button) { e.preventDefault(); button.click(); }
  });
  var answer = document.getElementById("answer");
  if (answer) {
    answer.addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); answer.form.requestSubmit(); }
    });
  }
  // A rating is sent once: a double press must not rate the next card.
  document.querySelectorAll("form.rate, .reveal-form").forEach(function (form) {
    form.addEventListener("submit", function () {
      setTimeout(function () { form.querySelectorAll("button").forEach(function (b) { b.disabled = true; }); }, 0);
    });
  });

  // Plan: print.
  document.querySelectorAll("[data-print]").forEach(function (b) {
    b.addEventListener("click", function () { window.print(); });
  });
})();
