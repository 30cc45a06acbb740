import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import ROOT, sample
from vanban import cli
from vanban.repair.channel import skeleton, weighted_distance
from vanban.repair.decoder import default_decoder, needs_repair, repair_text
from vanban.repair.lm import default_model, lm_tokens
from vanban.repair.metrics import character_error_rate, score, syllable_accuracy
from vanban.repair.noise import ocr_damage, strip_diacritics
from vanban.text.syllables import canonical, is_syllable, split_tone

DEV = ROOT.parent / "shared" / "dev"


@pytest.mark.parametrize("word, expected", [
    ("hoà", "hòa"), ("thuỷ", "thủy"), ("quý", "quý"), ("giá", "giá"), ("người", "người"), ("hoá", "hóa"),
    ("khuỷu", "khuỷu"), ("HOÀ", "HÒA"), ("được", "được"), ("tuỳ", "tùy"), ("khoẻ", "khỏe"), ("gì", "gì"),
])
def test_tone_mark_goes_where_legal_texts_put_it(word, expected):
    assert canonical(word) == expected


def test_syllable_shape():
    assert is_syllable("các") and is_syllable("nghiêng") and is_syllable("Đảng")
    assert not is_syllable("cac")  # a stop coda takes only the sắc or nặng tone
    assert not is_syllable("ubnd") and not is_syllable("internet")
    assert split_tone("của") == ("cua", 3)


def test_language_model_prefers_the_right_word():
    lm = default_model()
    right, wrong = lm_tokens("của Ban Thường vụ Tỉnh ủy"), lm_tokens("cửa Ban Thường vụ Tỉnh ủy")
    assert lm.sequence_logp(right) > lm.sequence_logp(wrong)
    assert lm.sequence_logp(lm_tokens("tổ chức thực hiện")) > lm.sequence_logp(lm_tokens("tô chúc thúc hiên"))


def test_channel_prices_ocr_glyph_confusions_cheaply():
    assert skeleton("Déan") == "dEan"
    assert weighted_distance(skeleton("ciia"), "cua") < 1.0
    assert weighted_distance(skeleton("chirc"), "chuc") < 1.0
    assert weighted_distance(skeleton("Pang"), "dang") < 0.5
    assert weighted_distance(skeleton("xyz"), "cua") > 2.0
    assert "của" in [c.syllable for c in default_decoder().channel.candidates("ctia")]


@pytest.mark.parametrize("number", ["001", "002", "003"])
def test_clean_documents_come_out_unchanged(number):
    text = sample(number).read_text(encoding="utf-8")
    assert not needs_repair(text)
    result = repair_text(text)
    assert result.text == text and not result.changes


@pytest.mark.parametrize("number", ["000", "004"])
def test_damaged_documents_are_detected(number):
    assert needs_repair(sample(number).read_text(encoding="utf-8"))


def test_unaccented_text_is_restored():
    text = "Thuc hien Ke hoach so 37/KH-UBND ngay 06/02/2024 cua UBND tinh ve cong tac dan van"
    out = repair_text(text, force=True).text
    assert out.startswith("Thực hiện Kế hoạch số 37/KH-UBND ngày 06/02/2024 của UBND tỉnh về công tác")


def test_numbers_codes_and_dates_survive_and_the_number_line_is_tidied():
    text = ("S6:61 /KH-UBND Lang Son, ngay 26 thang 02 nam 2026\n"
            "Thuc hién Chi thi s6 26-CT/TU, ngay 25/9/2023 ciia Ban Thuong vu Tinh uy, "
            "Quyét dinh s6 23-QB/TW va UBND tinh.")
    out = repair_text(text, force=True).text
    assert out.startswith("Số: 61/KH-UBND Lạng Sơn, ngày 26 tháng 02 năm 2026")
    for kept in ("26-CT/TU", "25/9/2023", "UBND"):
        assert kept in out
    assert "23-QĐ/TW" in out  # the Đ OCR read as B is mended
    assert "của Ban Thường vụ Tỉnh ủy" in out


def test_changes_point_at_the_original_words():
    text = sample("000").read_text(encoding="utf-8")
    result = repair_text(text)
    assert result.changed
    for change in result.changes:
        assert text[change.start:change.end] == change.original
    assert 0 < len(result.uncertain()) < len(result.changes)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_repair_never_crashes(text):
    assert isinstance(repair_text(text, force=True).text, str)


_WORDS = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Nd")), min_size=1, max_size=8)
_NUMBERS = st.from_regex(r"\d{1,4}(/\d{1,2}/\d{4}|-[A-Z]{2}/[A-Z]{2,4})?", fullmatch=True)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_WORDS, _NUMBERS), max_size=40))
def test_standalone_numbers_and_codes_survive(chunks):
    text = " ".join(chunks)
    out = repair_text(text, force=True).text
    assert re.findall(r"\d+", out) == re.findall(r"\d+", text)


def test_metrics():
    assert syllable_accuracy("của Ban", "của Ban") == 1.0
    assert syllable_accuracy("cua Ban", "của Ban") == 0.5
    assert syllable_accuracy("Của ban", "của Ban") == 1.0 and syllable_accuracy("Của ban", "của Ban", False) == 0.0
    assert character_error_rate("abc", "abd") == pytest.approx(1 / 3)


def test_noise_is_reproducible_and_damages():
    text = sample("001").read_text(encoding="utf-8")
    assert strip_diacritics("Đảng ủy") == "Dang uy"
    assert ocr_damage(text, seed=1) == ocr_damage(text, seed=1) != text


def test_repair_accuracy_on_unaccented_letters_stays_high():
    """A regression guard on documents the model never saw (not a target)."""
    truth = sample("002").read_text(encoding="utf-8")
    assert syllable_accuracy(repair_text(strip_diacritics(truth), force=True).text, truth) > 0.96


@pytest.mark.skipif(not (DEV / "004-part1.ocr.txt").exists(), reason="shared/dev is not beside the checkout")
def test_repair_accuracy_on_real_ocr_stays_high():
    result = score(repair_text((DEV / "004-part1.ocr.txt").read_text(encoding="utf-8")).text,
                   (DEV / "004-part1.gold.txt").read_text(encoding="utf-8"))
    assert result.syllables_folded > 0.95 and result.cer_folded < 0.02


def test_restore_prints_the_repaired_text(capsys):
    assert cli.main(["restore", str(sample("001"))]) == 0
    assert capsys.readouterr().out == sample("001").read_text(encoding="utf-8") + "\n"
    assert cli.main(["restore", str(sample("004"))]) == 0
    out = capsys.readouterr().out
    assert "Số: 61/KH-UBND Lạng Sơn, ngày 26 tháng 02 năm 2026" in out and "KẾ HOẠCH" in out
    assert len(out.splitlines()) == len(sample("004").read_text(encoding="utf-8").splitlines())


def test_a_number_glued_to_a_word_is_kept_and_codes_stay_as_printed():
    repaired = repair_text("Ha Tinh, ngay 01 thang12 nam 2025; So: 231/CD-TTg ve CD-TTg", force=True).text
    assert "12" in repaired and "tháng" in repaired
    assert repaired.count("CĐ-TTg") == 2  # the code kept (TTg in its mixed case), its Đ restored


def test_a_place_after_its_unit_word_is_spelled_as_the_list_of_units_writes_it():
    repaired = repair_text("UY BAN NHAN DAN TINH DAK LAK ve tinh Dak Lak", force=True).text
    assert repaired == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK về tỉnh Đắk Lắk"
    assert "Chũ" not in repair_text("cac xa, phuong chu dong xay dung", force=True).text


@pytest.mark.parametrize("printed, name", [("Mach Thi Tuyet Mai", "Mạch Thị Tuyết Mai"),
                                           ("Pham Thi Minh Hien", "Phạm Thị Minh Hiền"),
                                           ("Cao Anh Tuan", "Cao Anh Tuấn"), ("Le Truong Son", "Lê Trường Sơn")])
def test_names_are_restored_with_how_names_are_spelled(printed, name):
    from vanban.repair.names import restore_name

    assert restore_name(printed) == name
