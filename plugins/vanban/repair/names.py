"""Vietnamese personal names: restore a signer's name that OCR damaged.

A name is a surname, middle names and a given name, each drawn from a
short list of common syllables; the legal-text language model hardly knows
them ("Thắm", "Lượng"), so the signer line is decoded again with this
prior instead: the same OCR channel, and the likeliest syllable for each
position of the name.
"""

from __future__ import annotations

from functools import lru_cache

from vanban.text.letters import VIETNAMESE_ONLY, fold
from vanban.text.syllables import canonical, is_syllable

from .channel import Channel, skeleton
from .decoder import CHANNEL_WEIGHT, TRUST_PRINTED, default_decoder

#: Common surnames, most frequent first.
SURNAMES = (
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Đoàn Lâm Mai Trịnh "
    "Trương Lương Cao Hà Tạ Tô Vương Chu Lưu Triệu Quách Thái Kiều Hứa La Lục Nông Lò Vi Ma Lăng Đàm Tăng "
    "Mạc Phùng Khúc Giang Từ Cù Âu Tống Thân Văn Diệp Kim Lạc Hầu Nghiêm Phí Khổng Hoàng"
).split()
#: Common middle names.
MIDDLE = (
    "Văn Thị Thanh Minh Đức Quang Hữu Ngọc Xuân Kim Hồng Thu Quốc Đình Công Tiến Mạnh Trọng Hoàng Bá Duy Viết "
    "Như Phương Anh Thế Tuấn Hải Bích Diệu Khắc Trung Hùng Thành Mỹ Tường Thúy Huy Nhật Gia Phú Thái Vĩnh Đăng"
).split()
#: Common given names.
GIVEN = (
    "An Anh Ánh Bách Bảo Bình Bích Cảnh Chi Chính Chiến Chung Công Cúc Cường Diệp Dinh Doanh Dũng Dung Duy "
    "Dương Đạt Định Đông Đức Đệ Điệp Giang Hà Hải Hạnh Hào Hảo Hằng Hân Hậu Hiền Hiếu Hiệp Hoa Hòa Hoài Hoan "
    "Hoàng Học Hội Hồng Huân Huệ Huy Huyền Hùng Hưng Hương Hường Khang Khanh Khánh Khoa Khôi Kiên Lan Lâm "
    "Liên Linh Loan Long Lộc Lợi Luân Lực Lượng Ly Lý Mai Mạnh Minh My Nam Nga Ngân Nghĩa Ngọc Nguyên Nhàn "
    "Nhân Nhật Nhung Ninh Oanh Phong Phú Phúc Phương Phượng Quang Quân Quế Quý Quyên Quyết Quỳnh Sang Sinh Sơn "
    "Tài Tâm Tân Thái Thanh Thành Thảo Thắm Thắng Thiện Thịnh Thìn Thọ Thông Thu Thủy Thúy Thư Thương Tiến "
    "Toàn Trang Trí Trinh Trung Trường Tú Tuấn Tùng Tuyến Tuyết Uyên Vân Việt Vinh Vĩnh Vũ Xuân Yến Hiển "
    "Khải Kiệt Lạng Lệ Lịch Nhàn Phát Quyền Sáng Tạo Thạch Thiêm Thuận Thức Tịnh Tín Trọng Tuân Tuệ Vượng"
).split()

IN_LIST = 0.0  #: log-prior bonus of a syllable listed for its place in the name
OTHER = -9.0  #: log-prior of a syllable outside the list for its place in the name
FREQUENCY = 0.2  #: weight of the text model's unigram, which breaks ties ("Nhân" is commoner than "Nhàn")


RANK_STEP = 0.08  #: surnames and middle names are listed commonest first


def _prior(words: list[str], ranked: bool) -> dict[str, float]:
    out: dict[str, float] = {}
    for rank, word in enumerate(words):
        out.setdefault(canonical(word.lower()), IN_LIST - (RANK_STEP * rank if ranked else 0.0))
    return out


_PRIORS = {"surname": _prior(SURNAMES, True), "middle": _prior(MIDDLE + GIVEN, True), "given": _prior(GIVEN, False)}


@lru_cache(maxsize=1)
def _channel() -> Channel:
    syllables = set(default_decoder().channel_syllables)
    syllables.update(canonical(w.lower()) for w in SURNAMES + MIDDLE + GIVEN)
    return Channel(sorted(s for s in syllables if is_syllable(s)), max_edits=3)


def restore_name(printed: str) -> str | None:
    """The likeliest correct spelling of a personal name printed as ``printed``."""
    tokens = printed.replace("**", "").split()
    if not 2 <= len(tokens) <= 6:
        return None
    out = []
    for i, token in enumerate(tokens):
        role = "surname" if i == 0 else "given" if i == len(tokens) - 1 else "middle"
        best = _best_syllable(token, _PRIORS[role])
        if best is None:
            return None
        out.append(best[:1].upper() + best[1:])
    return " ".join(out)


def _best_syllable(token: str, prior: dict[str, float]) -> str | None:
    printed = canonical(token.lower())
    trusted = any(c in VIETNAMESE_ONLY for c in token) and is_syllable(printed)
    lm = default_decoder().lm
    best, best_score = None, float("-inf")
    for cand in _channel().candidates(token):
        score = -CHANNEL_WEIGHT * cand.cost + prior.get(cand.syllable, OTHER) \
            + FREQUENCY * float(lm.unigram_logp(lm.id(cand.syllable)))
        if trusted and cand.syllable == printed:
            score += TRUST_PRINTED
        if score > best_score:
            best, best_score = cand.syllable, score
    if best is None and fold(skeleton(token)).isalpha():
        return token.lower()
    return best
