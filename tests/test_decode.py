import codecs

import pytest

from vanban.reading.decode import DecodeError, decode

TEXT = "Ủy ban nhân dân tỉnh Lạng Sơn\nKế hoạch số 61/KH-UBND về công tác dân vận năm 2026"


@pytest.mark.parametrize("raw, encoding", [
    (TEXT.encode("utf-8"), "UTF-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 (BOM)"),
    (TEXT.encode("utf-16"), "UTF-16 (BOM)"),
    (TEXT.encode("utf-16-le"), "UTF-16-LE"),
    (TEXT.encode("utf-16-be"), "UTF-16-BE"),
])
def test_unicode_encodings_decode_to_the_same_text(raw, encoding):
    text, found = decode(raw)
    assert text == TEXT
    assert found == encoding


def test_windows_1258_with_combining_marks_becomes_nfc():
    # Windows-1258 has ê, ơ, ư... but writes the tone as a combining mark.
    raw = "Kê\u0301 hoa\u0323ch cu\u0309a U\u0309y ban".encode("cp1258")
    text, found = decode(raw)
    assert text == "Kế hoạch của Ủy ban"
    assert found == "Windows-1258"


def test_crlf_becomes_lf():
    assert decode(b"a\r\nb\rc")[0] == "a\nb\nc"


def _read_as_windows_1252(raw: bytes) -> str:
    """How Windows programs read UTF-8 as 1252: undefined bytes pass through."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in raw)


@pytest.mark.parametrize("reading", ["latin-1", "cp1252"])
def test_mojibake_is_undone(reading):
    sentence = "Kế hoạch của Đảng ủy về công tác dân vận ở Lạng Sơn năm nay"
    raw = sentence.encode("utf-8")
    garbled = raw.decode("latin-1") if reading == "latin-1" else _read_as_windows_1252(raw)
    text, found = decode(garbled.encode("utf-8"))
    assert text == sentence and "mojibake" in found


def test_clean_text_with_a_capital_a_tilde_is_left_alone():
    assert decode("Ông Ã và Ê".encode("utf-8"))[0] == "Ông Ã và Ê"


@pytest.mark.parametrize("raw, code", [
    (b"", "INPUT-EMPTY"),
    (b"  \n\t ", "INPUT-EMPTY"),
    (b"%PDF-1.7\n...", "INPUT-FORMAT"),
    (b"PK\x03\x04rest", "INPUT-FORMAT"),
    (b"\x00\x01\x02\x03binary\x00\x00\x00\xff\xfe", "INPUT-BINARY"),
])
def test_non_text_is_refused_with_a_reason(raw, code):
    with pytest.raises(DecodeError) as err:
        decode(raw)
    assert err.value.code == code
    assert err.value.hint
