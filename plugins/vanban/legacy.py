"""Pre-Unicode single-byte encodings used by Vietnamese offices."""

from __future__ import annotations


def decode_legacy(raw: bytes) -> tuple[str, str]:
    """Decode bytes that are not UTF-8.

    Windows-1258 stores tone marks as separate combining characters; the
    caller normalises to NFC, which composes them.
    """
    return raw.decode("cp1258", errors="replace"), "Windows-1258"
