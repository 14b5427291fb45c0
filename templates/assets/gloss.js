// Gloss: progressive enhancement only. Without this script every citation is an ordinary link to the
// page's reference list; with it, a small preview of the source opens on hover, focus and tap.
(function () {
  "use strict";
  var preview = null, owner = null, hideTimer = null;

  function referenceFor(link) {
    var id = (link.getAttribute("href") || "").slice(1);
    return id ? document.getElementById(id) : null;
  }

  function close() {
    clearTimeout(hideTimer);
    if (preview) { preview.remove(); preview = null; }
    if (owner) { owner.removeAttribute("aria-describedby"); owner = null; }
  }

  function open(link) {
    var ref = referenceFor(link);
    if (!ref || owner === link) return;
    close();
    preview = document.createElement("div");
    preview.className = "cite-preview";
    preview.id = "cite-preview";
    preview.setAttribute("role", "tooltip");
    // Copy the reference entry without its back-links: publisher, title (a link), date, kind.
    var body = ref.cloneNode(true);
    var back = body.querySelector(".backlinks");
    if (back) back.remove();
    body.removeAttribute("id");
    preview.innerHTML = body.innerHTML;
    preview.querySelectorAll("[id]").forEach(function (e) { e.removeAttribute("id"); });
    document.body.appendChild(preview);
    var r = link.getBoundingClientRect();
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left - 20, window.scrollX + document.documentElement.clientWidth - preview.offsetWidth - 8));
    preview.style.top = top + "px";
    preview.style.left = left + "px";
    owner = link;
    link.setAttribute("aria-describedby", "cite-preview");
    // Hoverable (WCAG 1.4.13): moving the pointer onto the preview keeps it open.
    preview.addEventListener("mouseenter", function () { clearTimeout(hideTimer); });
    preview.addEventListener("mouseleave", scheduleClose);
  }

  function scheduleClose() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(close, 300);
  }

  document.addEventListener("mouseover", function (e) {
    var link = e.target.closest && e.target.closest("a.cite-ref");
    if (link) { clearTimeout(hideTimer); open(link); }
  });
  document.addEventListener("mouseout", function (e) {
    var link = e.target.closest && e.target.closest("a.cite-ref");
    if (link && link === owner) scheduleClose();
  });
  document.addEventListener("focusin", function (e) {
    var link = e.target.closest && e.target.closest("a.cite-ref");
    if (link) open(link);
    else if (preview && !preview.contains(e.target)) close();
  });
  // Dismissible without moving focus or pointer (WCAG 1.4.13).
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && preview) close();
  });
  // Tap: the first tap on a touch screen shows the preview; a second tap follows the link.
  document.addEventListener("touchstart", function (e) {
    var link = e.target.closest && e.target.closest("a.cite-ref");
    if (link && owner !== link) { open(link); link.dataset.glossTapped = "1"; }
    else if (!link && preview && !preview.contains(e.target)) close();
  }, { passive: true });
  document.addEventListener("click", function (e) {
    var link = e.target.closest && e.target.closest("a.cite-ref");
    if (link && link.dataset.glossTapped === "1") { delete link.dataset.glossTapped; e.preventDefault(); }
  });
})();

// Reactions index: filter the server-rendered list in place. The filtered pages linked above the list
// work without JavaScript; this only makes filtering instant.
(function () {
  "use strict";
  var form = document.querySelector("form.live-filter");
  if (!form) return;
  var list = document.getElementById(form.getAttribute("data-filter-for"));
  var status = form.querySelector(".filter-status");
  var cards = Array.prototype.slice.call(list.querySelectorAll(".reaction-card"));
  form.hidden = false;
  function apply() {
    var actor = form.elements.actor.value, country = form.elements.country.value, stance = form.elements.stance.value;
    var shown = 0;
    cards.forEach(function (card) {
      var actorLink = card.querySelector(".reaction-meta a");
      var ok = (!actor || (actorLink && actorLink.getAttribute("href").indexOf(actor) !== -1)) &&
        (!country || card.getAttribute("data-country") === country) &&
        (!stance || card.getAttribute("data-stance") === stance.toLowerCase());
      card.hidden = !ok;
      if (ok) shown++;
    });
    // a day with no reaction left shown loses its heading too
    list.querySelectorAll(".list-group").forEach(function (group) {
      group.hidden = !group.querySelector(".reaction-card:not([hidden])");
    });
    status.textContent = shown + " of " + cards.length + " reactions shown";
  }
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
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
