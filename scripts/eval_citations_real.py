"""Precision and recall of citations on hand-checked real documents.

    python scripts/eval_citations_real.py [--set tests/data/real-citations] [--misses]

The set (``citations.yaml``, rules in its README) lists every numbered
document each of 45 real documents cites, in the part of it that was
checked (``docs/``). vanban reads each document as ingest does and its
citations (numbered ones; the document's own number left out) are compared
by số ký hiệu, written without spaces, dashes as "-".
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))


def key(number: str) -> str:
    text = unicodedata.normalize("NFC", str(number))
    return "".join(text.split()).replace("–", "-").replace("—", "-").upper()


def found_numbers(path: Path) -> set[str]:
    from vanban.pipeline import process

    doc = process(path)
    own = key(doc.metadata.so_ky_hieu) if doc.metadata.so_ky_hieu else None
    return {key(c.so_ky_hieu) for c in doc.citations if c.so_ky_hieu and key(c.so_ky_hieu) != own}


def evaluate(folder: Path) -> tuple[int, int, int, list[str]]:
    """(true positives, found, expected, misses)."""
    entries = yaml.safe_load((folder / "citations.yaml").read_text(encoding="utf-8"))
    right = found_total = expected_total = 0
    misses = []
    for entry in entries:
        expected = {key(c["so_ky_hieu"]): {key(v) for v in c.get("variants") or []} | {key(c["so_ky_hieu"])}
                    for c in entry["citations"]}
        found = found_numbers(folder / "docs" / entry["file"])
        matched = {k for k, spellings in expected.items() if spellings & found}
        extra = {f for f in found if not any(f in spellings for spellings in expected.values())}
        right += len(matched)
        found_total += len(matched) + len(extra)
        expected_total += len(expected)
        misses += [f"{entry['file']}\tmissed\t{k}" for k in sorted(set(expected) - matched)]
        misses += [f"{entry['file']}\tinvented\t{k}" for k in sorted(extra)]
    return right, found_total, expected_total, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", type=Path, default=ROOT / "tests" / "data" / "real-citations")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    right, found, expected, misses = evaluate(args.set)
    print(f"precision {right / max(found, 1):.3f} ({right}/{found})  recall {right / max(expected, 1):.3f} "
          f"({right}/{expected})")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
