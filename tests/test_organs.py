"""Organ names and places: NĐ 30's spelling, the real list of units, one
spelling per body for the issuer filter."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.text.organs import body_key, is_organ_name, organ_key, organ_name, unknown_place, with_ward
from vanban.text.places import DISTRICT, PROVINCE, known_place, ward_kind

#: Headers as real documents print them → the name in running text.
PRINTED = {
    "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI": "Bộ Lao động - Thương binh và Xã hội",
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH": "Bộ Văn hóa, Thể thao và Du lịch",
    "BỘ CÔNG THƯƠNG": "Bộ Công Thương",
    "BỘ QUỐC PHÒNG": "Bộ Quốc phòng",
    "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG": "Bộ Nông nghiệp và Môi trường",
    "CỤC THUẾ": "Cục Thuế",
    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM": "Ngân hàng Nhà nước Việt Nam",
    "ỦY BAN THƯỜNG VỤ QUỐC HỘI": "Ủy ban Thường vụ Quốc hội",
    "ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG": "Trung tâm Phục vụ hành chính công",
    "UBND TỈNH LẠNG SƠN": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "UY BAN NHAN DAN TINH LANG SON": "Ủy ban nhân dân tỉnh Lạng Sơn",
    "SỞ Y TẾ TỈNH HÀ TĨNH": "Sở Y tế tỉnh Hà Tĩnh",
    "CÔNG AN TỈNH LẠNG SƠN": "Công an tỉnh Lạng Sơn",
    "BỘ CHỈ HUY QUÂN SỰ TỈNH BÀ RỊA - VŨNG TÀU": "Bộ Chỉ huy Quân sự tỉnh Bà Rịa - Vũng Tàu",
    "ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH": "Đảng ủy Khối Doanh nghiệp tỉnh",
    "PANG UY KHOI CCQ TINH": "Đảng ủy Khối các cơ quan tỉnh",
    "HUYỆN ỦY VĂN LÃNG": "Huyện ủy Văn Lãng",
    "UBND QUẬN BA ĐÌNH": "Ủy ban nhân dân quận Ba Đình",
    "TÒA ÁN NHÂN DÂN TỐI CAO - BỘ CÔNG AN": "Tòa án nhân dân tối cao - Bộ Công an",
}


@pytest.mark.parametrize("printed", PRINTED)
def test_organ_names_are_written_as_nd30_writes_them(printed):
    assert organ_name(printed) == PRINTED[printed]


def test_printed_spelling_stays_in_the_name_and_folds_in_the_key():
    assert organ_name("Bộ Văn hoá, Thể thao và Du lịch") == "Bộ Văn hoá, Thể thao và Du lịch"
    assert organ_key("Bộ Văn hoá, Thể thao và Du lịch") == organ_key("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH")
    assert organ_key("Uỷ ban nhân dân tỉnh Lạng Sơn") == organ_key("UBND TỈNH LẠNG SƠN")


def test_places_come_from_the_list_of_units_of_both_eras():
    assert known_place("LẠNG SƠN") == "Lạng Sơn"
    assert known_place("Hà Giang", (PROVINCE,)) == "Hà Giang"  # merged in 2025, named by older documents
    assert known_place("Cao Lộc", (DISTRICT,)) == "Cao Lộc"  # a district, before districts were abolished
    assert known_place("Tri Phuong") == "Tri Phương"
    assert ward_kind("Tri Phương") == "xã"


def test_an_ocr_slip_in_a_province_is_mended_not_published_as_a_new_one():
    assert known_place("Làng Sdn", (PROVINCE,)) == "Lạng Sơn"
    assert organ_name("UBND TỈNH LÀNG SDN") == "Ủy ban nhân dân tỉnh Lạng Sơn"
    assert unknown_place("UBND TỈNH LÀNG SDN") is None


def test_a_place_that_is_no_unit_is_reported():
    assert known_place("Xyzq Bcd") is None
    assert unknown_place("Ủy ban nhân dân tỉnh Xyzq Bcd") == "Xyzq Bcd"


def test_what_cannot_be_an_organ_is_told_apart():
    for name in ("Cục Thuế", "UBND tỉnh Lạng Sơn", "Đảng ủy", "Chủ tịch nước", "Công ty Cổ phần Sông Đà"):
        assert is_organ_name(name), name
    for name in ("136/2025/NĐ-CP", "Thông tư1", "Và xã hội", "Thuế thu nhập doanh nghiệp", "Bộ trưởng Bộ Tư pháp",
                 "Xác thực văn bản hợp nhất"):
        assert not is_organ_name(name), name


def test_the_filter_places_a_body_by_its_parent():
    assert body_key("Sở Y tế", "Ủy ban nhân dân tỉnh Bắc Giang") == "Sở Y tế tỉnh Bắc Giang"
    assert body_key("Sở Y tế", "Ủy ban nhân dân tỉnh Cà Mau") != body_key("Sở Y tế", "UBND tỉnh Bắc Giang")
    assert body_key("Ban Thường vụ Tỉnh ủy", "Đảng bộ tỉnh Lạng Sơn") == "Ban Thường vụ Tỉnh ủy Lạng Sơn"
    assert body_key("Đảng ủy Khối các cơ quan tỉnh", "Đảng bộ tỉnh Lạng Sơn") == \
        "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
    assert body_key("Cục Thuế", "Bộ Tài chính") == "Cục Thuế"


def test_a_bare_party_committee_gets_the_commune_it_issued_from():
    assert with_ward("Đảng ủy", "Tri Phương") == "Đảng ủy xã Tri Phương"
    assert with_ward("Đảng ủy", "Lạng Sơn") == "Đảng ủy"  # a province's name too: which committee is unsure
    assert with_ward("Sở Y tế", "Tri Phương") == "Sở Y tế"


_WORDS = st.sampled_from(["BỘ", "SỞ", "TÀI", "CHÍNH", "VÀ", "-", ",", "ỦY", "BAN", "NHÂN", "DÂN", "TỈNH", "LẠNG",
                          "SƠN", "HUYỆN", "ỦY", "XÃ", "HỘI", "QUỐC", "PHÒNG", "CỤC", "THUẾ", "UBND", "Y", "TẾ"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=9))
def test_writing_a_name_twice_changes_nothing(words):
    name = organ_name(" ".join(words))
    assert organ_name(name) == name
    assert organ_key(name) == organ_key(" ".join(words))


def test_a_document_without_its_header_is_given_the_body_its_number_names():
    from vanban.text.shapes import issuer_from_ky_hieu

    assert issuer_from_ky_hieu("VBHN-BTC") == "Bộ Tài chính"  # a consolidated text of the Gazette
    assert issuer_from_ky_hieu("VBHN-BLĐTBXH") == "Bộ Lao động - Thương binh và Xã hội"
    assert issuer_from_ky_hieu("2025/TT-BCT") == "Bộ Công Thương"
    assert issuer_from_ky_hieu("2025/QĐ-TTg") == "Thủ tướng Chính phủ"


def test_every_unit_word_has_its_level():
    from vanban.text.places import LEVEL_OF_UNIT
    from vanban.text.vocabulary import UNIT_WORDS

    assert set(LEVEL_OF_UNIT) == set(UNIT_WORDS)
