/* vanban search: queries the prebuilt, split index (assets/vanban/tim-kiem/)
 * with the same Vietnamese tokenizer and folding as plugins/vanban/search.py,
 * loading only the shards of the words typed and the metadata of the
 * results shown. Every string from a document goes in with textContent. */
(function () {
  "use strict";

  var NUMBER = /\p{Nd}+(?:\/\p{Nd}{4})?[\/-][\p{L}\p{N}]+(?:[\/-][\p{L}\p{N}]+)*|(?<![\p{L}\p{N}])\p{L}+[\/-][\p{L}\p{N}]+(?:[\/-][\p{L}\p{N}]+)*/gu;
  var WORD = /[\p{L}\p{N}]+/gu;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d").toLowerCase().normalize("NFC");
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
  var waiting = {};
  var store = { manifest: null, shards: {}, docs: {} };
  function resolveLoad(key, value) {
    (waiting[key] || []).forEach(function (cb) { cb(value); });
    delete waiting[key];
  }
  window.vanbanManifest = function (data) { store.manifest = data; resolveLoad("manifest", data); };
  window.vanbanShard = function (n, data) { store.shards[n] = data; resolveLoad("s" + n, data); };
  window.vanbanDocs = function (n, data) { store.docs[n] = data; resolveLoad("d" + n, data); };

  function load(name, have) {
    return new Promise(function (resolve, reject) {
      if (have) return resolve(have);
      (waiting[name] = waiting[name] || []).push(resolve);
      if (waiting[name].length > 1) return;
      var script = document.createElement("script");
      script.src = siteBase() + "/assets/vanban/tim-kiem/" + (name === "manifest" ? "manifest" : name) + ".js";
      script.onerror = function () { reject(new Error("cannot load " + name)); };
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

  function search(query) {
    var terms = unique(tokenize(query));
    return load("manifest", store.manifest).then(function (manifest) {
      var shardOf = terms.map(function (t) { return fnv1a(fold(t)) % manifest.shards; });
      return Promise.all(unique(shardOf.map(String)).map(function (n) {
        return load("s" + n, store.shards[n]);
      })).then(function () {
        var perTerm = terms.map(function (t, i) {
          var shard = store.shards[shardOf[i]] || {};
          var folded = fold(t);
          return { folded: postings(shard["~" + folded]), exact: folded !== t ? postings(shard[t]) : new Map() };
        });
        return rank(perTerm, manifest.documents);
      });
    });
  }

  // BM25's idf, from the number of documents a term's postings list.
  function idf(postings, n) {
    return Math.log(1 + (n - postings.size + 0.5) / (postings.size + 0.5));
  }

  function rank(perTerm, n) {
    if (!perTerm.length) return [];
    var scores = new Map();
    var hits = new Map();
    perTerm.forEach(function (p) {
      var folded = idf(p.folded, n);
      var exact = idf(p.exact, n);
      p.folded.forEach(function (w, doc) {
        scores.set(doc, (scores.get(doc) || 0) + w * folded + EXACT * (p.exact.get(doc) || 0) * exact);
        hits.set(doc, (hits.get(doc) || 0) + 1);
      });
    });
    // Every word typed must be there; if no document has them all, the ones
    // with most of them come first; then the best scores, then the newest
    // (documents are numbered oldest first).
    return Array.from(scores.keys()).sort(function (a, b) {
      return (hits.get(b) - hits.get(a)) || (scores.get(b) - scores.get(a)) || (b - a);
    }).map(function (doc) { return { doc: doc, score: scores.get(doc), all: hits.get(doc) === perTerm.length }; });
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

  // Mark whole words whose unaccented form was searched for, and document
  // numbers wherever they stand ("61/KH-UBND").
  function highlight(element, text, terms) {
    var folded = fold(text);
    var wanted = {};
    var marks = [];
    terms.forEach(function (term) {
      var t = fold(term);
      if (/[\/-]/.test(t)) {
        for (var at = folded.indexOf(t); at !== -1; at = folded.indexOf(t, at + t.length)) {
          marks.push([at, at + t.length]);
        }
      } else {
        wanted[t] = true;
      }
    });
    var word = /[\p{L}\p{N}]+/gu;
    for (var m = word.exec(folded); m; m = word.exec(folded)) {
      if (wanted[m[0]]) marks.push([m.index, m.index + m[0].length]);
    }
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var pos = 0;
    marks.forEach(function (mark) {
      if (mark[0] < pos) return;
      element.appendChild(document.createTextNode(text.slice(pos, mark[0])));
      var node = document.createElement("mark");
      node.textContent = text.slice(mark[0], mark[1]);
      element.appendChild(node);
      pos = mark[1];
    });
    element.appendChild(document.createTextNode(text.slice(pos)));
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }

  var PAGE = 20;

  function show(found, query) {
    var list = document.getElementById("vb-search-results");
    var status = document.getElementById("vb-search-status");
    var terms = tokenize(query);
    var complete = found.filter(function (r) { return r.all; });
    var shown = (complete.length ? complete : found).slice(0, PAGE);
    status.textContent = complete.length
      ? "Tìm thấy " + complete.length + " văn bản cho “" + query + "”."
      : (found.length ? "Không văn bản nào có đủ các từ “" + query + "”; các văn bản gần nhất:"
                      : "Không tìm thấy văn bản phù hợp với “" + query + "”.");
    list.textContent = "";
    return documents(shown).then(function (docs) {
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
      });
    });
  }

  function run() {
    var input = document.getElementById("vb-q");
    if (!input) return;
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    var header = document.getElementById("vb-header-q");
    if (header) header.value = query;
    if (!query.trim()) return;
    var started = performance.now();
    search(query).then(function (found) { return show(found, query); }).then(function () {
      document.body.setAttribute("data-vb-search-ms", String(Math.round(performance.now() - started)));
    });
  }

  window.vanbanSearch = { tokenize: tokenize, fold: fold, search: search, fnv1a: fnv1a };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
