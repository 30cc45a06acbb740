"""Nothing leaks, nothing runs: every value from a document or a hand-edited
front matter is text wherever it lands; paths stay inside content/."""

import csv
import io
import json
import os
import re
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT, build_site, sample
from test_hostile import TEXT, to_tcvn3
from vanban import cli
from vanban.reading.decode import decode
from vanban.site.opendata import as_csv
from vanban.site.render import render

#: A payload per field; each shows itself by its number if it ever runs.
PAYLOADS = {
    "loai_van_ban": "<script>alert(101)</script>",
    "so_ky_hieu": "5/<img src=x onerror=alert(102)>",
    "co_quan_ban_hanh": "<svg onload=alert(103)>",
    "co_quan_chu_quan": "</title><script>alert(104)</script>",
    "dia_danh": "<iframe src=javascript:alert(105)>",
    "trich_yeu": "&lt;script&gt;alert(106)&lt;/script&gt; <b onmouseover=alert(107)>x</b>",
    "nguoi_ky": "\"><script>alert(108)</script>",
    "chuc_vu_ky": "<details open ontoggle=alert(109)>",
}

HOSTILE = """---
so_ky_hieu: {so_ky_hieu!r}
so: 5
ky_hieu: KH
loai_van_ban: {loai_van_ban!r}
co_quan_ban_hanh: {co_quan_ban_hanh!r}
co_quan_chu_quan: {co_quan_chu_quan!r}
ngay_ban_hanh: '2025-05-05'
dia_danh: {dia_danh!r}
trich_yeu: {trich_yeu!r}
kinh_gui: ['<script>alert(110)</script>']
noi_nhan: ['<img src=x onerror=alert(111)>']
nguoi_ky: {nguoi_ky!r}
chuc_vu_ky: {chuc_vu_ky!r}
dan_chieu:
- {{loai_van_ban: '<script>alert(112)</script>', so_ky_hieu: '9-<b>alert(113)</b>/TU', ngay_ban_hanh: '2024-01-01',
   co_quan_ban_hanh: '<img src=x onerror=alert(114)>'}}
- {{loai_van_ban: '<svg onload=alert(115)>', so_ky_hieu: null, co_quan_ban_hanh: '<script>alert(116)</script>'}}
da_sua_loi: false
---

# <script>alert(117)</script> mục

Văn bản [a](//evil.example/x) và [b](javascript:alert(118)).
""".format(**{k: v for k, v in PAYLOADS.items()})


class _LiveMarkup(HTMLParser):
    """Finds markup that would run: a payload's script, handler or URL."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.live: list[str] = []
        self._script = False

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self._script = True
        for name, value in attrs:
            value = value or ""
            if "alert(" in value and (name.startswith("on") or value.strip().lower().startswith("javascript")):
                self.live.append(f"<{tag} {name}={value!r}>")
        if tag in ("img", "iframe") and dict(attrs).get("src") in ("x", "javascript:alert(105)"):
            self.live.append(f"<{tag} src>")  # a payload's element, alive

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = False

    def handle_data(self, data):
        if self._script and "alert(1" in data:
            self.live.append(f"<script>{data[:60]}")


def live_markup(html: str) -> list[str]:
    parser = _LiveMarkup()
    parser.feed(html)
    return parser.live


@pytest.fixture(scope="module")
def hostile_values_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("values")
    site = build_site(tmp, [sample("002")], {"van-ban/tay-sua.md": HOSTILE}, page_size=1)
    return site


def test_no_page_of_any_kind_holds_live_markup_from_any_field(hostile_values_site):
    pages = sorted(hostile_values_site.rglob("*.html"))
    kinds = {p.relative_to(hostile_values_site).parts[0] for p in pages}
    assert {"van-ban", "lien-ket.html", "tim-kiem.html", "index.html"} <= kinds
    names = {p.relative_to(hostile_values_site).as_posix() for p in pages}
    assert "van-ban/tay-sua.html" in names and any(n.startswith("van-ban/co-quan/") for n in names)
    assert any(n.startswith("van-ban/loai/") for n in names)
    for page in pages:
        assert live_markup(page.read_text(encoding="utf-8")) == [], page
    document = (hostile_values_site / "van-ban" / "tay-sua.html").read_text(encoding="utf-8")
    title = re.search(r"<title>(.*?)</title>", document, re.S).group(1)
    assert "<script" not in title and "&lt;script&gt;alert(101)" in title
    assert 'href="//evil.example/x" rel="noopener noreferrer nofollow"' in document


def test_feeds_json_and_search_carry_values_as_text(hostile_values_site):
    import xml.etree.ElementTree as ET

    for feed in hostile_values_site.rglob("*.xml"):
        ET.parse(feed)  # well-formed
    data = json.loads((hostile_values_site / "du-lieu" / "van-ban" / "tay-sua.json").read_text(encoding="utf-8"))
    assert data["loai_van_ban"] == PAYLOADS["loai_van_ban"]


def test_hostile_values_run_nothing_in_chromium(page, hostile_values_site):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pages = sorted(hostile_values_site.rglob("*.html"))
    for path in pages:
        if "tim-kiem" in path.name or path.parent.name == "tim-kiem":
            continue
        page.goto(path.as_uri())
    page.goto((hostile_values_site / "tim-kiem.html").as_uri() + "?q=alert")
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.foreign_requests == []


test_hostile_values_run_nothing_in_chromium = pytest.mark.browser(test_hostile_values_run_nothing_in_chromium)


@pytest.mark.parametrize("field, value, code", [
    ("nguon", "../../../../../../etc/passwd", "FM-TYPE"),
    ("nguon", "/etc/passwd", "FM-TYPE"),
    ("nguon", "nguon/../../etc/passwd", "FM-TYPE"),
    ("nguon", "javascript:alert(16)", "FM-TYPE"),
    ("tep_goc", "../x.txt", "FM-TYPE"),
    ("trich_yeu", "x" * 10_001, "FM-TYPE"),
    ("trich_yeu", "gnp\u202e.exe", "FM-CONTROL"),
    ("nguoi_ky", "Lê\x07 Yến", "FM-CONTROL"),
])
def test_check_reports_hostile_values_with_file_and_line(tmp_path, capsys, field, value, code):
    content = tmp_path / "content" / "van-ban"
    content.mkdir(parents=True)
    (content / "a.md").write_text(f"---\nso_ky_hieu: 1/KH\n{field}: {json.dumps(value)}\n---\n\nx\n", "utf-8")
    assert cli.main(["check", "--content", str(tmp_path / "content")]) == 1
    err = capsys.readouterr().err
    assert f"content/van-ban/a.md:3: {field}" in err and f"[{code}]" in err


def test_nothing_outside_content_is_published(tmp_path):
    """nguon pointing out, a symlink in the input and one in content/:
    /etc/passwd appears nowhere in the site."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "passwd.txt").symlink_to("/etc/passwd")
    (inputs / "real.txt").write_bytes(sample("002").read_bytes())
    extra = {f"van-ban/{name}.md": f"---\nso_ky_hieu: {name}/KH\nnguon: {json.dumps(path)}\n---\n\nx\n"
             for name, path in (("t1", "../../../../../../etc/passwd"), ("t2", "/etc/passwd"),
                                ("t3", "nguon/../../etc/passwd"))}
    report_site = build_site(tmp_path, [inputs], extra)
    (tmp_path / "content" / "nguon" / "lien-ket.txt").symlink_to("/etc/passwd")
    os.chdir(tmp_path)
    try:
        assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    finally:
        os.chdir(ROOT)
    passwd = Path("/etc/passwd").read_text(encoding="utf-8").splitlines()[0]
    for path in report_site.rglob("*"):
        if path.is_file():
            assert passwd not in path.read_text(encoding="utf-8", errors="replace"), path
            assert 'href="../etc/passwd"' not in path.read_text(encoding="utf-8", errors="replace")
    assert not (report_site / "nguon" / "passwd.txt").exists() and not (report_site / "nguon" / "lien-ket.txt").exists()


def test_ingest_skips_links_out_of_the_folder_and_special_files(tmp_path, capsys):
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "passwd.txt").symlink_to("/etc/passwd")
    os.mkfifo(inputs / "fifo.txt")
    (inputs / "real.txt").write_bytes(sample("002").read_bytes())
    done = []
    worker = threading.Thread(target=lambda: done.append(cli.main(["ingest", "-q", str(inputs), "--content",
                                                                   str(tmp_path / "content")])))
    worker.start()
    worker.join(60)
    assert done == [1], "ingest blocked on a FIFO or did not report the skipped files"
    err = capsys.readouterr().err
    assert "passwd.txt" in err and "[INPUT-LINK]" in err and "fifo.txt" in err and "[INPUT-SPECIAL]" in err
    assert len(list((tmp_path / "content" / "van-ban").glob("*.md"))) == 1


def test_csv_cells_never_start_a_formula():
    entries = [{"slug": "a", "so_ky_hieu": "-KH/ĐU", "trich_yeu": '=HYPERLINK("http://evil.example","Bấm")',
                "nguoi_ky": "+1+cmd|' /C calc'!A0", "dia_danh": "@SUM(1)", "co_quan_ban_hanh": "\tx",
                "noi_nhan": ["=1+1", "Lưu VT"]}]
    rows = list(csv.DictReader(io.StringIO(as_csv(entries).lstrip("\ufeff"))))
    for key, cell in rows[0].items():
        assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), (key, cell)
    assert rows[0]["so_ky_hieu"] == "'-KH/ĐU"


def test_csv_opened_by_libreoffice_evaluates_no_formula(tmp_path):
    soffice = next((p for p in ("/usr/bin/soffice", "/usr/bin/libreoffice") if Path(p).exists()), None)
    if soffice is None:
        pytest.skip("LibreOffice is not installed; the cell rule is tested above")
    (tmp_path / "in.csv").write_text(as_csv([{"trich_yeu": "=1+41"}]), encoding="utf-8")
    subprocess.run([soffice, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir",
                    str(tmp_path / "out"), str(tmp_path / "in.csv")], check=True, timeout=120, capture_output=True)
    assert "42" not in (tmp_path / "out" / "in.csv").read_text(encoding="utf-8")


def test_outside_links_are_marked_and_bidi_controls_removed():
    html = render("[a](//evil.example/x) [b](https://x.example) [c](khac.html)").html
    assert html.count('rel="noopener noreferrer nofollow"') == 2 and '<a href="khac.html">' in html
    from vanban.reading.clean import clean_lines

    assert clean_lines("tệp gnp\u202e.exe \u2066x\u2069") == ["tệp gnp.exe x"]


def test_a_file_in_two_encodings_is_read_part_by_part():
    utf8 = "Ủy ban nhân dân tỉnh Lạng Sơn\nKẾ HOẠCH thực hiện công tác\n".encode()
    text, encoding = decode(utf8 + to_tcvn3(TEXT) + b"\n" + to_tcvn3(TEXT) + b"\n")
    assert text.split("\n")[:4] == ["Ủy ban nhân dân tỉnh Lạng Sơn", "KẾ HOẠCH thực hiện công tác", TEXT, TEXT]
    assert "mixed" in encoding and "TCVN3" in encoding


def test_a_stray_nul_is_dropped_and_said():
    from vanban.pipeline import process

    raw = sample("002").read_bytes()
    doc = process(Path("nul.txt"), raw[:200] + b"\x00" + raw[200:])
    assert "INPUT-NUL" in [d.code for d in doc.diagnostics]
    assert doc.text == decode(raw)[0]
    with pytest.raises(Exception, match="binary"):
        decode(raw[:200] + b"\x00" * 40 + raw[200:])


ALIAS_BOMB = """---
so_ky_hieu: 1/KH
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
noi_nhan: [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---

x
"""


def test_an_alias_bomb_and_a_huge_field_are_refused_and_the_rest_publishes(tmp_path):
    """In a separate process, to measure its peak memory."""
    code = f"""
import resource, sys
sys.path.insert(0, {str(ROOT / 'tests')!r})
from pathlib import Path
from conftest import build_site, sample
tmp = Path({str(tmp_path)!r})
site = build_site(tmp, [sample("002")], {{"van-ban/bom.md": {ALIAS_BOMB!r},
                   "van-ban/lon.md": "---\\nso_ky_hieu: 2/KH\\ntrich_yeu: '" + "x" * 10_000_000 + "'\\n---\\n\\nx\\n"}})
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-2000:]
    peak_kb = int(run.stdout.strip().splitlines()[-1])
    assert peak_kb < 1_000_000
    site = tmp_path / "build"
    assert not (site / "van-ban" / "bom.html").exists() and not (site / "van-ban" / "lon.html").exists()
    assert len(list((site / "van-ban").glob("cong-van-*.html"))) == 1
    assert sum(p.stat().st_size for p in site.rglob("*") if p.is_file()) < 50_000_000


def test_two_ingests_at_once_give_what_one_gives(tmp_path):
    sources = sorted(Path(ROOT / "samples").glob("*.txt"))
    halves = [tmp_path / "a", tmp_path / "b"]
    for i, half in enumerate(halves):
        half.mkdir()
        for source in sources[i::2]:
            (half / source.name).write_bytes(source.read_bytes())
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    run = [sys.executable, "-m", "vanban.cli", "ingest", "-q", "--content"]
    from vanban.content.lock import exclusive

    with exclusive(tmp_path / "both"):  # held until both have started: they must meet at the lock
        together = [subprocess.Popen(run + [str(tmp_path / "both"), str(h)], env=env, stderr=subprocess.PIPE,
                                     text=True) for h in halves]
        time.sleep(3)
    errors = [p.communicate(timeout=300)[1] for p in together]
    assert [p.returncode for p in together] == [0, 0]
    assert any("waiting for another vanban run" in e for e in errors)
    subprocess.run(run + [str(tmp_path / "one"), str(halves[0]), str(halves[1])], env=env, check=True)

    def snapshot(folder):
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    assert snapshot(tmp_path / "both") == snapshot(tmp_path / "one")
