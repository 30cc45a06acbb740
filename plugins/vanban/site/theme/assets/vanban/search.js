/* vanban search: queries the prebuilt, split index (assets/vanban/tim-kiem/)
 * with the same Vietnamese tokenizer and folding as plugins/vanban/search.py,
 * loading only the shards of the words typed, the metadata of the results
 * shown and, for their snippets, the text of those documents. Filters (year,
 * type, issuer) and the query live in the URL, so a result list can be
 * shared. Every string from a document goes in with textContent. */
(function () {
  "use strict";

  var NUMBER = /\p{Nd}+(?:\/\p{Nd}{4})?[\/-][\p{L}\p{N}]+(?:[\/-][\p{L}\p{N}]+)*|(?<![\p{L}\p{N}])\p{L}+[\/-][\p{L}\p{N}]+(?:[\/-][\p{L}\p{N}]+)*/gu;
  var WORD = /[\p{L}\p{N}]+/gu;
  var FACETS = ["nam", "loai", "co_quan"];  // URL parameters, as search.py names them
  var PAGE = 10;  // results shown at a time, each with its snippet
  var SNIPPET = 240;  // characters of text around the words found

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().normalize("NFC");
  }

  // A folded copy with the same length as the text, so that an offset in
  // one is the same place in the other.
  function foldAligned(text) {
    var folded = fold(text);
    if (folded.length === text.length) return folded;
    return text.split("").map(function (c) {
      var f = fold(c);
      return f.length === 1 ? f : c;
    }).join("");
  }

  function tokenize(text) {
    text = (text || "").normalize("NFC").toLowerCase();
    var terms = [];
    text = text.replace(NUMBER, function (whole) {
      terms.push(whole);
      var parts = whole.split(/[\/-]/).filter(Boolean);
      terms.push.apply(terms, parts);
      if (/^\p{Nd}+$/u.test(parts[0]) && parts.length > 1) {
        terms.push(whole.slice(parts[0].length + 1));
      }
      return " ";
    });
    var words = text.match(WORD) || [];
    return terms.concat(words);
  }

  // 32-bit FNV-1a of the UTF-8 bytes, as search.py computes it.
  function fnv1a(text) {
    var bytes = new TextEncoder().encode(text);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
  }

  function unique(list) {
    var seen = {};
    return list.filter(function (t) { return seen[t] ? false : (seen[t] = true); });
  }

  // --- loading the split index ---------------------------------------------
  // Each file is a script calling one of these functions: scripts load from
  // file:// too, where browsers refuse fetch.
  var waiting = {};
  var store = { manifest: null, shards: {}, docs: {}, facets: null, texts: {} };
  function resolveLoad(key, value) {
    (waiting[key] || []).forEach(function (w) { w.resolve(value); });
    delete waiting[key];
  }
  window.vanbanManifest = function (data) { store.manifest = data; resolveLoad("manifest", data); };
  window.vanbanShard = function (n, data) { store.shards[n] = data; resolveLoad("s" + n, data); };
  window.vanbanDocs = function (n, data) { store.docs[n] = data; resolveLoad("d" + n, data); };
  window.vanbanFacets = function (data) { store.facets = data; resolveLoad("f", data); };
  window.vanbanText = function (slug, text) { store.texts[slug] = text; resolveLoad("van-ban/" + slug, text); };

  function load(name, have) {
    return new Promise(function (resolve, reject) {
      if (have !== undefined && have !== null) return resolve(have);
      (waiting[name] = waiting[name] || []).push({ resolve: resolve, reject: reject });
      if (waiting[name].length > 1) return;
      var script = document.createElement("script");
      script.src = siteBase() + "/assets/vanban/tim-kiem/" + name + ".js";
      script.onerror = function () {
        (waiting[name] || []).forEach(function (w) { w.reject(new Error("cannot load " + name)); });
        delete waiting[name];
      };
      document.head.appendChild(script);
    });
  }

  function postings(flat) {
    var map = new Map();
    var doc = 0;
    for (var i = 0; i + 1 < (flat || []).length; i += 2) {
      doc += flat[i];
      map.set(doc, flat[i + 1]);
    }
    return map;
  }

  var EXACT = 2;  // weight of the spelling typed, when it has diacritics

  // A document number typed in pieces ("61 kh ubnd", "kh-ubnd 61") as the
  // key search.py indexes each document's own number under ("#61khubnd").
  function numberKeys(query) {
    var chunks = (query || "").normalize("NFC").trim().split(/\s+/);
    var keys = [];
    var key = function (parts) { return "#" + fold(parts.join("")).replace(/[^\p{L}\p{N}]+/gu, ""); };
    chunks.forEach(function (chunk, i) {
      if (!/^\p{Nd}/u.test(chunk)) return;
      for (var k = 0; k <= 3 && i + k < chunks.length; k++) keys.push(key(chunks.slice(i, i + k + 1)));
      for (k = 1; k <= 2 && i - k >= 0; k++) keys.push(key([chunk].concat(chunks.slice(i - k, i))));
    });
    return unique(keys.filter(function (k) { return /^#\p{N}+\p{L}/u.test(k); }));  // digits, then letters
  }

  function search(query) {
    var terms = unique(tokenize(query));
    var keys = numberKeys(query);
    return load("manifest", store.manifest).then(function (manifest) {
      var shardOf = function (t) { return fnv1a(fold(t)) % manifest.shards; };
      return Promise.all(unique(terms.concat(keys).map(shardOf).map(String)).map(function (n) {
        return load("s" + n, store.shards[n]);
      })).then(function () {
        var perTerm = terms.map(function (t) {
          var shard = store.shards[shardOf(t)] || {};
          var folded = fold(t);
          return { folded: postings(shard["~" + folded]), exact: folded !== t ? postings(shard[t]) : new Map() };
        });
        var numbered = new Set();
        keys.forEach(function (k) {
          postings((store.shards[shardOf(k)] || {})[k]).forEach(function (w, doc) { numbered.add(doc); });
        });
        return rank(perTerm, manifest.documents, numbered);
      });
    });
  }

  // BM25's idf, from the number of documents a term's postings list.
  function idf(postings, n) {
    return Math.log(1 + (n - postings.size + 0.5) / (postings.size + 0.5));
  }

  function rank(perTerm, n, numbered) {
    if (!perTerm.length) return [];
    var scores = new Map();
    var hits = new Map();
    var exactHits = new Map();
    perTerm.forEach(function (p) {
      var folded = idf(p.folded, n);
      var exact = idf(p.exact, n);
      p.folded.forEach(function (w, doc) {
        var spelled = p.exact.get(doc) || 0;
        scores.set(doc, (scores.get(doc) || 0) + w * folded + EXACT * spelled * exact);
        hits.set(doc, (hits.get(doc) || 0) + 1);
        if (spelled) exactHits.set(doc, (exactHits.get(doc) || 0) + 1);
      });
    });
    // Every word typed must be there; if no document has them all, the ones
    // with most of them come first. Then the document whose own number was
    // typed (in whatever pieces). Then the words as spelled: typed with
    // diacritics, "của" ranks above "cửa" however common both are. Then the
    // best scores, then the latest published (documents are numbered in the
    // order they were published on the portal).
    return Array.from(scores.keys()).sort(function (a, b) {
      return (hits.get(b) - hits.get(a)) || (numbered.has(b) - numbered.has(a)) ||
        ((exactHits.get(b) || 0) - (exactHits.get(a) || 0)) ||
        (scores.get(b) - scores.get(a)) || (b - a);
    }).map(function (doc) { return { doc: doc, score: scores.get(doc), all: hits.get(doc) === perTerm.length }; });
  }

  // --- filters -------------------------------------------------------------
  function filtering(state) {
    return FACETS.some(function (f) { return state[f]; });
  }

  // Keep the results whose year, type and issuer are those chosen; with no
  // words typed, every such document, newest first.
  function filtered(results, state) {
    if (!filtering(state)) return Promise.resolve(results);
    return load("f", store.facets).then(function (facets) {
      var wanted = FACETS.filter(function (f) { return state[f]; }).map(function (f) {
        return { of: facets[f], value: store.manifest.facets[f].indexOf(state[f]) };
      });
      var keep = function (doc) { return wanted.every(function (w) { return w.of[doc] === w.value; }); };
      if (results === null) {  // no words: the filter's documents, newest first
        results = facets.moi_nhat.map(function (doc) { return { doc: doc, all: true }; });
      }
      return results.filter(function (r) { return keep(r.doc); });
    });
  }

  function find(state) {
    var searching = tokenize(state.q).length > 0;
    return load("manifest", store.manifest).then(function () {
      return searching ? search(state.q) : (filtering(state) ? null : []);
    }).then(function (results) { return filtered(results, state); });
  }

  function documents(results) {
    var chunk = store.manifest.chunk;
    var needed = unique(results.map(function (r) { return String(Math.floor(r.doc / chunk)); }));
    return Promise.all(needed.map(function (n) { return load("d" + n, store.docs[n]); })).then(function () {
      return results.map(function (r) {
        var row = store.docs[Math.floor(r.doc / chunk)][r.doc % chunk];
        return { u: row[0], t: row[1], s: row[2], d: row[3], y: row[4], l: row[5], c: row[6], ty: row[7] };
      });
    });
  }

  function siteBase() {
    var config = document.getElementById("__config");
    try { return JSON.parse(config.textContent).base || "."; } catch (e) { return "."; }
  }

  // --- showing -------------------------------------------------------------
  // Where the words searched for stand in ``text``: whole words whose
  // unaccented form was typed, and document numbers wherever they are.
  function matches(text, terms) {
    var folded = foldAligned(text);
    var wanted = {};
    var marks = [];
    terms.forEach(function (term) {
      var t = fold(term);
      if (/[\/-]/.test(t)) {
        for (var at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + t.length)) {
          marks.push([at, at + t.length, t]);
        }
      } else {
        wanted[t] = true;
      }
    });
    var word = /[\p{L}\p{N}]+/gu;
    for (var m = word.exec(folded); m; m = word.exec(folded)) {
      if (wanted[m[0]]) marks.push([m.index, m.index + m[0].length, m[0]]);
    }
    return marks.sort(function (a, b) { return a[0] - b[0]; });
  }

  function highlight(element, text, terms) {
    var pos = 0;
    matches(text, terms).forEach(function (mark) {
      if (mark[0] < pos) return;
      element.appendChild(document.createTextNode(text.slice(pos, mark[0])));
      var node = document.createElement("mark");
      node.textContent = text.slice(mark[0], mark[1]);
      element.appendChild(node);
      pos = mark[1];
    });
    element.appendChild(document.createTextNode(text.slice(pos)));
  }

  // The passage of ``text`` where most of the different words searched for
  // stand close together, cut at word boundaries.
  function snippet(text, terms) {
    var marks = matches(text, terms);
    if (!marks.length) return "";
    var best = { from: marks[0][0], kinds: 0, count: 0 };
    for (var i = 0, j = 0; i < marks.length; i++) {
      while (marks[j][0] < marks[i][1] - SNIPPET) j++;
      var window = marks.slice(j, i + 1);
      var kinds = unique(window.map(function (m) { return m[2]; })).length;
      if (kinds > best.kinds || (kinds === best.kinds && window.length > best.count)) {
        best = { from: marks[j][0], kinds: kinds, count: window.length, to: marks[i][1] };
      }
    }
    var start = Math.max(0, Math.min(best.from - 60, (best.to || best.from) - SNIPPET + 20));
    var end = Math.min(text.length, start + SNIPPET);
    while (start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1])) start--;
    while (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) end++;
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  function slugOf(url) {
    return url.replace(/^.*\//, "").replace(/\.html$/, "").replace(/\/index$/, "");
  }

  function describe(state, count, complete) {
    var chosen = FACETS.filter(function (f) { return state[f]; }).map(function (f) {
      return f === "nam" ? "năm " + state[f] : state[f];
    });
    var where = chosen.length ? " (" + chosen.join("; ") + ")" : "";
    if (!state.q.trim()) return count ? count + " văn bản" + where + ", mới nhất trước." : "Không có văn bản nào" + where + ".";
    if (complete) return "Tìm thấy " + count + " văn bản cho “" + state.q + "”" + where + ".";
    return count ? "Không văn bản nào có đủ các từ “" + state.q + "”" + where + "; các văn bản gần nhất:"
                 : "Không tìm thấy văn bản phù hợp với “" + state.q + "”" + where + ".";
  }

  function showPage(list, results, from, terms) {
    var page = results.slice(from, from + PAGE);
    return documents(page).then(function (docs) {
      var base = siteBase();
      docs.forEach(function (doc) {
        var item = el("li", "vb-result");
        var link = el("a", "vb-result__title");
        link.href = base + "/" + doc.u;
        highlight(link, doc.t, terms);
        item.appendChild(link);
        item.appendChild(el("p", "vb-result__meta", [doc.s, doc.d, doc.l, doc.c].filter(Boolean).join(" · ")));
        var subject = el("p", "vb-result__trich-yeu");
        highlight(subject, doc.ty, terms);
        item.appendChild(subject);
        list.appendChild(item);
        if (terms.length) addSnippet(item, slugOf(doc.u), terms);
      });
    });
  }

  // The text comes after the result is on screen: first results do not wait for it.
  function addSnippet(item, slug, terms) {
    load("van-ban/" + slug, store.texts[slug]).then(function (text) {
      var passage = snippet(text, terms);
      if (!passage) return;
      var p = el("p", "vb-result__snippet");
      highlight(p, passage, terms);
      item.appendChild(p);
    }, function () { /* no text published for it: the trích yếu stands alone */ });
  }

  var shown = 0;  // which run of find() is on screen; a slower, older one must not overwrite it

  // When a search is on screen, <body data-vb-search-ms> says how long it
  // took from the words to the first results (the benchmark reads it).
  function show(state) {
    var list = document.getElementById("vb-search-results");
    var status = document.getElementById("vb-search-status");
    var more = document.getElementById("vb-search-more");
    var run = ++shown;
    var started = performance.now();
    var done = function () {
      if (run === shown) document.body.setAttribute("data-vb-search-ms", String(Math.round(performance.now() - started)));
    };
    document.body.removeAttribute("data-vb-search-ms");
    list.textContent = "";
    more.hidden = true;
    if (!state.q.trim() && !filtering(state)) {
      status.textContent = "";
      return Promise.resolve().then(done);
    }
    status.textContent = "Đang tìm…";
    var terms = tokenize(state.q);
    return find(state).then(function (found) {
      if (run !== shown) return;
      var complete = found.filter(function (r) { return r.all; });
      var results = complete.length ? complete : found;
      status.textContent = describe(state, complete.length || found.length, complete.length > 0);
      var from = 0;
      var next = function () {
        return showPage(list, results, from, terms).then(function () {
          from += PAGE;
          more.hidden = from >= results.length;
        });
      };
      more.onclick = next;
      return next().then(done);
    }, function () {
      if (run !== shown) return;
      status.textContent = "Không tải được chỉ mục tìm kiếm.";
      done();
    });
  }

  // --- the page and its URL ------------------------------------------------
  function stateFrom(params) {
    var state = { q: params.get("q") || "" };
    FACETS.forEach(function (f) { state[f] = params.get(f) || ""; });
    return state;
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    ["q"].concat(FACETS).forEach(function (f) { if (state[f]) params.set(f, state[f]); });
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  function fill(form, state) {
    ["q"].concat(FACETS).forEach(function (f) {
      var field = form.elements[f];
      if (!field) return;
      if (field.tagName === "SELECT" && state[f] && !Array.prototype.some.call(field.options, function (o) {
        return o.value === state[f];
      })) {
        field.appendChild(new Option(state[f], state[f]));  // a value from an older link: still shown
      }
      field.value = state[f];
    });
    var header = document.getElementById("vb-header-q");
    if (header) header.value = state.q;
  }

  function run() {
    var form = document.getElementById("vb-search-form");
    if (!form) return;
    var state = stateFrom(new URLSearchParams(window.location.search));
    fill(form, state);
    var update = function () {
      var next = stateFrom(new URLSearchParams(new FormData(form)));
      try { window.history.pushState(next, "", urlOf(next)); } catch (e) { /* file:// in some browsers */ }
      fill(form, next);
      show(next);
    };
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    FACETS.forEach(function (f) {
      if (form.elements[f]) form.elements[f].addEventListener("change", update);
    });
    window.addEventListener("popstate", function () {
      var back = stateFrom(new URLSearchParams(window.location.search));
      fill(form, back);
      show(back);
    });
    show(state);
  }

  window.vanbanSearch = { tokenize: tokenize, fold: fold, fnv1a: fnv1a, numberKeys: numberKeys, search: search, find: find,
                          documents: documents, snippet: snippet };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
