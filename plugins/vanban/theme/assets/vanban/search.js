/* vanban search: queries the prebuilt lunr index (search-index.js) with the
 * same Vietnamese tokenizer and viFold pipeline as plugins/vanban/search.py.
 * Every string from a document is put in the page with textContent only. */
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

  function viFold(token) {
    var folded = fold(token.toString());
    if (folded === token.toString()) return token;
    return [token, token.clone(function () { return folded; })];
  }
  if (window.lunr) lunr.Pipeline.registerFunction(viFold, "viFold");

  function unique(list) {
    var seen = {};
    return list.filter(function (t) { return seen[t] ? false : (seen[t] = true); });
  }

  function search(index, query) {
    var terms = unique(tokenize(query));
    if (!terms.length) return [];
    return index.query(function (q) {
      terms.forEach(function (term) {
        var folded = fold(term);
        // The folded form is in the index for every word, so it is the one
        // required; the exact form only adds to the score ("của" > "cửa").
        q.term(folded, { presence: lunr.Query.presence.REQUIRED, usePipeline: false });
        if (folded !== term) q.term(term, { boost: 10, usePipeline: false });
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

  function show(results, docs, query) {
    var list = document.getElementById("vb-search-results");
    var status = document.getElementById("vb-search-status");
    var base = siteBase();
    var terms = tokenize(query);
    list.textContent = "";
    status.textContent = results.length
      ? "Tìm thấy " + results.length + " văn bản cho “" + query + "”."
      : "Không tìm thấy văn bản phù hợp với “" + query + "”.";
    results.slice(0, 100).forEach(function (result) {
      var doc = docs[result.ref];
      if (!doc) return;
      var item = el("li", "vb-result");
      var link = el("a", "vb-result__title");
      link.href = base + "/" + doc.u;
      highlight(link, doc.t, terms);
      item.appendChild(link);
      var facts = el("p", "vb-result__meta");
      facts.textContent = [doc.s, doc.d, doc.l, doc.c].filter(Boolean).join(" · ");
      item.appendChild(facts);
      var subject = el("p", "vb-result__trich-yeu");
      highlight(subject, doc.y, terms);
      item.appendChild(subject);
      list.appendChild(item);
    });
  }

  function run() {
    var data = window.VANBAN_SEARCH;
    var input = document.getElementById("vb-q");
    if (!data || !input || !window.lunr) return;
    var index = lunr.Index.load(data.index);
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    var header = document.getElementById("vb-header-q");
    if (header) header.value = query;
    if (query.trim()) show(search(index, query), data.docs, query);
  }

  window.vanbanSearch = { tokenize: tokenize, fold: fold, search: search };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", run);
  else run();
})();
