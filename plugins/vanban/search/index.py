"""Writing the split search index, whole or patched.

Documents are numbered in the order they were published (first
published first); a term's postings are its document
numbers (delta-encoded) and weights. When the documents up to position
``p`` are the same as in the last build, every posting below ``p`` is too:
a rebuild keeps those and redoes only the tail. So a dirty build reads the
last build's shards that hold a document at or after ``p`` (known from a
small state file) or a term of a new document, cuts their postings at
``p``, appends the tail's, and writes them back; every other shard keeps
its file. When the newest directive arrives that is a few hundred shards
of thousands; a document published late re-does everything after it.

Both ways the files are made by the same serialisation from the same
postings, so a patched index is byte for byte the full one (tested). The
state is trusted only if it describes the index on disk (digest of the
manifest it was saved with); otherwise the index is built whole.
"""

from __future__ import annotations

import json
import math
import pickle
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from vanban.content.cache import ContentCache
from vanban.content.files import digest, write_atomic
from vanban.text.letters import fold

from .terms import FIELDS, SearchDocument, document_terms, facet_options, fnv1a

CHUNK = 8  #: documents per metadata file (a page of results is scattered: small chunks, fewer bytes)
POSTING_BYTES = 6  #: a posting's share of a shard file (two short numbers)
SHARD_BYTES = 8_000  #: target size of a term shard before compression (2–3 KB gzipped)

Postings = dict[str, tuple[list[int], list[int]]]  #: term → (document numbers, weights)


@dataclass
class Packed:
    """A document's postings as the cache keeps them: one string, one array."""

    terms: str  #: joined by "\n"
    weights: bytes  #: array("I")

    def unpack(self) -> dict[str, int]:
        return dict(zip(self.terms.split("\n"), array("I", self.weights))) if self.terms else {}

    @property
    def size(self) -> int:
        return len(self.weights) // 4


def pack(doc: SearchDocument) -> Packed:
    """A document's terms and weights, packed for the index builder."""
    terms = document_terms(doc)
    return Packed("\n".join(terms), array("I", terms.values()).tobytes())


def cached_postings(cache: ContentCache | None):
    """``pack`` answered from ``cache`` when a document's fields are unchanged."""
    if cache is None:
        return pack

    def packed(doc: SearchDocument) -> Packed:
        key = doc.key or digest(*(doc.texts().get(name, "") for name, _, _ in FIELDS))
        return cache.get(key, lambda: pack(doc))
    return packed


@lru_cache(maxsize=1 << 20)
def _shard_hash(term: str) -> int:
    """A term lives in the shard its folded form hashes to: the browser
    only knows what was typed, and folds it."""
    return fnv1a(term[1:] if term[0] == "~" else fold(term))


def _row(d: SearchDocument) -> list[str]:
    return [d.url, d.title, d.so_ky_hieu, d.ngay, d.nam, d.loai_van_ban, d.co_quan_ban_hanh, d.trich_yeu]


def build(documents: list[SearchDocument], out: Path, cache: ContentCache | None = None,
          state_file: Path | None = None) -> dict:
    """Write the index of ``documents`` (first published first) into ``out``; return
    its manifest. With ``state_file``, patch the last build's index when it
    can. Only files whose bytes change are written."""
    packed_of = cached_postings(cache)
    packed = [packed_of(d) for d in documents]
    keys = [digest(json.dumps(_row(d), ensure_ascii=False), p.terms, p.weights) for d, p in zip(documents, packed)]
    count = _shard_count(sum(p.size for p in packed))
    state = _load_state(state_file, out, count) if state_file else None
    start = _common_prefix(state["keys"], keys) if state else 0
    shard_max = list(state["shard_max"]) if state else [-1] * count
    dirty = {s for s in range(count) if shard_max[s] >= start}
    tail = _collect(packed[start:], start, count)
    dirty |= set(tail)
    shards = {s: _cut(_read_shard(out, s), start) for s in dirty} if state else {s: {} for s in range(count)}
    for s, postings in tail.items():
        for term, (ids, weights) in postings.items():
            have = shards[s].setdefault(term, ([], []))
            have[0].extend(ids)
            have[1].extend(weights)
    files = {}
    for s in sorted(shards):
        files[f"s{s}.js"] = _shard_text(s, shards[s])
        shard_max[s] = max((ids[-1] for ids, _ in shards[s].values()), default=-1)
    first_chunk = start // CHUNK
    for c in range(first_chunk, -(-len(documents) // CHUNK)):
        rows = [_row(d) for d in documents[c * CHUNK:(c + 1) * CHUNK]]
        files[f"d{c}.js"] = f"vanbanDocs({c},{script_json(rows)});\n"
    # The version names this exact index: a state file or a browser cache
    # that knows another version knows another index.
    version = digest(*keys).hex()[:16]
    options = facet_options(d.facets for d in documents)
    manifest = {"version": version, "documents": len(documents), "shards": count, "chunk": CHUNK, "facets": options}
    files["manifest.js"] = f"vanbanManifest({script_json(manifest)});\n"
    columns = _facet_columns(documents, options)
    columns["moi_nhat"] = sorted(range(len(documents)), key=lambda i: (documents[i].ngay_ban_hanh, i), reverse=True)
    files["f.js"] = f"vanbanFacets({script_json(columns)});\n"
    expected = {f"s{s}.js" for s in range(count)} | {f"d{c}.js" for c in range(-(-len(documents) // CHUNK))}
    _write_changed(out, files, expected | {"manifest.js", "f.js"})
    if state_file:
        _save_state(state_file, {"version": version, "count": count, "keys": keys, "shard_max": shard_max})
    return manifest


def _facet_columns(documents: list[SearchDocument], options: dict[str, list[str]]) -> dict[str, list[int]]:
    """Per filter, each document's value as its place in the manifest's list (-1: none)."""
    places = {name: {value: i for i, value in enumerate(values)} for name, values in options.items()}
    return {name: [places[name].get(d.facets[name], -1) for d in documents] for name in options}


def _shard_count(postings: int) -> int:
    return 1 << max(4, math.ceil(math.log2(max(1, postings * POSTING_BYTES / SHARD_BYTES))))


def _common_prefix(a: list[bytes], b: list[bytes]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _collect(packed: list[Packed], start: int, count: int) -> dict[int, Postings]:
    """Postings of documents numbered from ``start``, by shard."""
    shards: dict[int, Postings] = {}
    for i, p in enumerate(packed, start):
        for term, w in p.unpack().items():
            postings = shards.setdefault(_shard_hash(term) % count, {})
            ids, weights = postings.get(term) or postings.setdefault(term, ([], []))
            ids.append(i)
            weights.append(w)
    return shards


def _shard_text(n: int, postings: Postings) -> str:
    entries = []
    for term in sorted(postings):
        ids, weights = postings[term]
        flat = [0] * (2 * len(ids))
        flat[0::2] = [b - a for a, b in zip([0] + ids, ids)]  # delta-encoded
        flat[1::2] = weights
        entries.append(f"{script_json(term)}:[{','.join(map(str, flat))}]")
    return f"vanbanShard({n},{{{','.join(entries)}}});\n"


def _read_shard(out: Path, n: int) -> Postings:
    text = (out / f"s{n}.js").read_text(encoding="utf-8")
    data = json.loads(text[text.index(",") + 1:text.rindex(")")])
    return {term: (list(accumulate(flat[0::2])), flat[1::2]) for term, flat in data.items()}


def _cut(postings: Postings, start: int) -> Postings:
    """Keep the postings of documents numbered below ``start``."""
    kept = {}
    for term, (ids, weights) in postings.items():
        n = bisect_left(ids, start)
        if n:
            kept[term] = (ids[:n], weights[:n])
    return kept


def _load_state(path: Path, out: Path, count: int) -> dict | None:
    """The last build's numbering, if it describes the index in ``out``."""
    try:
        with open(path, "rb") as f:
            state = pickle.load(f)
        manifest = (out / "manifest.js").read_text(encoding="utf-8")
        if state["count"] != count or f'"version":"{state["version"]}"' not in manifest:
            return None
        if not all((out / f"s{s}.js").exists() for s in range(count)):
            return None
        return state
    except (OSError, ValueError, KeyError, TypeError, pickle.UnpicklingError, EOFError):
        return None


def _save_state(path: Path, state: dict) -> None:
    try:
        write_atomic(path, pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
    except OSError:
        pass  # the next build makes the index whole


def script_json(data) -> str:
    """JSON to call a function with, in a script file."""
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    # "</" inside a JSON string would close a <script>; U+2028/9 break old parsers.
    return payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _write_changed(out: Path, files: dict[str, str], expected: set[str]) -> None:
    """Write what differs, remove what is gone. A file is replaced, never
    written through: it may be a link to the last build's copy."""
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.js"):
        if old.name not in expected:
            old.unlink()
    for name, text in files.items():
        write_atomic(out / name, text)
