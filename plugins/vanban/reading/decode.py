"""Bytes → NFC text: pick the encoding a Vietnamese office file was saved in."""

from __future__ import annotations

import codecs
import re

from vanban.text.letters import nfc, vietnamese_letter_share

from .legacy import decode_legacy

MAX_BYTES = 20 * 1024 * 1024  #: larger "text" files are rejected, not read
STRAY_NULS = 16  #: NUL bytes a text file may hold by accident (dropped, and said); more is binary
NULS_DROPPED = "NUL bytes dropped"  #: in the encoding's name when it happened
MIXED = "mixed encodings"  #: in the encoding's name of a file read part by part
MIXED_MIN_LINES = 2  #: non-ASCII lines each part needs before a file counts as mixed


class DecodeError(ValueError):
    """The file is not a text document vanban can read; the message says why."""

    def __init__(self, code: str, message: str, hint: str):
        super().__init__(message)
        self.code, self.message, self.hint = code, message, hint


_SIGNATURES = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP container (DOCX, XLSX or ODT)"),
    (b"\xd0\xcf\x11\xe0", "a legacy Microsoft Office file (DOC/XLS)"),
    (b"{\\rtf", "an RTF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
)
_SUPPORTED = "plain text (UTF-8, UTF-16, Windows-1258, TCVN3, VNI); convert it to text first"

# UTF-8 bytes of Vietnamese letters read as Windows-1252/Latin-1 and saved
# again: "Lạng" becomes "Láº¡ng", "Sơn" becomes "SÆ¡n".
_MOJIBAKE = re.compile("Ã[\u0080-\u00ff]|Ä[\u0080-\u00ff]|Æ[\u0080-\u00ff]|á[º»¹¼½¾]")


def decode(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding name)``; raise :class:`DecodeError` for non-text."""
    _reject_non_text(raw)
    text, encoding = _decode_bytes(raw)
    fixed = _undo_mojibake(text)
    if fixed is not None:
        text, encoding = fixed, f"{encoding} (mojibake UTF-8/Windows-1252 undone)"
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if _looks_binary(text):
        raise DecodeError("INPUT-BINARY", "the file holds binary data, not text", f"vanban reads {_SUPPORTED}")
    if not text.strip():
        raise DecodeError("INPUT-EMPTY", "the file has no text", "check that the export worked")
    return text, encoding


def _reject_non_text(raw: bytes) -> None:
    if not raw.strip():
        raise DecodeError("INPUT-EMPTY", "the file is empty", "check that the export worked")
    if len(raw) > MAX_BYTES:
        raise DecodeError(
            "INPUT-TOO-LARGE",
            f"the file is {len(raw) / 1e6:.1f} MB, over the {MAX_BYTES // 1_000_000} MB limit for one document",
            "split it into its documents",
        )
    for magic, what in _SIGNATURES:
        if raw.startswith(magic):
            raise DecodeError("INPUT-FORMAT", f"this is {what}, not text", f"vanban reads {_SUPPORTED}")


def _decode_bytes(raw: bytes) -> tuple[str, str]:
    if raw.startswith(codecs.BOM_UTF8):
        return raw[3:].decode("utf-8", errors="replace"), "UTF-8 (BOM)"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace"), "UTF-16 (BOM)"
    utf16 = _guess_utf16(raw)
    if utf16:
        return raw.decode(utf16, errors="replace"), utf16.upper()
    dropped = ""
    if b"\x00" in raw:
        if raw.count(b"\x00") > STRAY_NULS:
            raise DecodeError("INPUT-BINARY", "the file holds binary data, not text", f"vanban reads {_SUPPORTED}")
        raw, dropped = raw.replace(b"\x00", b""), f" ({NULS_DROPPED})"
    try:
        return raw.decode("utf-8"), "UTF-8" + dropped
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and exc.reason == "unexpected end of data":
            # A file cut off inside its last character: UTF-8 all the same.
            return raw[:exc.start].decode("utf-8") + "\ufffd", "UTF-8 (truncated)" + dropped
    mixed = _decode_mixed(raw)
    if mixed is not None:
        return mixed[0], mixed[1] + dropped
    text, encoding = decode_legacy(raw)
    return text, encoding + dropped


def _decode_mixed(raw: bytes) -> tuple[str, str] | None:
    """A file pasted together from a UTF-8 part and a legacy one (TCVN3,
    VNI, Windows-1258): each line is read in the encoding it is valid in,
    the legacy lines together, as one text would be."""
    lines = raw.split(b"\n")
    utf8 = [_utf8(line) if not line.isascii() else None for line in lines]
    legacy = [i for i, line in enumerate(lines) if not line.isascii() and utf8[i] is None]
    if sum(1 for i, t in enumerate(utf8) if t is not None) < MIXED_MIN_LINES or len(legacy) < MIXED_MIN_LINES:
        return None
    text, encoding = decode_legacy(b"\n".join(lines[i] for i in legacy))
    decoded = dict(zip(legacy, text.split("\n")))
    out = [utf8[i] if utf8[i] is not None else decoded.get(i, "") if i in decoded else line.decode("ascii")
           for i, line in enumerate(lines)]
    return "\n".join(out), f"{MIXED}: UTF-8 and {encoding}"


def _utf8(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


_NOT_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd\ue000-\uf8ff]")
BINARY_SHARE = 0.05  #: text has next to no control characters or undecodable bytes


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    return bool(sample) and len(_NOT_TEXT.findall(sample)) > BINARY_SHARE * len(sample)


def _guess_utf16(raw: bytes) -> str | None:
    """UTF-16 without BOM: ASCII letters leave a zero byte in every pair."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / (len(sample) / 2)
    odd = sample[1::2].count(0) / (len(sample) / 2)
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


def _as_single_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 (or Latin-1) reading turned into ``text``."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
        except UnicodeEncodeError:
            if ord(char) > 0xFF:
                return None
            out.append(ord(char))  # C1 bytes that Latin-1 keeps as they are
    return bytes(out)


def _undo_mojibake(text: str) -> str | None:
    if len(_MOJIBAKE.findall(text)) < 3:
        return None
    raw = _as_single_bytes(text)
    if raw is None:
        return None
    try:
        fixed = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if vietnamese_letter_share(fixed) > vietnamese_letter_share(text) else None
