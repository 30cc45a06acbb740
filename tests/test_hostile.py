"""Hostile and broken input: a clear message naming the file, the exit
status, and nothing else lost or changed."""

import hashlib
import os
import subprocess
import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import build_site, sample
from vanban import cli
from vanban.content.files import write_atomic
from vanban.model import Document
from vanban.pipeline import STAGES
from vanban.reading import decode as decode_module
from vanban.reading.decode import decode
from vanban.reading.legacy import TCVN3_LETTERS
from vanban.site.render import render

TEXT = "kế hoạch của ủy ban nhân dân tỉnh về việc tăng cường công tác dân vận ở cơ sở; người dân được hưởng lợi"


def to_tcvn3(text: str) -> bytes:
    inverse = {letter: byte for byte, letter in TCVN3_LETTERS.items()}
    return bytes(inverse.get(c, ord(c)) for c in text)


def to_vni(text: str) -> bytes:
    tones = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
    hat = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
    breve = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
    i_tones = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
    out = []
    for char in text:
        d = unicodedata.normalize("NFD", char)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in tones), "")
        if char in "đĐ":
            out.append("ñ" if char == "đ" else "Ñ")
        elif base == "i" and tone:
            out.append(i_tones[tone])
        elif "\u0302" in marks:
            out.append(base + hat[tone])
        elif "\u0306" in marks:
            out.append(base + breve[tone])
        elif "\u031b" in marks:
            out.append({"o": "ô", "u": "ö"}[base] + tones.get(tone, ""))
        else:
            out.append(base + tones.get(tone, ""))
    return "".join(out).encode("cp1252")


@pytest.mark.parametrize("raw, name", [(to_tcvn3(TEXT), "TCVN3 (ABC)"), (to_vni(TEXT), "VNI-Windows")])
def test_legacy_vietnamese_encodings_are_detected_and_converted(raw, name):
    assert decode(raw) == (TEXT, name)


def test_a_file_cut_inside_its_last_character_is_still_utf8():
    text, encoding = decode((TEXT + " lợ").encode("utf-8")[:-1])
    assert encoding == "UTF-8 (truncated)" and text.startswith(TEXT)


def test_ingest_says_which_encoding_it_read(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "abc.txt").write_bytes(to_tcvn3("Số: 12/KH-UBND Hà Nội, ngày 02 tháng 3 năm 2024\n\n" + TEXT))
    out = subprocess.run([sys.executable, "-m", "vanban.cli", "ingest", str(tmp_path / "in"), "--content",
                          str(tmp_path / "c"), "-v"], capture_output=True, text=True)
    assert out.returncode == 0
    assert "abc.txt: read as TCVN3 (ABC) [INPUT-ENCODING]" in out.stderr


def _digest(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


BAD_INPUTS = {
    "empty.txt": (b"", "INPUT-EMPTY", "the file is empty"),
    "spaces.txt": (b"  \n \t\n", "INPUT-EMPTY", "the file is empty"),
    "scan.pdf": (b"%PDF-1.7\n%binary", "INPUT-FORMAT", "this is a PDF file, not text"),
    "letter.docx": (b"PK\x03\x04\x14\x00\x06\x00", "INPUT-FORMAT", "ZIP container (DOCX, XLSX or ODT)"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "INPUT-FORMAT", "legacy Microsoft Office file"),
    "photo.png": (b"\x89PNG\r\n\x1a\n\x00\x00", "INPUT-FORMAT", "PNG image"),
    "blob.bin": (b"\x00\x01\x02\x03" * 50 + b"\xff\xfe\xfd", "INPUT-BINARY", "binary data"),
}


def test_bad_files_are_refused_by_name_and_the_rest_is_published(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, (raw, _, _) in BAD_INPUTS.items():
        (src / name).write_bytes(raw)
    (src / "good.txt").write_bytes(sample("002").read_bytes())
    before = _digest(src)
    out = subprocess.run([sys.executable, "-m", "vanban.cli", "ingest", str(src), "--content", str(tmp_path / "c")],
                         capture_output=True, text=True)
    assert out.returncode == 1
    for name, (_, code, message) in BAD_INPUTS.items():
        line = next(line for line in out.stderr.splitlines() if line.startswith(str(src / name)))
        assert f"[{code}]" in line and message in line and ";" in line  # what, and what to do
    assert "1 written" in out.stdout and f"{len(BAD_INPUTS)} failed" in out.stdout
    assert _digest(src) == before  # originals untouched
    assert len(list((tmp_path / "c" / "van-ban").glob("*.md"))) == 1


def test_a_file_too_large_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(decode_module, "MAX_BYTES", 1000)
    big = tmp_path / "big.txt"
    big.write_bytes(sample("004").read_bytes())
    assert cli.main(["extract", str(big)]) == 1


def test_two_documents_claiming_one_number_are_both_kept_and_reported(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(sample("004").read_bytes())
    (src / "b.txt").write_bytes(sample("004").read_bytes() + "\n(Bản sao)\n".encode("utf-8"))
    assert cli.main(["ingest", str(src), "--content", str(tmp_path / "c")]) == 0
    err = capsys.readouterr().err
    assert err.count("[DUP-NUMBER]") == 2 and "61/KH-UBND of 2026-02-26 is also claimed by" in err
    assert len(list((tmp_path / "c" / "van-ban").glob("*.md"))) == 2
    assert cli.main(["check", "--content", str(tmp_path / "c")]) == 1
    assert capsys.readouterr().err.count("[DUP-NUMBER]") == 2


def test_check_passes_on_good_content(tmp_path):
    cli.main(["ingest", str(sample("001")), "--content", str(tmp_path)])
    assert cli.main(["check", "--content", str(tmp_path)]) == 0


def test_atomic_write_leaves_the_old_file_when_it_fails(tmp_path, monkeypatch):
    target = tmp_path / "doc.md"
    target.write_text("old", encoding="utf-8")

    def broken_replace(*args):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.md"]


def test_a_failed_build_leaves_the_published_site_as_it_was(tmp_path, monkeypatch):
    site = build_site(tmp_path, [sample("002")])
    before = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    config = (tmp_path / "mkdocs.yml").read_text(encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(config + "\nstrict: true\n", encoding="utf-8")
    (tmp_path / "content" / "broken-link.md").write_text("[x](khong-co.md)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", "-f", str(tmp_path / "mkdocs.yml")]) == 1
    after = {p.relative_to(site): p.read_bytes() for p in site.rglob("*") if p.is_file()}
    assert after == before
    assert not list(tmp_path.glob("build.tmp-*"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_go_through_every_stage_or_are_refused(raw):
    doc = Document(source=__import__("pathlib").Path("fuzz.txt"), raw=raw)
    try:
        for stage in STAGES:
            doc = stage(doc)
    except decode_module.DecodeError:
        return
    html = render(doc.body_markdown).html
    assert "<script" not in html.lower()


_DOCUMENT_LINES = st.sampled_from([
    "Số: 12/KH-UBND  Hà Nội, ngày 02 tháng 3 năm 2024", "KẾ HOẠCH", "Về việc <script>alert(1)</script>", "",
    "Kính gửi:", "- Sở Nội vụ;", "I. MỤC ĐÍCH", "1. Nội dung", "a) Mục", "- ý", "Nơi nhận:", "KT. CHỦ TỊCH",
    "Nguyễn Văn A", "1 Ghi chú", " tiếp tục", "[x](javascript:alert(1))", "Chỉ thị số 26-CT/TU ngày 25/9/2023",
    "S6:61 /KH-UBND", "Pang uy", "2026-02-26T10:17:22+0700", "**", "|. MUC", "<img src=x onerror=alert(1)>",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_DOCUMENT_LINES, st.text(max_size=60)), max_size=50))
def test_document_shaped_text_goes_through_every_stage(lines):
    doc = Document(source=__import__("pathlib").Path("fuzz.txt"), raw="\n".join(lines).encode("utf-8"))
    try:
        for stage in STAGES:
            doc = stage(doc)
    except decode_module.DecodeError:
        return
    html = render(doc.body_markdown, [(c.text, "x.html") for c in doc.citations if c.text]).html
    assert "<script" not in html.lower() and "<img" not in html.lower() and 'href="javascript' not in html.lower()
