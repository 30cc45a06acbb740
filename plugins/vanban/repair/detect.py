"""Which text is damaged: detection comes before any repair, so clean text
is never touched.

Clean Vietnamese carries letters only Vietnamese uses (ơ, ư, đ, ạ…) in
about half its words; OCR that lost the diacritics, or text typed without
them, has next to none. The share is measured per document and per line.
"""

from __future__ import annotations

import re

from vanban.text.letters import vietnamese_letter_share

#: Clean administrative Vietnamese scores 0.45–0.65; damaged OCR under 0.1.
CLEAN_SHARE = 0.25
MIN_WORDS = 8


def needs_repair(text: str) -> bool:
    """True when ``text`` reads as Vietnamese that lost its diacritics."""
    if len(text.split()) < MIN_WORDS:
        return False
    return vietnamese_letter_share(text) < CLEAN_SHARE


def line_is_clean(line: str) -> bool:
    """A line of a damaged document that is nevertheless clean Vietnamese."""
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 3 and vietnamese_letter_share(line) >= CLEAN_SHARE
