"""Train the repair language model from the legal-text corpus.

    python scripts/train_lm.py [CORPUS_DIR] [OUT]

Reads ``*.txt.gz`` (one paragraph a line), drops repeated lines (phapdien
repeats its citation lines tens of thousands of times), writes syllables in
the canonical tone placement, counts 1-3-grams with numpy and keeps the
n-grams seen often enough; writes quantised stupid-backoff log-probabilities
to ``plugins/vanban/data/lm.npz``. Only counts-derived numbers ship.
"""

from __future__ import annotations

import gzip
import hashlib
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.repair.lm import BOUNDARY, QUANTUM, SPECIAL, UNK, lm_tokens
from vanban.text.syllables import is_syllable

MIN_UNIGRAM = 2
MIN_BIGRAM = 1
MIN_TRIGRAM = 1


def read_lines(corpus: Path):
    seen: set[bytes] = set()
    for path in sorted(corpus.glob("*.txt.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as f:
            for line in f:
                digest = hashlib.blake2b(line.encode("utf-8"), digest_size=8).digest()
                if digest in seen:
                    continue
                seen.add(digest)
                yield line


def quantise(logp: np.ndarray) -> np.ndarray:
    return np.clip(np.round(-logp * QUANTUM), 0, 255).astype(np.uint8)


def _discount(counts: np.ndarray) -> float:
    n1, n2 = int((counts == 1).sum()), int((counts == 2).sum())
    return n1 / (n1 + 2 * n2) if n1 + n2 else 0.5


def _group_sums(keys: np.ndarray, values: np.ndarray, group: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For ``keys`` sorted by ``group``: (groups, sum of values, number of keys) per group."""
    groups, starts, sizes = np.unique(group, return_index=True, return_counts=True)
    return groups, np.add.reduceat(values, starts), sizes


def kneser_ney(seq: np.ndarray, vocab_size: int) -> dict[str, np.ndarray]:
    """Interpolated Kneser-Ney trigram tables in backoff form (Chen & Goodman 1999).

    score(w | u v) = log p3 if (u v w) is kept, else log γ(u v) + log p2(w | v)
    when (v w) was seen, else log γ(u v) + log γ(v) + log p1(w).
    """
    sixteen = np.uint64(16)
    mask16 = np.uint64(0xFFFF)
    tri = (seq[:-2] << np.uint64(32)) | (seq[1:-1] << sixteen) | seq[2:]
    tri_keys, tri_counts = np.unique(tri, return_counts=True)
    # Continuation counts: how many different words precede a bigram / a word.
    suffix = tri_keys & np.uint64(0xFFFFFFFF)
    bi_keys, bi_cont = np.unique(suffix, return_counts=True)
    uni_cont = np.bincount((bi_keys & mask16).astype(np.int64), minlength=vocab_size).astype(np.float64)
    p1 = np.maximum(uni_cont, 0.5) / uni_cont.sum()

    d2 = _discount(bi_cont)
    v_of_bi = (bi_keys >> sixteen).astype(np.int64)
    ctx_total = np.bincount(v_of_bi, weights=bi_cont, minlength=vocab_size)
    ctx_types = np.bincount(v_of_bi, minlength=vocab_size).astype(np.float64)
    gamma1 = np.where(ctx_total > 0, d2 * ctx_types / np.maximum(ctx_total, 1), 1.0)
    w_of_bi = (bi_keys & mask16).astype(np.int64)
    p2 = np.maximum(bi_cont - d2, 0) / ctx_total[v_of_bi] + gamma1[v_of_bi] * p1[w_of_bi]

    d3 = _discount(tri_counts)
    context = tri_keys >> sixteen  # (u v), sorted
    groups, totals, types = _group_sums(tri_keys, tri_counts.astype(np.float64), context)
    gamma2_of_group = d3 * types / totals
    group_index = np.searchsorted(groups, context)
    p2_of_tri = p2[np.searchsorted(bi_keys, suffix)]
    p3 = np.maximum(tri_counts - d3, 0) / totals[group_index] + gamma2_of_group[group_index] * p2_of_tri

    # γ(u v) lives with the bigram (u v); every trigram context is a seen bigram.
    gamma2 = np.zeros(len(bi_keys))
    gamma2[np.searchsorted(bi_keys, groups)] = np.log(gamma2_of_group)
    keep = tri_counts >= MIN_TRIGRAM
    print(f"discounts D2={d2:.2f} D3={d3:.2f}", file=sys.stderr)
    return {
        "uni": np.log(p1), "uni_gamma": np.log(gamma1),
        "bi_keys": bi_keys.astype(np.uint32), "bi_vals": np.log(p2), "bi_gamma": gamma2,
        "tri_keys": tri_keys[keep], "tri_vals": np.log(p3[keep]),
    }


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "plugins" / "vanban" / "data" / "lm.npz"
    started = time.time()
    lines = [lm_tokens(line) for line in read_lines(corpus)]
    print(f"{len(lines)} distinct lines tokenised in {time.time() - started:.0f} s", file=sys.stderr)
    counts = Counter(tok for line in lines for tok in line)
    vocab = SPECIAL + sorted(
        t for t, c in counts.items()
        if c >= MIN_UNIGRAM and t not in SPECIAL and (is_syllable(t) or (t.isalpha() and c >= 50))
    )
    assert len(vocab) < 65536
    ids = {t: i for i, t in enumerate(vocab)}
    seq = np.fromiter((ids.get(t, UNK) for line in lines for t in [*line, "<p>"]), dtype=np.uint64)
    seq = np.concatenate([np.array([BOUNDARY, BOUNDARY], dtype=np.uint64), seq])
    n_tokens = int((seq > BOUNDARY).sum())
    print(f"{n_tokens} tokens, vocabulary {len(vocab)}", file=sys.stderr)

    tables = kneser_ney(seq, len(vocab))
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, vocab=np.array("\n".join(vocab)),
                        **{k: quantise(v) if v.dtype.kind == "f" else v for k, v in tables.items()})
    print(f"bigrams {len(tables['bi_keys'])}, trigrams {len(tables['tri_keys'])}, "
          f"{out.stat().st_size / 1e6:.1f} MB, {time.time() - started:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
