"""The prebuilt search index: Vietnamese terms, split so a query fetches
only what it needs.

Tokens (the browser cuts queries exactly the same way, in
``theme/assets/vanban/search.js``, checked by a test):

* NFC, lower case; document numbers kept whole ("61/kh-ubnd") and in parts
  ("61", "kh", "ubnd", "kh-ubnd");
* every token is indexed as printed and folded ("đảng" and "dang"), so a
  query typed without diacritics matches, and the printed form adds to the
  score ("của" ranks above "cửa").

Scoring is lunr's: BM25 (k1 = 1.2, b = 0.75) per field, fields boosted
(số ký hiệu and trích yếu above the body). lunr.py itself is not used: it
indexes about 100,000 tokens a second (a province's 10,000 documents would
take minutes) and its index cannot be split by term, so one query would
download all of it (about 20 MB gzipped at 10,000 documents).

Layout: ``manifest.js`` (counts), ``s<n>.js`` term shards (a term lives in
the shard its folded form hashes to, FNV-1a), ``d<n>.js`` chunks of
document metadata for showing results. Each is a script calling a global
function, so the search works from ``file://`` too, where browsers refuse
``fetch``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from .vietnamese import fold

FIELDS = (("so_ky_hieu", 10.0), ("trich_yeu", 5.0), ("loai_van_ban", 2.0), ("co_quan_ban_hanh", 2.0),
          ("dia_danh", 2.0), ("nguoi_ky", 2.0), ("noi_dung", 1.0))
K1, B = 1.2, 0.75
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


def _field_stats(doc: SearchDocument) -> dict[str, Counter]:
    return {name: Counter(tokenize(doc.fields.get(name, ""))) for name, _ in FIELDS}


def build(documents: list[SearchDocument], out: Path) -> dict:
    """Write the split index for ``documents`` into ``out``; return its manifest."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.js"):  # shard and chunk counts change with the corpus
        old.unlink()
    stats = [_field_stats(d) for d in documents]
    lengths = {name: [sum(s[name].values()) for s in stats] for name, _ in FIELDS}
    average = {name: (sum(v) / len(v) if v else 0.0) or 1.0 for name, v in lengths.items()}
    tf: dict[str, dict[int, float]] = defaultdict(dict)  # term → doc → boosted, length-normalised tf
    for i, s in enumerate(stats):
        weights: Counter = Counter()
        for name, boost in FIELDS:
            norm = K1 * (1 - B + B * lengths[name][i] / average[name])
            for term, count in s[name].items():
                w = boost * count * (K1 + 1) / (count + norm)
                weights[term] += w  # as printed: the exact-spelling bonus
                weights["~" + fold(term)] += w  # folded: every spelling, what a query must match
        for term, w in weights.items():
            tf[term][i] = w
    n = max(1, len(documents))
    shards: dict[int, dict[str, list[int]]] = defaultdict(dict)
    size = 0
    postings = {}
    for term, docs in tf.items():
        idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
        flat: list[int] = []
        last = 0
        for i in sorted(docs):
            flat += [i - last, max(1, round(docs[i] * idf * 10))]
            last = i
        postings[term] = flat
        size += len(term) + 4 * len(flat)
    count = 1 << max(4, math.ceil(math.log2(max(1, size / SHARD_BYTES))))
    for term, flat in postings.items():
        key = term[1:] if term.startswith("~") else fold(term)
        shards[fnv1a(key) % count][term] = flat
    for number in range(count):
        _write_script(out / f"s{number}.js", f"vanbanShard({number},", shards.get(number, {}))
    for start in range(0, len(documents), CHUNK):
        chunk = [[d.url, d.title, d.so_ky_hieu, d.ngay, d.nam, d.loai_van_ban, d.co_quan_ban_hanh, d.trich_yeu]
                 for d in documents[start:start + CHUNK]]
        _write_script(out / f"d{start // CHUNK}.js", f"vanbanDocs({start // CHUNK},", chunk)
    manifest = {"documents": len(documents), "shards": count, "chunk": CHUNK,
                "years": sorted({d.nam for d in documents if d.nam}, reverse=True),
                "types": sorted({d.loai_van_ban for d in documents if d.loai_van_ban}),
                "issuers": sorted({d.co_quan_ban_hanh for d in documents if d.co_quan_ban_hanh})}
    _write_script(out / "manifest.js", "vanbanManifest(", manifest)
    return manifest


def _write_script(path: Path, call: str, data) -> None:
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</" inside a JSON string would close a <script>; U+2028/9 break old parsers.
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    path.write_text(f"{call}{payload});\n", encoding="utf-8")
