"""The prebuilt search index: Vietnamese terms, split so a query fetches
only what it needs.

Tokens (the browser cuts queries exactly the same way, in
``theme/assets/vanban/search.js``, checked by a test):

* NFC, lower case; document numbers kept whole ("61/kh-ubnd") and in parts
  ("61", "kh", "ubnd", "kh-ubnd");
* every token is indexed as printed and folded ("đảng" and "dang"), so a
  query typed without diacritics matches, and a query typed with them ranks
  the documents that spell its words so above the rest ("của" above "cửa").

Scoring is BM25 (k1 = 1.2, b = 0.75) per field, fields boosted (số ký
hiệu and trích yếu above the body), as lunr scores. Two choices make the
index incremental: the length normalisation uses a fixed typical length
per field instead of the corpus average, and the idf is left to the
browser (it knows N from the manifest and a term's document frequency from
the length of its postings). A document's postings therefore depend on
that document alone: they are computed once and cached by content, and a
new document changes only the shards of its own terms. lunr.py itself is
not used: it indexes about 100,000 tokens a second and its index cannot be
split by term, so one query would download all of it.

Layout: ``manifest.js`` (counts, filter values), ``s<n>.js`` term shards
(a term lives in the shard its folded form hashes to, FNV-1a), ``d<n>.js``
chunks of document metadata for showing results, ``f.js`` each document's
year, type and issuer and the documents in date order (loaded only when a
filter is chosen), and
``van-ban/<slug>.js`` each document's plain text, for the snippets of the
results on screen. Documents are numbered in the order they were published
on the portal (``ngay_dang_tai``, then date), so a document ingested
tonight is appended, whatever its date. Each file is a script
calling a global function, so the search works from ``file://`` too, where
browsers refuse ``fetch``.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vanban.model import Metadata
from vanban.text.letters import fold
from vanban.text.organs import body_key

#: field, boost, typical length in terms (measured on real and synthetic directives)
FIELDS = (("so_ky_hieu", 10.0, 4), ("trich_yeu", 5.0, 25), ("loai_van_ban", 2.0, 2), ("co_quan_ban_hanh", 2.0, 8),
          ("dia_danh", 2.0, 2), ("nguoi_ky", 2.0, 3), ("noi_dung", 1.0, 1200))
K1, B = 1.2, 0.75
SCALE = 10  #: weights are stored as integers, tenths
_NUMBER = re.compile(r"\d+(?:/\d{4})?[/-][^\W_]+(?:[/-][^\W_]+)*|(?<![^\W_])[^\W\d_]+[/-][^\W_]+(?:[/-][^\W_]+)*")
_WORD = re.compile(r"[^\W_]+")


def tokenize(text: str) -> list[str]:
    """Cut text into search terms (the browser does exactly the same)."""
    text = unicodedata.normalize("NFC", text or "").lower()
    terms: list[str] = []
    for m in _NUMBER.finditer(text):
        whole = m.group(0)
        terms.append(whole)
        parts = re.split(r"[/-]", whole)
        terms.extend(p for p in parts if p)
        if parts[0].isdigit() and len(parts) > 1:
            terms.append(whole[len(parts[0]) + 1:])
    text = _NUMBER.sub(" ", text)
    terms.extend(_WORD.findall(text))
    return terms


def fnv1a(text: str) -> int:
    """32-bit FNV-1a of the UTF-8 bytes (search.js computes the same)."""
    h = 0x811C9DC5
    for byte in text.encode("utf-8"):
        h = ((h ^ byte) * 0x01000193) & 0xFFFFFFFF
    return h


@dataclass
class SearchDocument:
    """A document as the search index needs it: fields, facets, weights."""
    url: str
    title: str
    so_ky_hieu: str
    ngay: str  #: as shown, dd/mm/yyyy
    nam: str  #: year, for the filter
    loai_van_ban: str
    co_quan_ban_hanh: str
    trich_yeu: str
    fields: dict[str, str] | Callable[[], dict[str, str]]  #: field name → text to index (or how to read it)
    key: bytes = b""  #: names the fields' text, when known without reading it (a cache looks it up)
    ngay_ban_hanh: str = ""  #: ISO, for listing a filter's documents newest first

    def texts(self) -> dict[str, str]:
        return self.fields() if callable(self.fields) else self.fields

    @property
    def facets(self) -> dict[str, str]:
        return {"nam": self.nam, "loai": self.loai_van_ban, "co_quan": self.co_quan_ban_hanh}


def number_key(so_ky_hieu: str) -> str:
    """A document's own number as one term, without diacritics or separators:
    "61/KH-UBND" → "#61khubnd". A query typed "61 kh ubnd" or "kh-ubnd 61"
    looks it up (search.js builds the same key from the words typed), so the
    document with that number comes first, before others that merely contain
    "61", "kh" and "ubnd" somewhere."""
    return "#" + re.sub(r"[\W_]+", "", fold(unicodedata.normalize("NFC", so_ky_hieu or "")).lower())


def document_terms(doc: SearchDocument) -> dict[str, int]:
    """A document's postings: term → boosted, length-normalised term
    frequency (×SCALE). Folded terms carry a "~"; a term as printed is kept
    only where it differs from its folded form (the exact-spelling bonus)."""
    weights: dict[str, float] = defaultdict(float)
    folded_of: dict[str, str] = {}
    texts = doc.texts()
    for name, boost, typical in FIELDS:
        counts = Counter(tokenize(texts.get(name, "")))
        norm = K1 * (1 - B + B * sum(counts.values()) / typical)
        for term, count in counts.items():
            w = boost * count * (K1 + 1) / (count + norm)
            folded = folded_of.get(term) or folded_of.setdefault(term, fold(term))
            weights["~" + folded] += w
            if folded != term:
                weights[term] += w
    key = number_key(texts.get("so_ky_hieu", ""))
    if len(key) > 1:
        weights[key] += FIELDS[0][1]
    return {term: max(1, round(w * SCALE)) for term, w in weights.items()}


#: The filters: URL parameter and label. Values are what the front matter says.
FACETS = (("nam", "Năm ban hành"), ("loai", "Loại văn bản"), ("co_quan", "Cơ quan ban hành"))


def facets_of(meta: Metadata) -> dict[str, str]:
    """A document's year, type and issuer, as the filters offer them: the
    issuer in one spelling per body, placed by its parent where it names no
    place (``text.organs.body_key``)."""
    date = str(meta.ngay_ban_hanh or "")
    issuer = str(meta.co_quan_ban_hanh or "")
    return {"nam": date[:4] if date[:4].isdigit() else "", "loai": str(meta.loai_van_ban or ""),
            "co_quan": body_key(issuer, str(meta.co_quan_chu_quan or "") or None) if issuer.strip() else ""}


def unified_facets(documents: Iterable[tuple[str, Metadata]]) -> dict[str, dict[str, str]]:
    """Each document's filter values (``facets_of``), by its key, with one
    spelling per value across the corpus: values that differ only in marks,
    case or punctuation ("Đào tạo" and a misprinted "Đào tào", a name with
    or without its dash) are one body and take the spelling most documents
    give (on a tie, the first in Vietnamese order)."""
    rows = {key: facets_of(meta) for key, meta in documents}
    for name, _ in FACETS:
        spellings: dict[str, Counter] = {}
        for facets in rows.values():
            if facets[name]:
                spellings.setdefault(_same_value(facets[name]), Counter())[facets[name]] += 1
        chosen = {k: min(c, key=lambda v: (-c[v], fold(v), v)) for k, c in spellings.items()}
        for facets in rows.values():
            if facets[name]:
                facets[name] = chosen[_same_value(facets[name])]
    return rows


def _same_value(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(value).lower())


def facet_options(documents: Iterable[dict[str, str]]) -> dict[str, list[str]]:
    """Every value of each filter: years newest first, the others in
    Vietnamese alphabetical order (by their unaccented form, then as printed)."""
    seen: dict[str, set[str]] = {name: set() for name, _ in FACETS}
    for facets in documents:
        for name, value in facets.items():
            if value:
                seen[name].add(value)
    return {name: sorted(values, reverse=True) if name == "nam" else sorted(values, key=lambda v: (fold(v), v))
            for name, values in seen.items()}


_MARKUP = (
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE), ""),  # heading marks
    (re.compile(r"^\[\^[^\]\s]+\]:[ \t]*", re.MULTILINE), ""),  # a footnote's label
    (re.compile(r"\[\^[^\]\s]+\]"), ""),  # a footnote's reference
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # a link: its words
    (re.compile(r"<[^>\n]+>"), ""),  # an HTML tag
    (re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}.*$", re.MULTILINE), ""),  # a table's rule
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])"), r"\1"),  # an escaped character
    (re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|`"), ""),  # emphasis, code
    (re.compile(r"[ \t]*\|[ \t]*"), " "),  # table cells
    (re.compile(r"\s+"), " "),
)


def plain_text(markdown: str) -> str:
    """A body's words without Markdown marks, one line: what a result's
    snippet is cut from."""
    text = markdown or ""
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text.strip()
