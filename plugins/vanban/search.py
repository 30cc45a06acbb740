"""The prebuilt search index: Vietnamese terms, split so a query fetches
only what it needs.

Tokens (the browser cuts queries exactly the same way, in
``theme/assets/vanban/search.js``, checked by a test):

* NFC, lower case; document numbers kept whole ("61/kh-ubnd") and in parts
  ("61", "kh", "ubnd", "kh-ubnd");
* every token is indexed as printed and folded ("đảng" and "dang"), so a
  query typed without diacritics matches, and the printed form adds to the
  score ("của" ranks above "cửa").

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
chunks of document metadata for showing results. Documents are numbered
oldest first, so the newest document is appended. Each file is a script
calling a global function, so the search works from ``file://`` too, where
browsers refuse ``fetch``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .cache import ContentCache, content_key
from .vietnamese import fold

#: field, boost, typical length in terms (measured on real and synthetic directives)
FIELDS = (("so_ky_hieu", 10.0, 4), ("trich_yeu", 5.0, 25), ("loai_van_ban", 2.0, 2), ("co_quan_ban_hanh", 2.0, 8),
          ("dia_danh", 2.0, 2), ("nguoi_ky", 2.0, 3), ("noi_dung", 1.0, 1200))
K1, B = 1.2, 0.75
SCALE = 10  #: weights are stored as integers, tenths
CHUNK = 32  #: documents per metadata file
SHARD_BYTES = 24_000  #: target size of a term shard before compression
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
    url: str
    title: str
    so_ky_hieu: str
    ngay: str  #: as shown, dd/mm/yyyy
    nam: str  #: year, for the filter
    loai_van_ban: str
    co_quan_ban_hanh: str
    trich_yeu: str
    fields: dict[str, str]  #: field name → text to index


def document_terms(doc: SearchDocument) -> dict[str, int]:
    """A document's postings: term → boosted, length-normalised term
    frequency (×SCALE). Folded terms carry a "~"; a term as printed is kept
    only where it differs from its folded form (the exact-spelling bonus)."""
    weights: dict[str, float] = defaultdict(float)
    folded_of: dict[str, str] = {}
    for name, boost, typical in FIELDS:
        counts = Counter(tokenize(doc.fields.get(name, "")))
        norm = K1 * (1 - B + B * sum(counts.values()) / typical)
        for term, count in counts.items():
            w = boost * count * (K1 + 1) / (count + norm)
            folded = folded_of.get(term) or folded_of.setdefault(term, fold(term))
            weights["~" + folded] += w
            if folded != term:
                weights[term] += w
    return {term: max(1, round(w * SCALE)) for term, w in weights.items()}


def cached_terms(cache: ContentCache):
    """``document_terms`` answered from ``cache`` when the fields are unchanged.
    Kept as one string and one array per document: a province's cache
    (millions of postings) then loads in a fraction of a second."""
    def packed(doc: SearchDocument) -> tuple[str, bytes]:
        terms = document_terms(doc)
        return "\n".join(terms), array("I", terms.values()).tobytes()

    def terms_of(doc: SearchDocument) -> dict[str, int]:
        key = content_key(*(doc.fields.get(name, "") for name, _, _ in FIELDS))
        terms, weights = cache.get(key, lambda: packed(doc))
        return dict(zip(terms.split("\n"), array("I", weights))) if terms else {}
    return terms_of


def build(documents: list[SearchDocument], out: Path, terms_of=document_terms) -> dict:
    """Write the split index for ``documents`` into ``out``; return its manifest.
    ``terms_of`` gives a document's postings (a cache may answer). Only
    files whose bytes change are written: an unchanged shard keeps its file."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, doc in enumerate(documents):
        for term, w in terms_of(doc).items():
            postings[term] += (i, w)
    size = sum(len(t) + 3 * len(p) for t, p in postings.items())
    count = 1 << max(4, math.ceil(math.log2(max(1, size / SHARD_BYTES))))
    shards: list[list[str]] = [[] for _ in range(count)]
    for term in sorted(postings):
        flat = postings[term]
        ids = flat[0::2]
        flat[2::2] = [b - a for a, b in zip(ids, ids[1:])]  # ids delta-encoded
        key = term[1:] if term[0] == "~" else fold(term)
        shards[fnv1a(key) % count].append(f"{_json(term)}:[{','.join(map(str, flat))}]")
    files = {f"s{n}.js": f"vanbanShard({n},{{{','.join(terms)}}});\n" for n, terms in enumerate(shards)}
    for start in range(0, len(documents), CHUNK):
        chunk = [[d.url, d.title, d.so_ky_hieu, d.ngay, d.nam, d.loai_van_ban, d.co_quan_ban_hanh, d.trich_yeu]
                 for d in documents[start:start + CHUNK]]
        files[f"d{start // CHUNK}.js"] = f"vanbanDocs({start // CHUNK},{_json(chunk)});\n"
    manifest = {"documents": len(documents), "shards": count, "chunk": CHUNK, "scale": SCALE,
                "years": sorted({d.nam for d in documents if d.nam}, reverse=True),
                "types": sorted({d.loai_van_ban for d in documents if d.loai_van_ban}),
                "issuers": sorted({d.co_quan_ban_hanh for d in documents if d.co_quan_ban_hanh})}
    files["manifest.js"] = f"vanbanManifest({_json(manifest)});\n"
    _write_changed(out, files)
    return manifest


def _json(data) -> str:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</" inside a JSON string would close a <script>; U+2028/9 break old parsers.
    return payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _write_changed(out: Path, files: dict[str, str]) -> None:
    """Write what differs, remove what is gone. A file is replaced, never
    written through: it may be a link to the last build's copy."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.js"):
        if old.name not in files:
            old.unlink()
    for name, text in files.items():
        path = out / name
        data = text.encode("utf-8")
        try:
            if path.stat().st_size == len(data) and path.read_bytes() == data:
                continue
        except OSError:
            pass
        path.unlink(missing_ok=True)
        path.write_bytes(data)
