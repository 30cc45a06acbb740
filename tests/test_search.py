from vanban.search import build_index, tokenize


def test_numbers_are_searchable_whole_and_in_parts():
    assert tokenize("Kế hoạch 61/KH-UBND") == ["61/kh-ubnd", "61", "kh", "ubnd", "kh-ubnd", "kế", "hoạch"]
    assert tokenize("35/2023/UBTVQH15")[:4] == ["35/2023/ubtvqh15", "35", "2023", "ubtvqh15"]
    assert tokenize("kh-ubnd 61") == ["kh-ubnd", "kh", "ubnd", "61"]


def test_text_is_nfc_and_lower_case():
    assert tokenize("ĐẢNG ủy") == tokenize("Đ\u1ea2NG u\u0309y") == ["đảng", "ủy"]


def test_index_holds_exact_and_folded_terms():
    index = build_index([{"id": "a", "so_ky_hieu": "61/KH-UBND", "trich_yeu": "Đảng", "noi_dung": "của cửa"}])
    terms = {term for term, _ in index["invertedIndex"]}
    assert {"đảng", "dang", "của", "cửa", "cua", "61/kh-ubnd", "61"} <= terms
    assert [f for f in index["fields"]] == ["so_ky_hieu", "trich_yeu", "loai_van_ban", "co_quan_ban_hanh",
                                                "dia_danh", "nguoi_ky", "noi_dung"]
