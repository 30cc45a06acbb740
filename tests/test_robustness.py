"""Bad input and interruptions never stop the portal: no hang, no crash on
a hand-edited front matter, nothing half-written."""

import os
import random
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLES, build_site, sample, sample_slug
from vanban import cli, pipeline
from vanban.content import paths
from vanban.reading.decode import DecodeError
from vanban.site.publish import swap_in

PARTY_PLAN = sample_slug("001")

#: (field as written by hand, the code check reports)
BAD_VALUES = [
    ("ngay_ban_hanh: 2026-13-45", "FM-TYPE"),
    ("ngay_ban_hanh: 20260226", "FM-TYPE"),
    ("ngay_ban_hanh: true", "FM-TYPE"),
    ("so_ky_hieu: 123", "FM-TYPE"),
    ("so: '61'", "FM-TYPE"),
    ("da_sua_loi: 'có'", "FM-TYPE"),
    ("nguoi_ky: [Lê, Yến]", "FM-TYPE"),
    ("noi_nhan: Lưu VT", "FM-TYPE"),
    ("dan_chieu: [1, 2]", "FM-TYPE"),
    ("ngay_dang_tai: 2026-02-30", "FM-TYPE"),
    ("so_ky_hieu: [unclosed", "FM-YAML"),
]


def _edit(path: Path, line: str) -> int:
    """Replace the field's line; return its line number."""
    key = line.split(":")[0]
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, text in enumerate(lines) if text.startswith(f"{key}:"))
    end = at + 1
    while end < len(lines) and lines[end].startswith(("- ", "  ")):  # the old value's list items
        end += 1
    lines[at:end] = [line]
    path.write_text("\n".join(lines), encoding="utf-8")
    return at + 1


@pytest.fixture(scope="module")
def two_documents(tmp_path_factory):
    root = tmp_path_factory.mktemp("fm")
    build_site(root, [sample("001"), sample("002")])
    return root


@pytest.mark.parametrize("line, code", BAD_VALUES)
def test_a_bad_hand_edited_value_is_reported_and_only_its_document_is_skipped(two_documents, tmp_path, capsys,
                                                                              caplog, monkeypatch, line, code):
    shutil.copytree(two_documents, tmp_path / "p")
    root = tmp_path / "p"
    path = root / "content" / "van-ban" / f"{PARTY_PLAN}.md"
    number = _edit(path, line)
    assert cli.main(["check", "--content", str(root / "content")]) == 1
    err = capsys.readouterr().err
    where = f"content/van-ban/{PARTY_PLAN}.md"
    assert f"[{code}]" in err and where in err
    if code == "FM-TYPE":
        assert f"{where}:{number}:" in err
    monkeypatch.chdir(root)
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8")
                                     .replace(str(two_documents), str(root)), encoding="utf-8")
    with caplog.at_level("INFO", logger="mkdocs"):
        assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert where in logged and "1 documents published, 1 skipped" in logged
    assert not (root / "build" / "van-ban" / f"{PARTY_PLAN}.html").exists()
    others = [p for p in (root / "build" / "van-ban").glob("cong-van-*.html")]
    assert others  # the other document is published


def test_a_document_over_its_time_budget_is_published_with_what_was_read(monkeypatch):
    def structure_stage(doc):  # a stand-in for a stage that would not finish
        time.sleep(30)
        return doc

    monkeypatch.setattr(pipeline, "STAGES", tuple(structure_stage if s is pipeline.structure_stage else s
                                                  for s in pipeline.STAGES))
    started = time.monotonic()
    doc = pipeline.process(sample("002"), budget=0.5)
    assert time.monotonic() - started < 5
    slow = [d for d in doc.diagnostics if d.code == "TEXT-TOO-SLOW"]
    assert len(slow) == 1 and "structure" in slow[0].message
    assert "Sở Thông tin và Truyền thông" in doc.body_markdown  # the text as read, not nothing


def test_an_overlong_repair_leaves_the_text_unrepaired_and_reads_the_rest(monkeypatch):
    def slow_repair(text, *args, **kwargs):
        time.sleep(30)

    monkeypatch.setattr(pipeline, "repair_text", slow_repair)
    doc = pipeline.process(sample("004"), budget=0.5)
    assert [d.code for d in doc.diagnostics if d.code == "TEXT-TOO-SLOW"] == ["TEXT-TOO-SLOW"]
    assert not doc.repaired and doc.metadata.so_ky_hieu  # read as printed, fields and all


def _mutations(text: str, rng: random.Random) -> str:
    """What happens to files on their way: lines dropped, doubled, joined,
    bytes flipped, the whole file on one line."""
    lines = text.split("\n")
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(["drop", "insert", "join", "flip", "one line", "repeat"])
        if not lines:
            break
        at = rng.randrange(len(lines))
        if kind == "drop":
            del lines[at]
        elif kind == "insert":
            lines.insert(at, rng.choice(lines))
        elif kind == "join" and at + 1 < len(lines):
            lines[at:at + 2] = [lines[at] + lines[at + 1]]
        elif kind == "flip" and lines[at]:
            i = rng.randrange(len(lines[at]))
            lines[at] = lines[at][:i] + chr(rng.randrange(32, 0x1FFF)) + lines[at][i + 1:]
        elif kind == "one line":
            lines = [" ".join(lines)]
        elif kind == "repeat":
            lines[at] = " ".join([lines[at]] * rng.randint(2, 40))
    return "\n".join(lines)


def test_mutated_documents_never_crash_nor_overrun():
    """A few hundred mutated slices of the samples, each with a budget: any
    traceback fails, and so does a document that overruns it."""
    rng = random.Random(int(os.environ.get("VANBAN_FUZZ_SEED", "20")))
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for case in range(250):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        piece = _mutations(text[start:start + rng.randint(200, 3000)], rng)[:20_000]  # the repair reads ~20 KB/s
        try:
            doc = pipeline.process(Path(f"fuzz-{case}.txt"), piece.encode("utf-8"), budget=20)
        except DecodeError:
            continue
        assert not [d for d in doc.diagnostics if d.code == "TEXT-TOO-SLOW"], (case, piece[:200])


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _inputs(folder: Path, version: str) -> Path:
    """The samples and variants of them, enough to kill ingest in the middle;
    ``version`` changes every file (a department re-issuing corrected files)."""
    folder.mkdir(exist_ok=True)
    for source in sorted(SAMPLES.glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for n in range(4):
            numbered = re.sub(r"(Số:?\s*)(\d+)", lambda m, n=n: f"{m.group(1)}{int(m.group(2)) + 100 * n}", text,
                              count=1)
            (folder / f"{source.stem}-{n}.txt").write_text(f"{numbered}\n{version}\n", encoding="utf-8")
    return folder


def _ingest(inputs: Path, content: Path) -> subprocess.Popen:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")
    return subprocess.Popen([sys.executable, "-m", "vanban.cli", "ingest", "-q", "--jobs", "2", str(inputs),
                             "--content", str(content)], env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_ingest_killed_anywhere_and_run_again_equals_one_uninterrupted_run(tmp_path):
    """Re-ingest of corrected files, SIGKILL to the ingest process (not its
    workers) at several points, then ingest again: the same files as one
    uninterrupted run, and no worker of the killed run left."""
    first, second = _inputs(tmp_path / "v1", "Bản 1."), _inputs(tmp_path / "v2", "Bản 2.")
    base = tmp_path / "base"
    assert _ingest(first, base).wait() == 0
    whole = tmp_path / "whole"
    shutil.copytree(base, whole)
    started = time.monotonic()
    assert _ingest(second, whole).wait() == 0
    duration = time.monotonic() - started
    expected = _snapshot(whole)
    for fraction in (0.3, 0.7):
        content = tmp_path / f"killed-{fraction}"
        shutil.copytree(base, content)
        run = _ingest(second, content)
        time.sleep(duration * fraction)
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 2
        while _alive(run.pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not _alive(run.pid), "a worker of the killed ingest is still running"
        assert _ingest(second, content).wait() == 0
        assert _snapshot(content) == expected, fraction


class _Killed(BaseException):
    """Stands for the process dying: nothing catches it."""


def test_ingest_dying_at_any_write_is_redone_by_the_next_run(tmp_path, monkeypatch):
    """Every point between two writes of a document's files: the next ingest
    finds the document incomplete and redoes it, giving what one
    uninterrupted run gives."""
    from vanban.content import ingest as ingest_module

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")
    sources = [sample(p) for p in ("001", "002", "003")]
    first, second = tmp_path / "v1", tmp_path / "v2"
    for folder, version in ((first, "Bản 1."), (second, "Bản 2.")):
        folder.mkdir()
        for source in sources:
            (folder / source.name).write_text(source.read_text(encoding="utf-8") + f"\n{version}\n", "utf-8")
    base = tmp_path / "base"
    ingest_module.ingest([first], base, workers=1)
    whole = tmp_path / "whole"
    shutil.copytree(base, whole)
    ingest_module.ingest([second], whole, workers=1)
    expected = _snapshot(whole)
    real_write = ingest_module.write_atomic
    for dies_at in range(1, 12):
        content = tmp_path / f"dies-{dies_at}"
        shutil.copytree(base, content)
        calls = []

        def write_then_die(path, data, dies_at=dies_at, calls=calls):
            calls.append(path)
            if len(calls) == dies_at:
                raise _Killed
            return real_write(path, data)

        monkeypatch.setattr(ingest_module, "write_atomic", write_then_die)
        with pytest.raises(_Killed):
            ingest_module.ingest([second], content, workers=1)
        monkeypatch.setattr(ingest_module, "write_atomic", real_write)
        ingest_module.ingest([second], content, workers=1)
        assert _snapshot(content) == expected, f"died at write {dies_at}: {calls[-1]}"


def test_an_interrupted_document_is_left_out_of_the_build_until_ingest_redoes_it(tmp_path, capsys):
    site = build_site(tmp_path, [sample("001"), sample("002")])
    content = tmp_path / "content"
    marker = content / paths.pending_path(PARTY_PLAN)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text("001.txt", encoding="utf-8")
    assert cli.main(["check", "--content", str(content)]) == 1
    assert "INGEST-INCOMPLETE" in capsys.readouterr().err
    os.chdir(tmp_path)
    try:
        assert cli.main(["build", "-f", "mkdocs.yml"]) == 0
    finally:
        os.chdir(ROOT)
    assert not (site / "van-ban" / f"{PARTY_PLAN}.html").exists()
    cli.main(["ingest", "-q", str(sample("001")), "--content", str(content)])
    assert not marker.exists()


def test_the_site_path_always_holds_a_whole_site_during_a_swap(tmp_path):
    site = tmp_path / "build"
    site.mkdir()
    (site / "index.html").write_text("0", encoding="utf-8")
    missing = []
    stop = threading.Event()

    def watch():
        while not stop.is_set():
            try:
                (site / "index.html").read_text(encoding="utf-8")
            except OSError:
                missing.append(time.monotonic())

    watcher = threading.Thread(target=watch)
    watcher.start()
    try:
        for n in range(1, 200):
            new = tmp_path / f"new-{n}"
            new.mkdir()
            (new / "index.html").write_text(str(n), encoding="utf-8")
            old = swap_in(new, site)
            assert old is not None and (old / "index.html").read_text(encoding="utf-8") == str(n - 1)
            shutil.rmtree(old)
    finally:
        stop.set()
        watcher.join()
    assert (site / "index.html").read_text(encoding="utf-8") == "199"
    assert missing == []
