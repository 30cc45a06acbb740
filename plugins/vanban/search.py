"""The prebuilt lunr index and its Vietnamese pipeline.

The same tokenizer and pipeline function run in the browser
(``theme/assets/vanban/search.js``), registered under the same label, so a
query is cut exactly like the indexed text:

* NFC, lower case; document numbers kept whole ("61/kh-ubnd") and in parts
  ("61", "kh", "ubnd", "kh-ubnd");
* ``viFold`` adds the unaccented form of every token ("đảng" → "dang"), so
  a query typed without diacritics matches, while the exact form still
  ranks first ("của" above "cửa").
"""

from __future__ import annotations

import json
import re
import unicodedata

from lunr.builder import Builder
from lunr.pipeline import Pipeline

from .vietnamese import fold

FIELDS = (("so_ky_hieu", 10), ("trich_yeu", 5), ("loai_van_ban", 2), ("co_quan_ban_hanh", 2), ("dia_danh", 2),
          ("nguoi_ky", 2), ("noi_dung", 1))
_NUMBER = re.compile(r"\d+(?:/\d{4})?[/-][^\W_]+(?:[/-][^\W_]+)*|(?<![^\W_])[^\W\d_]+[/-][^\W_]+(?:[/-][^\W_]+)*")
_WORD = re.compile(r"[^\W_]+")
FOLD_LABEL = "viFold"


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


def vi_fold(token, i, tokens):
    """lunr pipeline function: keep the token, add its unaccented form."""
    folded = fold(str(token))
    if folded == str(token):
        return token
    return [token, token.clone(lambda s, *_: folded)]


Pipeline.register_function(vi_fold, FOLD_LABEL)


def build_index(documents: list[dict]) -> dict:
    """Serialise a lunr index over ``documents`` (each with ``id`` and FIELDS)."""
    builder = Builder()
    builder.pipeline.add(vi_fold)
    builder.ref("id")
    for name, boost in FIELDS:
        builder.field(name, boost=boost)
    for doc in documents:
        builder.add({"id": doc["id"], **{name: tokenize(doc.get(name) or "") for name, _ in FIELDS}})
    return builder.build().serialize()


def index_script(index: dict, documents: dict) -> str:
    """The index as a script assigning a global: loads from file:// too,
    where browsers refuse fetch() of a JSON file."""
    payload = json.dumps({"index": index, "docs": documents}, ensure_ascii=False, separators=(",", ":"))
    # "</" inside a JSON string would close a <script>; "\u2028" breaks old parsers.
    payload = payload.replace("</", "<\\/").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"window.VANBAN_SEARCH={payload};\n"
