"""Field-by-field accuracy of ``vanban extract`` on documents with known metadata.

    python scripts/eval_extract.py [DIR ...] [-v]

DIR holds NNN.txt raw documents and NNN.expected.yaml with the right
so_ky_hieu, loai_van_ban, ngay_ban_hanh, nguoi_ky and trich_yeu
(default: tests/data/extract-eval, written independently of the parser).

A document typed without any diacritics has its expected text values
without them too (its true marks are not in the text): there, a restored
value counts as right when its letters match ("Trần Văn Quang" for
"Tran Van Quang").
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.pipeline import process
from vanban.repair.noise import strip_diacritics
from vanban.text.letters import fold

FIELDS = ("so_ky_hieu", "loai_van_ban", "ngay_ban_hanh", "nguoi_ky", "trich_yeu")


def evaluate(folder: Path, verbose: bool = False) -> dict[str, tuple[int, int]]:
    scores = {f: [0, 0] for f in FIELDS}
    for expected_path in sorted(folder.glob("*.expected.yaml")):
        expected = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
        source = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
        raw = source.read_text(encoding="utf-8")
        unmarked = raw == strip_diacritics(raw)
        got = process(source).metadata.as_dict()
        for field in FIELDS:
            scores[field][1] += 1
            want, have = expected.get(field), got.get(field)
            if unmarked and isinstance(want, str) and isinstance(have, str):
                want, have = fold(want), fold(have)
            if have == want:
                scores[field][0] += 1
            elif verbose:
                print(f"{source.name} {field}: got {got.get(field)!r}, expected {expected.get(field)!r}")
    return {f: (a, b) for f, (a, b) in scores.items()}


def main() -> None:
    folders = [Path(a) for a in sys.argv[1:] if not a.startswith("-")] or [ROOT / "tests" / "data" / "extract-eval"]
    for folder in folders:
        scores = evaluate(folder, "-v" in sys.argv)
        total = sum(a for a, _ in scores.values()), sum(b for _, b in scores.values())
        print(f"{folder}: " + ", ".join(f"{f} {a / b:.1%}" for f, (a, b) in scores.items())
              + f"; all fields {total[0] / total[1]:.1%} ({total[1] // len(FIELDS)} documents)")


if __name__ == "__main__":
    main()
