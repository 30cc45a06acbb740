"""Precision and recall of citation extraction on the hand-written passages.

    python scripts/eval_citations.py [tests/data/citation-eval/passages.yaml] [-v]

A found citation counts as right when its số ký hiệu equals an expected one
of the same passage (each expected citation matched once, in order); date
and issuer are scored on the matched pairs where the passage gives them.
The passages were written independently of the extractor (see README).
Damaged passages are repaired first, as ``vanban ingest`` does.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.citations.find import find_citations
from vanban.repair.decoder import needs_repair, repair_text
from vanban.text.letters import fold


def _same_issuer(found: str | None, expected: str | None) -> bool:
    return " ".join(fold(found or "").split()) == " ".join(fold(expected or "").split())


def evaluate(items: list[dict], verbose: bool = False) -> dict:
    tp = fp = fn = 0
    dates = [0, 0]
    issuers = [0, 0]
    for item in items:
        text = item["text"]
        if needs_repair(text):  # as ingest does: repair first, then read the citations
            text = repair_text(text).text
        found = [c for c in find_citations(text) if c.so_ky_hieu]
        expected = list(item.get("citations") or [])
        unmatched = list(expected)
        for c in found:
            match = next((e for e in unmatched if e["so_ky_hieu"] == c.so_ky_hieu), None)
            if match is None:
                fp += 1
                if verbose:
                    print(f"FALSE  {c.so_ky_hieu!r} in: {item['text'][:120]!r}")
                continue
            unmatched.remove(match)
            tp += 1
            if match.get("ngay_ban_hanh"):
                dates[1] += 1
                dates[0] += c.ngay_ban_hanh == match["ngay_ban_hanh"]
            if match.get("co_quan_ban_hanh"):
                issuers[1] += 1
                ok = _same_issuer(c.co_quan_ban_hanh, match["co_quan_ban_hanh"])
                issuers[0] += ok
                if verbose and not ok:
                    print(f"ISSUER {c.co_quan_ban_hanh!r} != {match['co_quan_ban_hanh']!r}")
        fn += len(unmatched)
        if verbose:
            for e in unmatched:
                print(f"MISSED {e['so_ky_hieu']!r} in: {item['text'][:160]!r}")
    return {"tp": tp, "fp": fp, "fn": fn, "precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn),
            "date": dates[0] / max(1, dates[1]), "issuer": issuers[0] / max(1, issuers[1]),
            "dates": dates, "issuers": issuers}


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    path = Path(args[0]) if args else ROOT / "tests" / "data" / "citation-eval" / "passages.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8"))
    r = evaluate(items, "-v" in sys.argv)
    print(f"{len(items)} passages: precision {r['precision']:.1%}, recall {r['recall']:.1%} "
          f"(number exact; {r['tp']} right, {r['fp']} wrong, {r['fn']} missed); "
          f"date right {r['date']:.1%} of {r['dates'][1]}, issuer right {r['issuer']:.1%} of {r['issuers'][1]}")


if __name__ == "__main__":
    main()
