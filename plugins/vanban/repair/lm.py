"""A syllable trigram language model of Vietnamese legal and administrative text.

Interpolated Kneser-Ney (Chen & Goodman 1999), stored in backoff form:
log p(w|uv) for kept trigrams, else log γ(uv) + log p(w|v) for seen
bigrams, else log γ(uv) + log γ(v) + log p(w). Lookups are binary
searches over sorted numpy arrays, batched for a whole text at once.

The model is trained by ``scripts/train_lm.py`` from the legal corpus in
``shared/corpus`` and ships as ``data/lm.npz`` (counts turned into
quantised log-probabilities; no corpus text).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np

from vanban.text.syllables import canonical

MODEL = Path(__file__).parent / "data" / "lm.npz"
UNK, BOUNDARY, NUMBER = 0, 1, 2
SPECIAL = ["<unk>", "<p>", "<n>"]
QUANTUM = 16.0  #: stored value q means log-probability -q/16
UNSEEN = -14.0
GAMMA_FLOOR = float(np.log(0.4))

TOKEN = re.compile(r"[^\W\d_]+|\d+|[.,;:!?()\"“”…]")


def lm_tokens(text: str) -> list[str]:
    """Text → model tokens: syllables in canonical lower case, <n>, <p>."""
    out = []
    for tok in TOKEN.findall(text):
        if tok[0].isdigit():
            out.append("<n>")
        elif tok[0].isalpha():
            out.append(canonical(tok.lower()))
        else:
            out.append("<p>")
    return out


class LanguageModel:
    """The trigram language model shipped in ``repair/data/lm.npz``."""
    def __init__(self, path: Path = MODEL):
        data = np.load(path)
        self.vocab: list[str] = str(data["vocab"]).split("\n")
        self.ids = {w: i for i, w in enumerate(self.vocab)}
        self.unigram = -data["uni"].astype(np.float32) / QUANTUM
        # Backoff weights are floored: the model's text (laws) is not the
        # repaired text (letters and plans), so a context seen with other
        # words must not rule a new word out ("kế hoạch số hóa" in laws,
        # "kế hoạch số 61" in letters).
        self.uni_gamma = np.maximum(-data["uni_gamma"].astype(np.float32) / QUANTUM, GAMMA_FLOOR)
        self.bi_keys = data["bi_keys"]
        self.bi_vals = -data["bi_vals"].astype(np.float32) / QUANTUM
        self.bi_gamma = np.maximum(-data["bi_gamma"].astype(np.float32) / QUANTUM, GAMMA_FLOOR)
        self.tri_keys = data["tri_keys"]
        self.tri_vals = -data["tri_vals"].astype(np.float32) / QUANTUM
        self.size = len(self.vocab)

    def id(self, token: str) -> int:
        return self.ids.get(token, UNK)

    def unigram_logp(self, ids: np.ndarray) -> np.ndarray:
        return np.where(ids == UNK, UNSEEN, self.unigram[ids])

    def score(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log-score of w after (u, v), element-wise over equal-shaped arrays."""
        u, v, w = (np.asarray(a, dtype=np.uint64) for a in (u, v, w))
        result = self.uni_gamma[v.astype(np.int64)] + self.unigram_logp(w.astype(np.int64))
        found, pos = _lookup(self.bi_keys, (v << np.uint64(16)) | w)
        result = np.where(found, self.bi_vals[pos], result)
        found, pos = _lookup(self.bi_keys, (u << np.uint64(16)) | v)
        result = result + np.where(found, self.bi_gamma[pos], 0.0)
        found, pos = _lookup(self.tri_keys, (u << np.uint64(32)) | (v << np.uint64(16)) | w)
        return np.where(found, self.tri_vals[pos], result)

    def sequence_logp(self, tokens: list[str]) -> float:
        ids = [BOUNDARY, BOUNDARY] + [self.id(t) for t in tokens]
        arr = np.array(ids, dtype=np.uint64)
        return float(self.score(arr[:-2], arr[1:-1], arr[2:]).sum())


def _lookup(keys: np.ndarray, wanted: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(found?, index) of each wanted key in the sorted ``keys``."""
    wanted = wanted.astype(keys.dtype)
    pos = np.minimum(np.searchsorted(keys, wanted), len(keys) - 1)
    return keys[pos] == wanted, pos


@lru_cache(maxsize=1)
def default_model() -> LanguageModel:
    """The shipped model, loaded once per process."""
    return LanguageModel()
