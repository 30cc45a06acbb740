"""Write a synthetic corpus of raw documents for scale benchmarks.

    python scripts/make_corpus.py N OUT_DIR [--seed S] [--damaged 0.1] [--unaccented 0.02]
                                            [--manifest FILE]

OUT_DIR gets N files 000001.txt … (in the order the documents were issued)
in the layouts real inputs come in, from ``vanban.synth.generate``: one
province with its districts and communes, 2019–2026, state and Party
bodies, citation chains, drafts, scans with OCR damage and texts typed
without diacritics. The same N and seed give the same corpus. --manifest
writes what each file holds (số ký hiệu, type, date, issuer, trích yếu,
signer, citations) as JSON, for scoring a run against it; it is kept out of
OUT_DIR so that the folder can be ingested as it is.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.synth import generate


def share(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a share between 0 and 1")
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, metavar="N", help="how many documents")
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR", help="folder to write them into")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--damaged", type=share, default=0.1, help="share of OCR-damaged documents (default 0.1)")
    parser.add_argument("--unaccented", type=share, default=0.02,
                        help="share of documents typed without diacritics (default 0.02)")
    parser.add_argument("--manifest", type=Path, help="write what each file holds to this JSON file")
    args = parser.parse_args()
    if args.n < 1:
        parser.error("N must be at least 1")
    if args.damaged + args.unaccented > 1:
        parser.error("--damaged and --unaccented add up to more than 1")
    if args.out_dir.exists() and any(args.out_dir.glob("*.txt")):
        print(f"note: {args.out_dir} already holds .txt files; files of the same name are overwritten",
              file=sys.stderr)

    started = time.perf_counter()
    truth = generate(args.n, args.out_dir, seed=args.seed, damaged_share=args.damaged,
                     unaccented_share=args.unaccented)
    elapsed = time.perf_counter() - started

    sizes = sorted((args.out_dir / entry["file"]).stat().st_size for entry in truth)
    total = sum(sizes)
    damaged = sum(entry["damaged"] for entry in truth)
    unaccented = sum(entry["unaccented"] for entry in truth)
    cites = sum(len(entry["cites"]) for entry in truth)
    print(f"{len(truth)} documents in {args.out_dir} ({damaged} OCR-damaged, {unaccented} without diacritics)")
    print(f"total {total / 1e6:.1f} MB; per document median {sizes[len(sizes) // 2] / 1e3:.1f} KB, "
          f"smallest {sizes[0] / 1e3:.1f} KB, largest {sizes[-1] / 1e3:.1f} KB; "
          f"{cites / len(truth):.1f} citations each")
    print(f"generated in {elapsed:.1f} s ({len(truth) / elapsed:.0f} documents/s)")
    if args.manifest:
        args.manifest.parent.mkdir(parents=True, exist_ok=True)
        args.manifest.write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"manifest: {args.manifest}")


if __name__ == "__main__":
    main()
