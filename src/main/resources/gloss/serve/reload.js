// gloss serve: live reload and the error overlay. Serve adds this script to the pages it sends; the
// built site (site/) never contains it. The server pushes its state over server-sent events: the
// version of the build it serves (a page from an older build reloads) and the latest diagnostics.
(function () {
  "use strict";
  var me = document.currentScript;
  var version = Number(me && me.getAttribute("data-gloss-version")) || 0;
  var dismissed = null;
  var overlay = null;
  var lastFocus = null;

  function close() {
    if (!overlay) return;
    overlay.remove();
    overlay = null;
    if (lastFocus && document.contains(lastFocus)) lastFocus.focus();
  }

  function show(state) {
    var problems = state.diagnostics || [];
    var key = problems.map(function (d) { return d.text; }).join("\n");
    if (!problems.length || key === dismissed) { close(); return; }
    close();
    overlay = document.createElement("div");
    overlay.id = "gloss-overlay";
    overlay.setAttribute("role", "alert");
    overlay.setAttribute("aria-labelledby", "gloss-overlay-title");
    overlay.style.cssText = "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:60vh;overflow:auto;" +
      "background:#fff;color:#1a1a1a;border-top:4px solid #b00020;box-shadow:0 -4px 16px rgba(0,0,0,.3);" +
      "padding:1rem 1.25rem;font:1rem/1.45 system-ui,sans-serif;text-align:left";
    var title = document.createElement("h2");
    title.id = "gloss-overlay-title";
    title.style.cssText = "margin:0 0 .5rem;font-size:1.15rem;color:#b00020";
    var errors = state.errors || 0;
    title.textContent = "Gloss: " + errors + (errors === 1 ? " error" : " errors") +
      (state.version > 0 ? "; this page shows the last good build" : "; nothing has built yet");
    var list = document.createElement("ul");
    list.style.cssText = "margin:0 0 .75rem;padding-left:1.25rem";
    problems.forEach(function (d) {
      var item = document.createElement("li");
      var place = document.createElement("code");
      place.textContent = d.file + ":" + d.line + ":" + d.column;
      item.appendChild(place);
      item.appendChild(document.createTextNode(": " + d.severity + ": " + d.message + (d.hint ? " (" + d.hint + ")" : "")));
      list.appendChild(item);
    });
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Dismiss";
    button.style.cssText = "font:inherit;padding:.3rem .9rem;cursor:pointer";
    button.addEventListener("click", function () { dismissed = key; close(); });
    overlay.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { dismissed = key; close(); }
    });
    overlay.appendChild(title);
    overlay.appendChild(list);
    overlay.appendChild(button);
    lastFocus = document.activeElement;
    document.body.appendChild(overlay);
  }

  function connect() {
    var events = new EventSource("/_gloss/events");
    events.addEventListener("state", function (e) {
      var state = JSON.parse(e.data);
      if (state.version > version) { location.reload(); return; }
      show(state);
    });
  }

  if (typeof EventSource === "function") connect();
})();
