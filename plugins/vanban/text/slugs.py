"""URL slugs that read well in Vietnamese and do not change across rebuilds."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Container
from functools import lru_cache

from slugify import slugify

# python-slugify transliterates "Đ" to "D" (the default anchors of
# Python-Markdown drop it: "Điều 5" → "ieu-5").
MAX_LENGTH = 80

#: Names the site itself uses beside the documents in ``van-ban/``: the
#: listing (``index``), its archive pages (``trang-<n>``), the browse hub
#: (``duyet``) and the browse folders. A document never takes one.
RESERVED_SLUGS = frozenset({"index", "duyet", "nam", "loai", "co-quan", "tim-kiem"})
_RESERVED_PATTERN = re.compile(r"trang-\d+")


def is_reserved(slug: str) -> bool:
    """True for a slug that names a page of the site, not a document."""
    return slug in RESERVED_SLUGS or bool(_RESERVED_PATTERN.fullmatch(slug))


@lru_cache(maxsize=65536)
def slug(text: str) -> str:
    """Cached: the same headings ("I. MỤC ĐÍCH, YÊU CẦU") recur in thousands of documents."""
    return slugify(text, max_length=MAX_LENGTH, word_boundary=True, save_order=True)


def document_slug(loai_van_ban: str | None, so_ky_hieu: str | None, ngay_ban_hanh: str | None,
                  fallback: str) -> str:
    """``ke-hoach-61-kh-ubnd-2026``: type, number and year, so it is stable.

    Without a number the slug comes from the source file name, which is
    stable too; a document is never identified by its position in a list.
    """
    if so_ky_hieu:
        parts = [loai_van_ban or "", so_ky_hieu, (ngay_ban_hanh or "")[:4]]
        return slug(" ".join(p for p in parts if p)) or slug(fallback) or "van-ban"
    return slug(fallback) or "van-ban"


def disambiguate(base: str, identity: bytes, taken: Container[str]) -> str:
    """A slug not in ``taken`` and not reserved: a suffix from the document's
    own bytes keeps it the same whatever order documents are ingested in."""
    if base not in taken and not is_reserved(base):
        return base
    digest = hashlib.sha1(identity).hexdigest()
    for length in range(6, 41, 2):
        candidate = f"{base}-{digest[:length]}"
        if candidate not in taken and not is_reserved(candidate):
            return candidate
    raise ValueError(f"cannot make a unique slug from {base!r}")
