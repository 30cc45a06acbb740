from vanban.search import SearchDocument, build, fnv1a, tokenize
from vanban.vietnamese import fold


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
    assert {"đảng", "~dang", "của", "cửa", "~cua", "61/kh-ubnd", "61"} <= set(terms)
    assert terms["~dang"][::2] == [0, 1]  # both documents: "Đảng" and "dang" fold alike
    assert terms["đảng"][::2] == [0]
    for term in terms:  # a term lives in the shard of its folded form
        key = term[1:] if term.startswith("~") else fold(term)
        assert term in (tmp_path / f"s{fnv1a(key) % manifest['shards']}.js").read_text(encoding="utf-8")


def test_hash_is_fnv1a_of_utf8():
    assert fnv1a("") == 0x811C9DC5 and fnv1a("a") == 0xE40C292C
