"""Vietnamese personal names: restore a signer's name that OCR damaged.

A name is a surname, middle names and a given name; the legal-text language
model hardly knows them ("Thắm", "Lượng") and prefers its own words ("tuân"
in "tuân thủ" over the name Tuấn), so the signer line is decoded again with a
prior of names instead: how often each syllable stands in each place of a
name in the corpus's news and web prose, with the same OCR channel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

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
ROLES = ("surname", "middle", "given")
#: Counts of each syllable in each place of a name, from the news and web prose
#: of the corpus (``scripts/train_names.py``).
NAMES_TABLE = Path(__file__).with_name("data") / "names.tsv"
SMOOTHING = 0.5  #: added to every count: an unseen syllable is possible, only unlikely


OTHER_PLACE = math.log(0.1)  #: a syllable seen in names, not in this place of one ("Mạnh" as a surname)


@dataclass(frozen=True)
class _Prior:
    logp: dict[str, float]  #: in this place of a name
    anywhere: dict[str, float]  #: in any place: the back-off
    unseen: float

    def __call__(self, syllable: str) -> float:
        if syllable in self.logp:
            return self.logp[syllable]
        return self.anywhere.get(syllable, self.unseen - OTHER_PLACE) + OTHER_PLACE


def _log_probabilities(table: dict[str, int]) -> tuple[dict[str, float], float]:
    total = sum(table.values()) + SMOOTHING * (len(table) + 1)
    return {w: math.log((n + SMOOTHING) / total) for w, n in table.items()}, math.log(SMOOTHING / total)


@lru_cache(maxsize=1)
def _priors() -> dict[str, _Prior]:
    """Role → log-probability of each syllable in that place of a name."""
    counts: dict[str, dict[str, int]] = {role: {} for role in ROLES}
    pooled: dict[str, int] = {}
    for line in NAMES_TABLE.read_text(encoding="utf-8").splitlines():
        role, syllable, n = line.split("\t")
        counts[role][syllable] = int(n)
        pooled[syllable] = pooled.get(syllable, 0) + int(n)
    anywhere, _ = _log_probabilities(pooled)
    out = {}
    for role, table in counts.items():
        logp, unseen = _log_probabilities(table)
        out[role] = _Prior(logp, anywhere, unseen)
    return out


@lru_cache(maxsize=1)
def _channel() -> Channel:
    syllables = set(default_decoder().channel_syllables)
    syllables.update(canonical(w.lower()) for w in SURNAMES)
    syllables.update(w for prior in _priors().values() for w in prior.logp)
    return Channel(sorted(s for s in syllables if is_syllable(s)), max_edits=3)


def restore_name(printed: str) -> str | None:
    """The likeliest correct spelling of a personal name printed as ``printed``."""
    tokens = printed.replace("**", "").split()
    if not 2 <= len(tokens) <= 6:
        return None
    out = []
    for i, token in enumerate(tokens):
        role = "surname" if i == 0 else "given" if i == len(tokens) - 1 else "middle"
        best = _best_syllable(token, _priors()[role])
        if best is None:
            return None
        out.append(best[:1].upper() + best[1:])
    return " ".join(out)


def _best_syllable(token: str, prior: _Prior) -> str | None:
    printed = canonical(token.lower())
    trusted = any(c in VIETNAMESE_ONLY for c in token) and is_syllable(printed)
    best, best_score = None, float("-inf")
    for cand in _channel().candidates(token):
        score = -CHANNEL_WEIGHT * cand.cost + prior(cand.syllable)
        if trusted and cand.syllable == printed:
            score += TRUST_PRINTED
        if score > best_score:
            best, best_score = cand.syllable, score
    if best is None and fold(skeleton(token)).isalpha():
        return token.lower()
    return best
