// Gloss: progressive enhancement only. Without this script every citation is an ordinary link to the
// page's reference list; with it, a small preview of the source opens on hover, focus and tap.
(function () {
  "use strict";
  var GAP = 6, EDGE = 8;
  var preview = null, owner = null, hideTimer = null;
  // Following a back-link from the reference list makes the browser focus the marker it leads to, and may
  // report the pointer as over it once the page has scrolled: neither is the reader asking for a preview.
  var jumpTarget = null, pointerX = null, pointerY = null;

  function markerOf(target) {
    return target.closest ? target.closest("a.cite-ref") : null;
  }

  /** The reference entries a marker stands for: one, or each of a range (data-last). */
  function referencesFor(link) {
    var first = parseInt((link.getAttribute("href") || "").replace("#ref-", ""), 10);
    var last = parseInt(link.getAttribute("data-last") || first, 10);
    var out = [];
    for (var n = first; n <= last; n++) {
      var ref = document.getElementById("ref-" + n);
      if (ref) out.push(ref);
    }
    return out;
  }

  /** A reference entry without its back-links and ids: publisher, title (a link), date, kind. */
  function entryContent(ref) {
    var body = ref.cloneNode(true);
    body.querySelectorAll(".backlinks").forEach(function (e) { e.remove(); });
    body.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    return body.innerHTML;
  }

  function close() {
    clearTimeout(hideTimer);
    if (preview) { preview.remove(); preview = null; }
    if (owner) { owner.removeAttribute("aria-describedby"); owner = null; }
  }

  function open(link) {
    var refs = referencesFor(link);
    if (!refs.length || owner === link) return;
    close();
    preview = document.createElement("div");
    preview.className = "cite-preview";
    preview.id = "cite-preview";
    preview.setAttribute("role", "tooltip");
    if (refs.length === 1) {
      preview.innerHTML = entryContent(refs[0]);
    } else {
      var list = document.createElement("ol");
      list.className = "cite-preview-list";
      refs.forEach(function (ref) {
        var item = document.createElement("li");
        item.value = parseInt(ref.id.replace("ref-", ""), 10);
        item.innerHTML = entryContent(ref);
        list.appendChild(item);
      });
      preview.appendChild(list);
    }
    document.body.appendChild(preview);
    place(link);
    replace();
    owner = link;
    link.setAttribute("aria-describedby", "cite-preview");
    // Hoverable (WCAG 1.4.13): moving the pointer onto the preview keeps it open.
    preview.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    preview.addEventListener("mouseleave", scheduleClose);
  }

  /**
   * Below the marker when it fits, else above it, whichever side has more room; never past an edge of the
   * viewport (a preview taller than the room scrolls inside itself).
   */
  function place(link) {
    preview.style.maxHeight = "";
    var r = link.getBoundingClientRect();
    var root = document.documentElement, vw = root.clientWidth, vh = root.clientHeight;
    var below = vh - r.bottom - GAP - EDGE, above = r.top - GAP - EDGE;
    var height = preview.offsetHeight;
    var under = height <= below || below >= above;
    var room = Math.max(under ? below : above, 48);
    if (height > room) { preview.style.maxHeight = room + "px"; height = room; }
    var top = under ? r.bottom + GAP : r.top - GAP - height;
    var left = Math.max(EDGE, Math.min(r.left - 20, vw - preview.offsetWidth - EDGE));
    preview.style.top = (window.scrollY + top) + "px";
    preview.style.left = (window.scrollX + left) + "px";
  }

  // Focus scrolls its marker into view only after the focus event, and the page may scroll while a preview
  // is open: place it again against where the marker is now.
  var placing = false;
  function replace() {
    if (!preview || placing) return;
    placing = true;
    window.requestAnimationFrame(function () {
      placing = false;
      if (preview && owner) place(owner);
    });
  }
  window.addEventListener("scroll", replace, { passive: true });
  window.addEventListener("resize", replace);

  function scheduleClose() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(close, 300);
  }

  // Hover: only a pointer that really moves opens a preview (not content scrolled under a still pointer).
  document.addEventListener("mousemove", function (e) {
    var moved = e.screenX !== pointerX || e.screenY !== pointerY;
    pointerX = e.screenX; pointerY = e.screenY;
    var link = markerOf(e.target);
    if (link && moved) { clearTimeout(hideTimer); open(link); }
  });
  document.addEventListener("mouseout", function (e) {
    var link = markerOf(e.target);
    if (link && link === owner && !link.contains(e.relatedTarget)) scheduleClose();
  });
  function newGesture() { jumpTarget = null; }
  document.addEventListener("mousedown", newGesture, true);
  document.addEventListener("touchstart", newGesture, { capture: true, passive: true });
  document.addEventListener("click", function (e) {
    var jump = e.target.closest && e.target.closest('a[href^="#"]');
    jumpTarget = jump ? jump.getAttribute("href").slice(1) : null;
  }, true);
  document.addEventListener("focusin", function (e) {
    var link = markerOf(e.target);
    if (link && jumpTarget && (link.id === jumpTarget || link.querySelector('[id="' + jumpTarget + '"]'))) {
      jumpTarget = null; // focus that came with the jump: the marker is shown highlighted, not previewed
      close();
    } else if (link) {
      open(link);
    } else if (preview && !preview.contains(e.target)) {
      close();
    }
  });
  // Dismissible without moving focus or pointer (WCAG 1.4.13).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Tab") jumpTarget = null;
    if (e.key === "Escape" && preview) close();
  });
  // Tap: the first tap on a touch screen shows the preview; a second tap follows the link.
  document.addEventListener("touchstart", function (e) {
    var link = markerOf(e.target);
    if (link && owner !== link) { open(link); link.dataset.glossTapped = "1"; }
    else if (!link && preview && !preview.contains(e.target)) close();
  }, { passive: true });
  document.addEventListener("click", function (e) {
    var link = markerOf(e.target);
    if (link && link.dataset.glossTapped === "1") { delete link.dataset.glossTapped; e.preventDefault(); }
  });
})();

// Wide screens: the sources of each group of markers as a note in the margin beside it, so that a reader
// sees who says so without leaving the line. The notes repeat the reference list (which stays the place
// for assistive technology: they are aria-hidden) and exist only while the window is wide enough.
(function () {
  "use strict";
  var WIDE = window.matchMedia("(min-width: 72rem)");
  var NOTE_GAP = 8;
  var column = null, scheduled = false;

  function remove() {
    if (column) { column.remove(); column = null; }
  }

  /** The block a marker sits in (paragraph, list item, quote ...). */
  function blockOf(sup) {
    var e = sup.parentElement;
    while (e && getComputedStyle(e).display.indexOf("inline") === 0) e = e.parentElement;
    return e;
  }

  function entry(ref, first) {
    var n = ref.id.replace("ref-", "");
    var publisher = ref.querySelector(".src-publisher");
    var title = ref.querySelector(".src-title");
    var date = ref.querySelector("time");
    var line = document.createElement("span");
    line.className = "margin-entry" + (first ? "" : " margin-entry-again");
    var num = document.createElement("b");
    num.textContent = n;
    line.appendChild(num);
    line.appendChild(document.createTextNode(" " + (publisher ? publisher.textContent : "")
      + (date ? ", " + date.textContent : "")));
    if (first && title) {
      var t = document.createElement("span");
      t.className = "margin-title";
      t.textContent = title.textContent;
      line.appendChild(t);
    }
    return line;
  }

  /** The width of the text column, --measure in gloss.css (42rem), in pixels. */
  function measureOfText() {
    var root = getComputedStyle(document.documentElement);
    var value = root.getPropertyValue("--measure").trim();
    var rem = parseFloat(root.fontSize);
    return value.slice(-3) === "rem" ? parseFloat(value) * rem : parseFloat(value) || 42 * rem;
  }

  function layout() {
    scheduled = false;
    remove();
    var main = document.getElementById("main");
    if (!WIDE.matches || !main) return;
    var box = main.getBoundingClientRect();
    var style = getComputedStyle(main);
    var textLeft = box.left + parseFloat(style.paddingLeft);
    var measure = measureOfText();
    var left = measure + 32; // from the text column's left edge
    var width = Math.min(320, document.documentElement.clientWidth - (textLeft + left) - 16);
    if (width < 224) return;
    column = document.createElement("div");
    column.className = "margin-notes";
    column.setAttribute("aria-hidden", "true");
    // Outside main, in page coordinates: the notes are decoration beside the text, not part of it.
    column.style.left = (window.scrollX + textLeft + left) + "px";
    column.style.width = width + "px";
    document.body.appendChild(column);
    var seen = {}, bottom = -Infinity;
    main.querySelectorAll("sup.cite").forEach(function (sup) {
      if (sup.closest("table, .references, .margin-notes, [hidden]")) return;
      var block = blockOf(sup);
      // Only beside text that leaves the margin free (not beside a wide table or box).
      if (!block || block.getBoundingClientRect().right > textLeft + measure + 1) return;
      var marker = sup.getBoundingClientRect();
      if (!marker.height) return;
      var note = document.createElement("p");
      note.className = "margin-note";
      sup.querySelectorAll("a.cite-ref").forEach(function (link) {
        var first = parseInt(link.getAttribute("href").replace("#ref-", ""), 10);
        var last = parseInt(link.getAttribute("data-last") || first, 10);
        for (var n = first; n <= last; n++) {
          var ref = document.getElementById("ref-" + n);
          if (!ref) continue;
          note.appendChild(entry(ref, !seen[n]));
          seen[n] = true;
        }
      });
      if (!note.childNodes.length) return;
      var top = Math.max(window.scrollY + marker.top, bottom + NOTE_GAP);
      note.style.top = top + "px";
      column.appendChild(note);
      // A note pushed down past the end of the page's main part would sit beside the footer: leave it out.
      if (top + note.offsetHeight > window.scrollY + box.bottom) { note.remove(); return; }
      bottom = top + note.offsetHeight;
    });
  }

  function schedule() {
    if (scheduled) return;
    scheduled = true;
    window.requestAnimationFrame(layout);
  }

  if (WIDE.addEventListener) WIDE.addEventListener("change", schedule);
  window.addEventListener("resize", schedule);
  window.addEventListener("load", schedule);
  if (window.ResizeObserver) {
    var main = document.getElementById("main");
    var last = null;
    if (main) new ResizeObserver(function (entries) {
      var h = Math.round(entries[0].contentRect.height);
      if (h !== last) { last = h; schedule(); }
    }).observe(main);
  }
  schedule();
})();

// Print: a table with more columns than a page can hold prints as a list, row after row, each cell named by
// its column's heading (gloss.css, print section); narrower tables wrap where they are.
(function () {
  "use strict";
  var WIDE = 9;
  Array.prototype.forEach.call(document.querySelectorAll("table"), function (table) {
    var head = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!head || head.cells.length < WIDE) return;
    var labels = Array.prototype.map.call(head.cells, function (th) {
      var named = th.querySelector("[aria-label]");
      return (named ? named.getAttribute("aria-label") : th.textContent).trim();
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          if (cell.tagName === "TD" && labels[i]) cell.setAttribute("data-label", labels[i]);
        });
      });
    });
    table.classList.add("print-as-list");
  });
})();

// Reactions index: filter the server-rendered list in place. The filtered pages linked above the list
// work without JavaScript; this only makes filtering instant. The choice is kept in the address
// (?actor=&country=&stance=), so it can be shared and bookmarked, and Back and Forward step through it.
(function () {
  "use strict";
  var form = document.querySelector("form.live-filter");
  if (!form) return;
  var NAMES = ["actor", "country", "stance"];
  var list = document.getElementById(form.getAttribute("data-filter-for"));
  var status = form.querySelector(".filter-status");
  var cards = Array.prototype.slice.call(list.querySelectorAll(".reaction-card"));
  form.hidden = false;

  /** The selects set from the address; a value no option has (an old link) counts as "Any". */
  function fromAddress() {
    var query = new URLSearchParams(window.location.search);
    NAMES.forEach(function (name) {
      var select = form.elements[name], value = query.get(name) || "";
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === value; });
      select.value = known ? value : "";
    });
  }

  function address() {
    var query = new URLSearchParams(window.location.search);
    NAMES.forEach(function (name) {
      var value = form.elements[name].value;
      if (value) query.set(name, value); else query.delete(name);
    });
    var q = query.toString();
    return window.location.pathname + (q ? "?" + q : "") + window.location.hash;
  }

  function current() {
    return window.location.pathname + window.location.search + window.location.hash;
  }

  function remember() {
    if (address() !== current()) window.history.pushState(null, "", address());
  }

  function apply() {
    var want = {};
    NAMES.forEach(function (name) { want[name] = form.elements[name].value; });
    var shown = 0;
    cards.forEach(function (card) {
      var ok = NAMES.every(function (name) { return !want[name] || card.getAttribute("data-" + name) === want[name]; });
      card.hidden = !ok;
      if (ok) shown++;
    });
    // a day with no reaction left shown loses its heading too
    list.querySelectorAll(".list-group").forEach(function (group) {
      group.hidden = !group.querySelector(".reaction-card:not([hidden])");
    });
    status.textContent = shown + " of " + cards.length + " reactions shown";
  }

  form.addEventListener("change", function () { apply(); remember(); });
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); remember(); });
  form.querySelector(".filter-reset").addEventListener("click", function () {
    NAMES.forEach(function (name) { form.elements[name].value = ""; });
    apply();
    remember();
  });
  window.addEventListener("popstate", function () { fromAddress(); apply(); });
  fromAddress();
  apply();
  // An address with a value no option has (an old or mistyped link) is corrected to what is shown.
  if (address() !== current()) window.history.replaceState(null, "", address());
})();

// Shareable anchors (the plan page): a "Copy link" button beside each "Link to this point". Without script
// the anchor link is the address to share; with it, one press (mouse, Enter or Space) copies the full
// address and says so, in the button and to screen readers.
(function () {
  "use strict";
  var links = document.querySelectorAll("a.anchor-link");
  if (!links.length) return;
  var status = document.createElement("p");
  status.className = "vh";
  status.id = "copy-status";
  status.setAttribute("role", "status");
  document.body.appendChild(status);

  // For browsers without the asynchronous clipboard (or outside a secure context): copy from a hidden field,
  // then give focus back to the button that was pressed.
  function copyFromField(text) {
    var before = document.activeElement;
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.className = "copy-buffer";
    document.body.appendChild(field);
    field.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    field.remove();
    if (before && before.focus) before.focus();
    return ok;
  }

  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, function () { return copyFromField(text); });
    }
    return Promise.resolve(copyFromField(text));
  }

  function announce(text) {
    status.textContent = "";
    // a fresh text node a moment later, so that the same message twice is announced twice
    setTimeout(function () { status.textContent = text; }, 50);
  }

  links.forEach(function (link) {
    var label = link.getAttribute("aria-label") || link.textContent;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-link";
    button.textContent = "Copy link";
    button.setAttribute("aria-label", "Copy " + label.charAt(0).toLowerCase() + label.slice(1));
    var reset = null;
    button.addEventListener("click", function () {
      var url = new URL(link.getAttribute("href"), window.location.href).href;
      copy(url).then(function (ok) {
        button.textContent = ok ? "Copied" : "Not copied";
        button.setAttribute("data-copied", ok ? url : "");
        announce(ok ? "Link copied: " + url : "Could not copy the link. Its address is " + url);
        clearTimeout(reset);
        reset = setTimeout(function () { button.textContent = "Copy link"; }, 4000);
      });
    });
    link.insertAdjacentElement("afterend", button);
    link.insertAdjacentText("afterend", " ");
  });
})();
