// Search, loaded by the search page only. Nothing more is downloaded until the reader searches; then the
// MiniSearch library and the site's search data (search/documents.js: titles, summaries and names of the
// pages, enough for first results; search/sources.js: the source entries; search/text.js: the pages' body
// text), all scripts of this site, so that search works from a static server or from file:// and under a
// `script-src 'self'` policy, with no request elsewhere. See gloss.export.SearchIndex.
(function () {
  "use strict";

  // Ranking. Fields, strongest first: title, other names (aliases, a reaction's actor), summary, what the
  // document is filed under (a point's topics, a reaction's stance), body text. Exact words rank above
  // words that start with the query (prefix) and words one or two letters off (typos).
  var BOOST = { t: 6, n: 4, s: 2, a: 1, b: 1 };
  // The plan's points are what the explainer is about; hundreds of source entries should not crowd out
  // the pages that explain.
  var KIND_BOOST = { provision: 1.6, topic: 1.2, actor: 1.2, source: 0.5 };
  var SHOWN_PER_GROUP = 5;

  // Cyrillic in Latin letters (Ukrainian national transliteration, plus the letters only Russian has), so
  // that "Донбас" finds "Donbas" and a Ukrainian and a Russian spelling meet.
  var LATIN = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia", "ё": "e", "ъ": "", "ы": "y", "э": "e"
  };

  // "600,000", "600 000" (narrow or no-break space) and "600.000" are one number: 600000.
  var GROUPED_DIGITS = /(\d)[,.'\u2019\u00a0\u202f\u2009](?=\d{3}(?!\d))/g;

  var ASCII = /^[\x00-\x7f]*$/;

  // The apostrophe inside a Ukrainian word (перемир’я, м'ясо) is part of the word.
  var CYRILLIC_APOSTROPHE = /(\p{Script=Cyrillic})['\u2019\u02bc](?=\p{Script=Cyrillic})/gu;

  function tokenize(text) {
    return text.replace(GROUPED_DIGITS, "$1").replace(CYRILLIC_APOSTROPHE, "$1").split(/[^\p{L}\p{N}\p{M}]+/u).filter(Boolean);
  }

  // Lower case, Cyrillic in Latin letters, accents dropped ("Želenskyj" and "zelenskyj" are one word).
  function fold(word) {
    if (ASCII.test(word)) return word.toLowerCase(); // most words, and much faster
    var lower = word.normalize("NFC").toLowerCase(), out = "";
    for (var i = 0; i < lower.length; i++) {
      var c = lower[i];
      out += Object.prototype.hasOwnProperty.call(LATIN, c) ? LATIN[c] : c;
    }
    return out.normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function editDistance(a, b) {
    var previous = [], current, i, j;
    for (j = 0; j <= b.length; j++) previous[j] = j;
    for (i = 1; i <= a.length; i++) {
      current = [i];
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      previous = current;
    }
    return previous[b.length];
  }

  // Spellings searched as one word. Within one actor's or topic's entry, an alias word that is a near
  // spelling of a word of the name or title or of another alias (at most one letter in three differs, once
  // folded) is that word: "Zelenskiy", "Zelensky" and "Зеленський" are searched exactly as "Zelenskyy"
  // everywhere, "Zaporozhye" as "Zaporizhzhia". Other aliases (Донбас for Territory) are searched with the
  // entry and the pages filed under it instead (see gloss.export.SearchDocuments).
  function spellingGroups(aliases) {
    var groups = {};
    function join(a, b) {
      var merged = (groups[a] || [a]).concat(groups[b] || [b]).filter(function (w, i, all) { return all.indexOf(w) === i; });
      merged.forEach(function (w) { groups[w] = merged; });
    }
    aliases.forEach(function (entry) {
      var words = [];
      entry.forEach(function (name, i) {
        tokenize(name).map(fold).forEach(function (w) { words.push({ word: w, alias: i > 0 }); });
      });
      words.forEach(function (a, i) {
        words.slice(i + 1).forEach(function (b) {
          var most = Math.floor(Math.max(a.word.length, b.word.length) / 3);
          if ((a.alias || b.alias) && a.word !== b.word && editDistance(a.word, b.word) <= most) join(a.word, b.word);
        });
      });
    });
    return groups;
  }

  // documents: objects made from the rows of search/documents.js and search/sources.js; text: the body
  // text by document id, or null before search/text.js is in.
  function newIndex(documents, text) {
    return new MiniSearch({
      fields: ["t", "n", "s", "a", "b"],
      extractField: function (d, field) { return field === "b" ? (text ? text[d.id] : null) : d[field]; },
      tokenize: tokenize,
      processTerm: fold,
      searchOptions: {
        boost: BOOST,
        prefix: true,
        fuzzy: function (term) { return term.length < 4 ? false : Math.min(2, Math.floor(term.length / 4)); },
        boostDocument: function (id) { return KIND_BOOST[documents[id].k] || 1; }
      }
    });
  }

  // A row is [kind, url, title, summary, meta, names, about], kind an index into kinds, empty fields left off.
  function fromRows(rows, kinds, firstId) {
    return rows.map(function (r, i) {
      return { id: firstId + i, k: kinds[r[0]].key, u: r[1], t: r[2], s: r[3] || "", m: r[4] || "", n: r[5] || "", a: r[6] || "" };
    });
  }

  // Every word of the query must match (each spelling group as one word).
  function query(text, groups) {
    var words = tokenize(text).map(fold).filter(Boolean);
    return {
      combineWith: "AND",
      queries: words.map(function (w) { return groups[w] ? { combineWith: "OR", queries: groups[w] } : w; })
    };
  }

  // ---- the page ------------------------------------------------------------------------------------

  var form = document.getElementById("search-form");
  if (!form) return;
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var results = document.getElementById("search-results");
  var root = form.getAttribute("data-root");
  var parts = {}, documents = null, index = null, groups = {}, headings = {};
  var loading = false, finishing = false, complete = false;

  function load() {
    if (loading) return;
    loading = true;
    status.textContent = "Loading the search index…";
    results.setAttribute("aria-busy", "true");
    window.glossSearch = function (part, value) {
      parts[part] = value;
      ready();
    };
    script(form.getAttribute("data-library"), function () { parts.library = true; ready(); });
    script(form.getAttribute("data-documents"));
    script(form.getAttribute("data-sources"));
    script(form.getAttribute("data-text"));
  }

  function script(src, onload) {
    var s = document.createElement("script");
    s.src = src;
    s.async = true;
    if (onload) s.onload = onload;
    s.onerror = function () {
      status.textContent = "The search index could not be loaded.";
      results.removeAttribute("aria-busy");
    };
    document.head.appendChild(s);
  }

  // First results once the library and the documents are in (a small index, made at once); then the
  // whole index, made in chunks so that typing stays responsive, replaces it when everything is in.
  function ready() {
    if (!parts.library || !parts.documents || finishing) return;
    if (!index) {
      parts.documents.kinds.forEach(function (k) { headings[k.key] = k.heading; });
      groups = spellingGroups(parts.documents.aliases);
      documents = fromRows(parts.documents.documents, parts.documents.kinds, 0);
      index = newIndex(documents, null);
      index.addAll(documents);
      show(input.value);
    }
    if (!parts.sources || !parts.text) return;
    finishing = true;
    var all = documents.concat(fromRows(parts.sources, parts.documents.kinds, documents.length));
    var whole = newIndex(all, parts.text);
    whole.addAllAsync(all, { chunkSize: 20 }).then(function () {
      documents = all;
      index = whole;
      complete = true;
      results.removeAttribute("aria-busy");
      show(input.value);
    });
  }

  function show(text) {
    results.textContent = "";
    if (!text.trim()) { status.textContent = ""; return; }
    var hits = index.search(query(text, groups));
    var byKind = {}, order = [];
    hits.forEach(function (hit) {
      var d = documents[hit.id];
      if (!byKind[d.k]) { byKind[d.k] = []; order.push(d.k); }
      byKind[d.k].push(d);
    });
    var found = hits.length === 0 ? "No results" : hits.length === 1 ? "1 result" : hits.length + " results";
    status.textContent = found + " for “" + text.trim() + "”" + (complete ? "" : " so far; the rest of the index is still loading…");
    // Groups in the order of their best result, so the best match of all comes first.
    order.forEach(function (kind) { results.appendChild(group(kind, byKind[kind])); });
  }

  function group(kind, found) {
    var section = document.createElement("section");
    section.className = "search-group";
    var heading = document.createElement("h2");
    heading.textContent = headings[kind] + " (" + found.length + ")";
    var list = document.createElement("ol");
    found.forEach(function (d, i) {
      var item = result(d);
      if (i >= SHOWN_PER_GROUP) item.hidden = true;
      list.appendChild(item);
    });
    section.appendChild(heading);
    section.appendChild(list);
    if (found.length > SHOWN_PER_GROUP) {
      var more = document.createElement("button");
      more.type = "button";
      more.className = "search-more";
      more.textContent = "Show all " + found.length;
      more.setAttribute("aria-label", "Show all " + found.length + " in " + headings[kind]);
      more.addEventListener("click", function () {
        var first = list.children[SHOWN_PER_GROUP];
        Array.prototype.forEach.call(list.children, function (li) { li.hidden = false; });
        more.remove();
        first.querySelector("a").focus();
      });
      section.appendChild(more);
    }
    return section;
  }

  function result(d) {
    var li = document.createElement("li");
    var a = document.createElement("a");
    a.href = root + d.u;
    a.textContent = d.t;
    li.appendChild(a);
    if (d.m) li.appendChild(paragraph("result-meta", d.m));
    if (d.s) li.appendChild(paragraph("result-snippet", shorten(d.s)));
    return li;
  }

  function paragraph(className, text) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  function shorten(text) {
    if (text.length <= 240) return text;
    var cut = text.lastIndexOf(" ", 240);
    return text.slice(0, cut > 0 ? cut : 240) + "…";
  }

  function remember(text) {
    try {
      history.replaceState(null, "", text ? "?q=" + encodeURIComponent(text) : "./");
    } catch (e) {
      // some browsers refuse to change a file:// address; the search itself still works
    }
  }

  input.value = new URLSearchParams(window.location.search).get("q") || "";
  if (input.value.trim()) load();
  input.addEventListener("input", function () {
    remember(input.value);
    if (index) show(input.value);
    else load();
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    if (index) show(input.value);
    else load();
  });
})();
