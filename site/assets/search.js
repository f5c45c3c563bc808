/* Dossier search. Finds briefs, actors (by name or alias) and claims in the index that
   assets/search-index.js sets as window.DOSSIER_SEARCH: {"v":1,"r":[[type, title, text,
   url, detail], ...]}. No network and nothing to install: it works from a plain folder.
   Matching ignores case and accents; every word of the query must appear. Results are
   built with DOM methods, never from HTML strings. */
(function (global) {
  "use strict";

  var NAMES = { b: "Brief", a: "Actor", c: "Claim" };
  var PLURALS = { b: "Briefs", a: "Actors", c: "Claims" };
  var PARAMS = { b: "brief", a: "actor", c: "claim" };
  var TYPES = ["b", "a", "c"];
  var LIMIT = 50;
  var LETTERS = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ð": "d", "ł": "l", "þ": "th", "ı": "i" };

  /** Lower case, without accents: "Zelenskyy", "ZELENSKÝY" and "zelenskyy" are one word. */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[ßæœøđðłþı]/g, function (c) { return LETTERS[c]; });
  }

  /** The index's records, with their folded title, text and aliases, once per page load. */
  function prepare(index) {
    return index.r.map(function (r, i) {
      var lines = r[2] ? r[2].split("\n") : [];
      return {
        type: r[0], title: r[1], text: r[2], url: r[3], detail: r[4], order: i,
        aliases: r[0] === "a" ? lines : [],
        foldedTitle: fold(r[1]), foldedText: fold(r[2]),
        foldedAliases: r[0] === "a" ? lines.map(fold) : []
      };
    });
  }

  /** How well a record matches, best first: 0 the name or an alias is the query; 1 the
      title starts with it; 2 every word is in the title; 3 some only in the text; -1 no match. */
  function rank(record, words, phrase) {
    var inTitle = true;
    for (var i = 0; i < words.length; i++) {
      if (record.foldedTitle.indexOf(words[i]) < 0) {
        if (record.foldedText.indexOf(words[i]) < 0) return -1;
        inTitle = false;
      }
    }
    if (record.foldedTitle === phrase || record.foldedAliases.indexOf(phrase) >= 0) return 0;
    if (record.foldedTitle.indexOf(phrase) === 0) return 1;
    return inTitle ? 2 : 3;
  }

  /** The records matching `query`, of type `type` ("b", "a", "c") or of any type when
      it is empty, best first; `counts` has the matches of each type. */
  function search(records, query, type) {
    var words = fold(query).split(/\s+/).filter(Boolean);
    var counts = { b: 0, a: 0, c: 0 };
    var hits = [];
    if (words.length === 0) return { hits: hits, counts: counts, total: 0 };
    var phrase = words.join(" ");
    for (var i = 0; i < records.length; i++) {
      var score = rank(records[i], words, phrase);
      if (score < 0) continue;
      counts[records[i].type] += 1;
      if (!type || records[i].type === type) hits.push({ record: records[i], score: score });
    }
    hits.sort(function (x, y) { return x.score - y.score || x.record.order - y.record.order; });
    return { hits: hits, counts: counts, total: counts.b + counts.a + counts.c };
  }

  global.DossierSearch = { fold: fold, prepare: prepare, search: search };
  if (typeof document === "undefined") return;

  function element(tag, attributes, text) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function address(query, type) {
    return "?q=" + encodeURIComponent(query) + (type ? "&type=" + PARAMS[type] : "");
  }

  function facets(query, type, result) {
    var nav = element("nav", { "class": "search-facets", "aria-label": "Filter by kind" });
    var list = nav.appendChild(element("ul"));
    [""].concat(TYPES).forEach(function (t) {
      var count = t ? result.counts[t] : result.total;
      var label = (t ? PLURALS[t] : "All") + " (" + count + ")";
      var link = element("a", { href: address(query, t), "data-type": t }, label);
      if (t === type) link.setAttribute("aria-current", "true");
      list.appendChild(element("li")).appendChild(link);
    });
    return nav;
  }

  function item(record, root) {
    var li = element("li", { "class": "search-result search-result-" + PARAMS[record.type] });
    var kind = NAMES[record.type] + (record.detail ? " · " + record.detail : "");
    li.appendChild(element("p", { "class": "kicker" }, kind));
    li.appendChild(element("a", { "class": "result-title", href: root + record.url }, record.title));
    if (record.aliases.length) li.appendChild(element("p", { "class": "meta" }, "Also known as: " + record.aliases.join("; ")));
    else if (record.text) li.appendChild(element("p", {}, record.text));
    return li;
  }

  function render(container, root, query, type, result) {
    container.textContent = "";
    if (!query.trim()) {
      container.appendChild(element("p", { "class": "meta" }, "Type a title, a name or alias, or words of a claim."));
      return;
    }
    var shown = result.hits.length;
    var status = shown === 0 ? "No results for “" + query + "”."
      : shown + " result" + (shown === 1 ? "" : "s") + " for “" + query + "”" + (type ? " among " + PLURALS[type].toLowerCase() : "") + ".";
    container.appendChild(element("p", { "class": "search-status", role: "status" }, status));
    container.appendChild(facets(query, type, result));
    var list = container.appendChild(element("ol", { "class": "search-results" }));
    result.hits.slice(0, LIMIT).forEach(function (hit) { list.appendChild(item(hit.record, root)); });
    if (shown > LIMIT) container.appendChild(element("p", { "class": "meta" }, "Showing the first " + LIMIT + ": add words to narrow the search."));
  }

  function start() {
    var container = document.getElementById("search-results");
    var input = document.getElementById("search-q");
    if (!container || !input) return;
    if (!global.DOSSIER_SEARCH) {
      container.insertBefore(element("p", { role: "status" }, "The search index could not be loaded."), container.firstChild);
      return;
    }
    var records = prepare(global.DOSSIER_SEARCH);
    var root = container.getAttribute("data-root") || "";
    var params = new URLSearchParams(global.location.search);
    var type = TYPES.filter(function (t) { return PARAMS[t] === params.get("type"); })[0] || "";
    var update = function () {
      render(container, root, input.value, type, search(records, input.value, type));
      try { global.history.replaceState(null, "", address(input.value, type)); } catch (e) { /* file:// may refuse */ }
    };
    input.value = params.get("q") || "";
    input.addEventListener("input", update);
    input.form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    container.addEventListener("click", function (event) {
      var link = event.target.closest("a[data-type]");
      if (!link) return;
      event.preventDefault();
      type = link.getAttribute("data-type");
      update();
    });
    render(container, root, input.value, type, search(records, input.value, type));
  }

  start();
})(this);
