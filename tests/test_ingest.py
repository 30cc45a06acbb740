import shutil

from conftest import ROOT, SAMPLES, read_front_matter, sample, sample_slug, write_front_matter
from vanban.content.ingest import ingest

# The samples' slugs, as ingest named them (see content/)
PARTY_LETTER = sample_slug("000")
PLAN_61 = sample_slug("004")


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_ingest_writes_markdown_and_the_original_byte_for_byte(tmp_path):
    report = ingest([SAMPLES], tmp_path)
    assert len(report.written) == 5 and not report.failed
    for slug in report.written:
        meta, body = read_front_matter(tmp_path / "van-ban" / f"{slug}.md")
        original = tmp_path / meta["nguon"]
        assert meta["nguon"] == f"nguon/{slug}.txt"
        assert original.read_bytes() == (SAMPLES / meta["tep_goc"]).read_bytes()
        assert body.strip()


def test_slugs_read_well_and_are_unique(tmp_path):
    report = ingest([SAMPLES], tmp_path)
    assert "ke-hoach-61-kh-ubnd-2026" in report.written  # type, number, year: what a reader would guess
    assert "cong-van-1275-cv-duk-2023" in report.written
    assert len(set(report.written)) == len(report.written)


def test_rerunning_ingest_changes_nothing(tmp_path):
    ingest([SAMPLES], tmp_path)
    before = snapshot(tmp_path)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")}
    report = ingest([SAMPLES], tmp_path)
    assert report.written == [] and len(report.unchanged) == 5
    assert snapshot(tmp_path) == before
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*")} == mtimes


def test_two_documents_with_the_same_identity_get_two_slugs_in_any_order(tmp_path):
    a, b = tmp_path / "in" / "a", tmp_path / "in" / "b"
    a.mkdir(parents=True), b.mkdir(parents=True)
    shutil.copy(sample("004"), a / "one.txt")
    (b / "two.txt").write_bytes(sample("004").read_bytes() + b"\nBan sao co sua doi.\n")
    first = ingest([a, b], tmp_path / "c1").written
    second = ingest([b, a], tmp_path / "c2").written
    assert len(set(first)) == 2 and sorted(first) == sorted(second)


def test_a_bad_file_does_not_stop_the_others(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(sample("002"), src / "good.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "scan.pdf").write_bytes(b"%PDF-1.5 binary")
    report = ingest([src], tmp_path / "content")
    assert len(report.written) == 1
    assert sorted(d.code for d in report.diagnostics if d.level == "error") == ["INPUT-EMPTY", "INPUT-FORMAT"]
    assert all(str(src) in d.path for d in report.diagnostics if d.level == "error")


def test_a_markdown_original_is_published_as_text_not_as_a_page(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "cv.md").write_bytes(sample("002").read_bytes())
    report = ingest([src], tmp_path / "content")
    meta, _ = read_front_matter(tmp_path / "content" / "van-ban" / f"{report.written[0]}.md")
    assert meta["tep_goc"] == "cv.md.txt" and meta["nguon"].endswith(".txt")


def test_committed_content_is_what_ingest_of_the_samples_makes(tmp_path, monkeypatch):
    from datetime import datetime

    meta, _ = read_front_matter(ROOT / "content" / "van-ban" / f"{PLAN_61}.md")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(datetime.fromisoformat(meta["ngay_dang_tai"]).timestamp())))
    ingest([SAMPLES], tmp_path)
    committed = {k: v for k, v in snapshot(ROOT / "content").items() if k != "index.md"}
    assert snapshot(tmp_path) == committed, "content/ is stale: run `make content` and commit it"


def test_content_in_the_layout_before_tep_goc_moves_to_flat_originals(tmp_path):
    """Content ingested when originals lived at nguon/<slug>/<name> is
    recognised by that name: re-ingesting moves the original, keeps the slug
    and leaves no old folder behind."""
    ingest([SAMPLES], tmp_path)
    md = tmp_path / "van-ban" / f"{PLAN_61}.md"
    meta, body = read_front_matter(md)
    old = tmp_path / "nguon" / PLAN_61 / meta["tep_goc"]
    old.parent.mkdir()
    (tmp_path / meta["nguon"]).rename(old)
    meta["nguon"], meta["tep_goc"] = f"nguon/{PLAN_61}/{old.name}", None
    write_front_matter(md, meta, body)
    report = ingest([SAMPLES], tmp_path)
    assert report.written == [PLAN_61] and len(report.unchanged) == 4
    assert not old.parent.exists() and (tmp_path / "nguon" / f"{PLAN_61}.txt").exists()
    published = sorted(p.name for p in (tmp_path / "van-ban").glob("*.md"))
    assert published == sorted(f"{s}.md" for s in report.written + report.unchanged)


def test_an_original_named_with_quotes_and_colons_is_recognised_on_the_next_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    name = "Công văn 'khẩn': số 12 \"mới\".txt"
    (src / name).write_bytes(sample("002").read_bytes())
    first = ingest([src], tmp_path / "content")
    meta, _ = read_front_matter(tmp_path / "content" / "van-ban" / f"{first.written[0]}.md")
    assert meta["tep_goc"] == name
    again = ingest([src], tmp_path / "content")
    assert again.unchanged == first.written and not again.written


def test_a_document_keeps_the_time_it_was_first_published(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(sample("002").read_bytes())
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01 00:00 UTC
    first = ingest([src], tmp_path / "content")
    md = tmp_path / "content" / "van-ban" / f"{first.written[0]}.md"
    assert read_front_matter(md)[0]["ngay_dang_tai"] == "2026-01-01T07:00:00+07:00"
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767312000")  # a day later
    (src / "a.txt").write_bytes(sample("002").read_bytes() + "\nSửa lỗi.\n".encode("utf-8"))
    (src / "b.txt").write_bytes(sample("003").read_bytes())
    again = ingest([src], tmp_path / "content", force=True)
    assert set(again.written) == {first.written[0], *again.written} and len(again.written) == 2
    times = {slug: read_front_matter(tmp_path / "content" / "van-ban" / f"{slug}.md")[0]["ngay_dang_tai"]
             for slug in again.written}
    assert times[first.written[0]] == "2026-01-01T07:00:00+07:00"  # corrected, not newly published
    assert sorted(times.values())[-1] == "2026-01-02T07:00:00+07:00"
