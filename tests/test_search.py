import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.search.index import CHUNK, build
from vanban.search.terms import SearchDocument, document_terms, fnv1a, tokenize
from vanban.text.letters import fold


def test_numbers_are_searchable_whole_and_in_parts():
    assert tokenize("Kế hoạch 61/KH-UBND") == ["61/kh-ubnd", "61", "kh", "ubnd", "kh-ubnd", "kế", "hoạch"]
    assert tokenize("35/2023/UBTVQH15")[:4] == ["35/2023/ubtvqh15", "35", "2023", "ubtvqh15"]
    assert tokenize("kh-ubnd 61") == ["kh-ubnd", "kh", "ubnd", "61"]


def test_text_is_nfc_and_lower_case():
    assert tokenize("ĐẢNG ủy") == tokenize("Đ\u1ea2NG u\u0309y") == ["đảng", "ủy"]


def test_split_index_holds_exact_and_folded_terms(tmp_path):
    import json

    docs = [SearchDocument("a.html", "A", "61/KH-UBND", "", "2026", "Kế hoạch", "", "Đảng",
                           {"so_ky_hieu": "61/KH-UBND", "trich_yeu": "Đảng", "noi_dung": "của cửa"}),
            SearchDocument("b.html", "B", "", "", "", "", "", "", {"noi_dung": "cua dang"})]
    manifest = build(docs, tmp_path)
    terms = {}
    for n in range(manifest["shards"]):
        text = (tmp_path / f"s{n}.js").read_text(encoding="utf-8")
        terms.update(json.loads(text[text.index(",") + 1:-3]))
    assert {"đảng", "~dang", "của", "cửa", "~cua", "~61/kh-ubnd", "~61"} <= set(terms)
    assert not {"61", "cua", "dang"} & set(terms)  # a spelling equal to its folded form is not kept twice
    assert terms["~dang"][::2] == [0, 1]  # both documents: "Đảng" and "dang" fold alike
    assert terms["đảng"][::2] == [0]
    for term in terms:  # a term lives in the shard of its folded form
        key = term[1:] if term.startswith("~") else fold(term)
        assert term in (tmp_path / f"s{fnv1a(key) % manifest['shards']}.js").read_text(encoding="utf-8")


def test_hash_is_fnv1a_of_utf8():
    assert fnv1a("") == 0x811C9DC5 and fnv1a("a") == 0xE40C292C


def _doc(url, body, **fields):
    return SearchDocument(url, url, "", "", "", "", "", "", dict(fields, noi_dung=body))


def test_a_documents_postings_depend_on_that_document_alone():
    one = _doc("a.html", "Kế hoạch tuyên truyền của Đảng", trich_yeu="Tuyên truyền")
    alone = document_terms(one)
    assert alone["~tuyen"] > alone["~ke"] > 0  # in the trích yếu too: boosted
    assert alone["đảng"] == alone["~dang"]
    crowd = [_doc(f"{n}.html", "tuyên truyền " * n) for n in range(1, 30)]
    for doc in crowd:
        document_terms(doc)
    assert document_terms(one) == alone


def test_adding_the_newest_document_rewrites_only_its_shards(tmp_path):
    docs = [_doc(f"{n}.html", f"văn bản số {n} về chủ đề {n % 7} và lĩnh vực {n % 11}") for n in range(200)]
    build(docs, tmp_path)
    before = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.js")}
    inodes = {p.name: p.stat().st_ino for p in tmp_path.glob("*.js")}
    import time
    time.sleep(0.01)
    manifest = build(docs + [_doc("new.html", "phòng cháy chữa cháy rừng")], tmp_path)
    after = {p.name: p.stat().st_mtime_ns for p in tmp_path.glob("*.js")}
    changed = {name for name in after if before.get(name) != after[name]}
    shards_of_new = {f"s{fnv1a(fold(t)) % manifest['shards']}.js" for t in tokenize("phòng cháy chữa cháy rừng")}
    # its words' shards, the counts, its metadata chunk, and its year/type/issuer column
    assert changed == shards_of_new | {"manifest.js", f"d{200 // CHUNK}.js", "f.js"}
    assert all(inodes[n] == (tmp_path / n).stat().st_ino for n in before if n not in changed)


def test_a_cache_gives_the_same_index(tmp_path):
    from vanban.content.cache import ContentCache

    docs = [_doc(f"{n}.html", f"Chỉ thị số {n}-CT/TU của Tỉnh ủy") for n in range(40)]
    build(docs, tmp_path / "plain")
    cache = ContentCache(tmp_path / "c.pickle", __file__)
    build(docs, tmp_path / "warm", cache)
    cache.save()
    again = ContentCache(tmp_path / "c.pickle", __file__)
    build(docs, tmp_path / "cached", again)
    assert again.hits == 40 and again.misses == 0
    for path in (tmp_path / "plain").iterdir():
        assert path.read_bytes() == (tmp_path / "cached" / path.name).read_bytes()


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.glob("*.js")}


CHANGES = {
    "newest arrives": lambda docs: docs + [_doc("new.html", "phòng cháy chữa cháy rừng mùa khô")],
    "late arrival": lambda docs: docs[:50] + [_doc("late.html", "văn bản đến muộn về chủ đề 3")] + docs[50:],
    "one removed": lambda docs: docs[:10] + docs[11:],
    "one edited": lambda docs: docs[:70] + [_doc("70.html", "nội dung đã sửa hoàn toàn")] + docs[71:],
    "nothing": lambda docs: docs,
    "all new": lambda docs: [_doc(f"x{n}.html", f"khác {n}") for n in range(30)],
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_patched_index_is_the_full_one(tmp_path, change):
    docs = [_doc(f"{n}.html", f"văn bản số {n} về chủ đề {n % 7} và lĩnh vực {n % 11} năm {2000 + n % 5}")
            for n in range(120)]
    state = tmp_path / "state.pickle"
    build(docs, tmp_path / "site", state_file=state)
    changed = CHANGES[change](docs)
    build(changed, tmp_path / "site", state_file=state)
    build(changed, tmp_path / "full")
    assert _files(tmp_path / "site") == _files(tmp_path / "full")


def test_a_state_that_does_not_describe_the_index_is_not_trusted(tmp_path):
    """A build whose site was thrown away left its state behind: the next
    build must not patch the older index as if it were that one."""
    docs = [_doc(f"{n}.html", f"văn bản {n} chủ đề {n % 5}") for n in range(60)]
    state = tmp_path / "state.pickle"
    build(docs, tmp_path / "site", state_file=state)
    import shutil
    shutil.copytree(tmp_path / "site", tmp_path / "published")
    edited = docs[:5] + [_doc("5.html", "hoàn toàn khác")] + docs[6:]
    build(edited, tmp_path / "site", state_file=state)  # this build's site is discarded
    build(edited, tmp_path / "published", state_file=state)
    build(edited, tmp_path / "full")
    assert _files(tmp_path / "published") == _files(tmp_path / "full")


WORDS = ["đảng", "dang", "tỉnh", "tinh", "ủy", "61/kh-ubnd", "kế", "hoạch", "của", "cửa", "xã", "2024"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6), min_size=1, max_size=40),
       st.lists(st.tuples(st.sampled_from(["insert", "delete", "edit"]), st.integers(0, 60),
                          st.lists(st.sampled_from(WORDS), min_size=1, max_size=6)), max_size=4))
def test_any_change_patched_equals_built_whole(texts, changes):
    import tempfile
    from pathlib import Path

    docs = [_doc(f"{n}.html", " ".join(words)) for n, words in enumerate(texts)]
    changed = list(docs)
    for n, (op, at, words) in enumerate(changes):
        at = min(at, len(changed))
        if op == "insert":
            changed.insert(at, _doc(f"new{n}.html", " ".join(words)))
        elif changed and at < len(changed):
            if op == "delete":
                del changed[at]
            else:
                changed[at] = _doc(changed[at].url, " ".join(words))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        build(docs, tmp / "site", state_file=tmp / "state")
        build(changed, tmp / "site", state_file=tmp / "state")
        build(changed, tmp / "full")
        assert _files(tmp / "site") == _files(tmp / "full")


def test_plain_text_keeps_the_words_and_drops_the_marks():
    from vanban.search.terms import plain_text

    body = ("## II. TỔ CHỨC **THỰC HIỆN**\n\n1\\. Các cơ quan[^1], xem [Kế hoạch](a.html) <b>ngay</b>.\n\n"
            "| Đơn vị | Thời hạn |\n|---|---|\n| Sở Nội vụ | 10/3/2026 |\n\n[^1]: Trọng tâm là: a_b và 2*3.")
    assert plain_text(body) == ("II. TỔ CHỨC THỰC HIỆN 1. Các cơ quan, xem Kế hoạch ngay. Đơn vị Thời hạn "
                                "Sở Nội vụ 10/3/2026 Trọng tâm là: a_b và 2*3.")


def test_filter_values_are_in_vietnamese_order_years_newest_first():
    from vanban.model import Metadata
    from vanban.search.terms import facet_options, facets_of

    metas = [Metadata(ngay_ban_hanh="2024-05-01", loai_van_ban="Quyết định", co_quan_ban_hanh="Ủy ban nhân dân tỉnh"),
             Metadata(ngay_ban_hanh="2026-01-02", loai_van_ban="Chỉ thị", co_quan_ban_hanh="Ban Thường vụ Tỉnh ủy"),
             Metadata(ngay_ban_hanh=None, loai_van_ban="Công văn", co_quan_ban_hanh="Sở Nội vụ")]
    assert facet_options(facets_of(m) for m in metas) == {
        "nam": ["2026", "2024"], "loai": ["Chỉ thị", "Công văn", "Quyết định"],
        "co_quan": ["Ban Thường vụ Tỉnh ủy", "Sở Nội vụ", "Ủy ban nhân dân tỉnh"]}


def test_the_issuer_filter_lists_each_body_once():
    from vanban.model import Metadata
    from vanban.search.terms import facet_options, unified_facets

    printed = [("Bộ Giáo dục và Đào tạo", None), ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", None), ("Bộ Giáo dục và Đào tào", None),
               ("Bộ Lao động thương binh và Xã hội", None), ("Bộ Lao động - Thương binh và Xã hội", None),
               ("Bộ Lao động - Thương binh và Xã hội", None), ("Uỷ ban nhân dân tỉnh Lạng Sơn", None),
               ("UBND TỈNH LẠNG SƠN", None), ("Sở Y tế", "Ủy ban nhân dân tỉnh Bắc Giang"),
               ("Sở Y tế", "UBND tỉnh Cà Mau")]
    facets = unified_facets((str(n), Metadata(co_quan_ban_hanh=issuer, co_quan_chu_quan=parent))
                            for n, (issuer, parent) in enumerate(printed))
    assert facet_options(facets.values())["co_quan"] == [
        "Bộ Giáo dục và Đào tạo", "Bộ Lao động - Thương binh và Xã hội", "Sở Y tế tỉnh Bắc Giang",
        "Sở Y tế tỉnh Cà Mau", "Ủy ban nhân dân tỉnh Lạng Sơn"]
    assert facets["2"]["co_quan"] == "Bộ Giáo dục và Đào tạo"  # the misprint is filtered with its body


def test_each_documents_year_type_and_issuer_are_in_the_filter_file(tmp_path):
    import json

    docs = [SearchDocument(f"{n}.html", "", "", "", date[:4], kind, issuer, "", {"noi_dung": "x"}, ngay_ban_hanh=date)
            for n, (date, kind, issuer) in enumerate([("2025-03-01", "Kế hoạch", "Sở Y tế"),
                                                      ("2026-01-02", "Chỉ thị", ""), ("", "Kế hoạch", "Sở Nội vụ")])]
    manifest = build(docs, tmp_path)
    assert manifest["facets"] == {"nam": ["2026", "2025"], "loai": ["Chỉ thị", "Kế hoạch"],
                                  "co_quan": ["Sở Nội vụ", "Sở Y tế"]}
    text = (tmp_path / "f.js").read_text(encoding="utf-8")
    assert json.loads(text[len("vanbanFacets("):-3]) == {"nam": [1, 0, -1], "loai": [1, 0, 1], "co_quan": [1, -1, 0],
                                                         "moi_nhat": [1, 0, 2]}  # newest first, undated last


def test_a_documents_own_number_is_one_more_term():
    from vanban.search.terms import number_key

    assert number_key("61/KH-UBND") == "#61khubnd" and number_key("1275-CV/ĐUK") == "#1275cvduk"
    terms = document_terms(_doc("a.html", "Căn cứ Kế hoạch 18-KH/TU", so_ky_hieu="61/KH-UBND"))
    assert "#61khubnd" in terms and "#18khtu" not in terms  # the number it bears, not those it cites
