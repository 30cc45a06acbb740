"""Decide whether text needs repair (OCR damage, lost diacritics).

Clean Vietnamese marks most syllables with a letter only Vietnamese uses
(ư, ơ, ă, đ, ạ, ả, ế...); OCR that lost the marks keeps at most the Latin-1
accents (é, è, ô). The share of marked words separates the two.
"""

from __future__ import annotations

from .vietnamese import vietnamese_letter_share

#: Clean administrative Vietnamese scores 0.45–0.65; damaged OCR under 0.1.
CLEAN_SHARE = 0.25
MIN_WORDS = 8


def needs_repair(text: str) -> bool:
    """True when ``text`` reads as Vietnamese that lost its diacritics."""
    if len(text.split()) < MIN_WORDS:
        return False
    return vietnamese_letter_share(text) < CLEAN_SHARE
