"""Citation notes: where each citation of a body stands, kept beside the
document (``content/dan-chieu/<slug>.json``) so the site links the exact
words and quotes the sentence without reading the text for citations again.
"""

from __future__ import annotations

import bisect
import re

from vanban.model import Citation

from .find import find_citations
from .identity import number_key


def citation_notes(body: str, citations: list[Citation] | None = None) -> dict:
    """The citations of a body as the site needs them: the exact words to
    link, and the sentence each cited number first stands in.
    ``citations``: those already found in ``body`` (with their offsets)."""
    found = find_citations(body) if citations is None else citations
    return {"trich_dan": [{"text": c.text, "so_ky_hieu": c.so_ky_hieu, "ngay_ban_hanh": c.ngay_ban_hanh}
                          for c in found],
            "cau": citation_sentences(body, found)}


_SENTENCE_BREAK = re.compile(r"(?<=[.;:!?])\s+(?=[^\W\d_])|\n\s*\n")


def citation_sentences(text: str, citations: list[Citation]) -> dict[str, str]:
    """The sentence each cited number first appears in, keyed by its number
    ("26-CT/TU" → "Thực hiện Chỉ thị số 26-CT/TU, ngày 25/9/2023 của...")."""
    out: dict[str, str] = {}
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(text)]
    for c in citations:
        key = number_key(c.so_ky_hieu or "")
        if not key or key in out:
            continue
        at = bisect.bisect_right(breaks, c.start)
        start = breaks[at - 1] if at else 0
        stop = _SENTENCE_BREAK.search(text, c.end)
        sentence = text[start: stop.start() if stop else len(text)]
        out[key] = " ".join(re.sub(r"\[\^\d+\]|[*_#>]", "", sentence).split())[:600]
    return out
