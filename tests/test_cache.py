"""What builds remember: the same answers as reading afresh."""


import pytest

from vanban.content.cache import ContentCache
from vanban.content.published import load

FILES = {
    "plain.md": "---\nso_ky_hieu: 61/KH-UBND\nngay_ban_hanh: '2026-02-26'\n---\n\nNội dung **đậm**.\n".encode(),
    "windows.md": "\ufeff---\r\nso_ky_hieu: 1/CV\r\n---\r\n\r\nDòng một\r\nDòng hai\r\n".encode(),
    "broken-yaml.md": b"---\nso_ky_hieu: [\n---\nbody\n",
    "not-utf8.md": b"---\nso_ky_hieu: 1\n---\n\n\xff\xfe noi dung\n",
    "no-front-matter.md": "Chỉ có nội dung.\n".encode(),
    "empty-body.md": b"---\nso_ky_hieu: 2/CV\n---\n",
}


def _read(docs, name, cache):
    from vanban.content import published

    document, problems = published.read(docs, f"van-ban/{name}", cache)
    return (document.meta, document.body, document.notes) if document else None, problems


@pytest.mark.parametrize("name", sorted(FILES))
def test_a_remembered_document_equals_one_read_afresh(tmp_path, name):
    from vanban.content import published

    docs = tmp_path / "content"
    (docs / "van-ban").mkdir(parents=True)
    (docs / "van-ban" / name).write_bytes(FILES[name])
    record, body, problems = load(docs, f"van-ban/{name}")
    first = published.open_cache(tmp_path)
    read = _read(docs, name, first)
    assert read[1] == problems and (read[0] is None) == (record is None)
    if record is not None:
        assert read[0][:2] == (record.meta, body)
    first.save()
    again = published.open_cache(tmp_path)
    assert _read(docs, name, again) == read
    assert again.hits == 1


def test_a_changed_file_is_read_again(tmp_path):
    from vanban.content import published

    docs = tmp_path / "content"
    (docs / "van-ban").mkdir(parents=True)
    path = docs / "van-ban" / "a.md"
    path.write_text("---\nso_ky_hieu: 1/CV\n---\n\nmột\n", encoding="utf-8")
    cache = published.open_cache(tmp_path)
    _read(docs, "a.md", cache)
    cache.save()
    path.write_text("---\nso_ky_hieu: 2/CV\n---\n\nhai\n", encoding="utf-8")
    cache = published.open_cache(tmp_path)
    (record, body, notes), _ = _read(docs, "a.md", cache)
    assert record.so_ky_hieu == "2/CV" and body == "hai\n" and cache.misses == 1
    (docs / "dan-chieu").mkdir()
    (docs / "dan-chieu" / "a.json").write_text('{"trich_dan": [], "cau": {"x": "câu"}}', encoding="utf-8")
    (record, body, notes), _ = _read(docs, "a.md", cache)  # its citation notes changed: read again
    assert notes["cau"] == {"x": "câu"}


def test_a_cache_from_other_code_or_a_damaged_one_is_ignored(tmp_path):
    cache = ContentCache(tmp_path / "c.pickle", __file__)
    cache.get(b"k", lambda: "old answer")
    cache.save()
    other = tmp_path / "other.py"
    other.write_text("# different code\n")
    assert ContentCache(tmp_path / "c.pickle", str(other)).get(b"k", lambda: "new") == "new"
    (tmp_path / "c.pickle").write_bytes(b"not a pickle")
    assert ContentCache(tmp_path / "c.pickle", __file__).get(b"k", lambda: "new") == "new"


def test_only_what_this_build_used_is_kept(tmp_path):
    cache = ContentCache(tmp_path / "c.pickle", __file__)
    for key in (b"a", b"b"):
        cache.get(key, lambda: 1)
    cache.save()
    cache = ContentCache(tmp_path / "c.pickle", __file__)
    cache.get(b"a", lambda: 2)
    cache.save()
    assert set(ContentCache(tmp_path / "c.pickle", __file__).previous) == {b"a"}
