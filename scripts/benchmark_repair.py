"""Measure text repair: accuracy on damaged text whose truth is known, and speed.

    python scripts/benchmark_repair.py [--dev DIR]

Correct texts: the clean sample documents (001-003), which the language
model never saw, plus the hand-checked transcription in shared/dev when it
is there. Each is damaged two ways (OCR-style, and every diacritic
stripped) and repaired; the real OCR of shared/dev is repaired too.
Prints syllable accuracy and character error rate, case-folded and
case-sensitive, and syllables repaired per second.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.repair.decoder import default_decoder, repair_text
from vanban.repair.metrics import score, syllables
from vanban.repair.noise import ocr_damage, strip_diacritics


def correct_texts(dev: Path | None) -> dict[str, str]:
    texts = {p.name[:3]: p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("00[123]_*.txt"))}
    if dev and (dev / "004-part1.gold.txt").exists():
        texts["004-part1"] = (dev / "004-part1.gold.txt").read_text(encoding="utf-8")
    return texts


def run(name: str, damaged: str, truth: str, totals: dict) -> None:
    started = time.perf_counter()
    repaired = repair_text(damaged, force=True).text
    elapsed = time.perf_counter() - started
    totals.setdefault(name, []).append((repaired, truth, elapsed, len(syllables(damaged))))


def report(name: str, rows) -> None:
    hyp = "\n".join(r[0] for r in rows)
    ref = "\n".join(r[1] for r in rows)
    seconds = sum(r[2] for r in rows)
    count = sum(r[3] for r in rows)
    print(f"{name:<28} {score(hyp, ref)}  [{count / seconds:,.0f} syllables/s]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "dev")
    args = parser.parse_args()
    default_decoder()  # load the model once, outside the timings
    totals: dict = {}
    for truth in correct_texts(args.dev).values():
        for seed in range(3):
            run("OCR-style damage", ocr_damage(truth, seed=seed), truth, totals)
        run("diacritics stripped", strip_diacritics(truth), truth, totals)
    for name, rows in totals.items():
        report(name, rows)
    ocr = args.dev / "004-part1.ocr.txt"
    if ocr.exists():
        truth = (args.dev / "004-part1.gold.txt").read_text(encoding="utf-8")
        raw = ocr.read_text(encoding="utf-8")
        print(f"{'real OCR, unrepaired':<28} {score(raw, truth)}")
        rows = []
        run("real", raw, truth, {"real": rows})
        report("real OCR (shared/dev)", rows)


if __name__ == "__main__":
    main()
