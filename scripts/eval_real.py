"""Score ``vanban extract`` on real documents, as ``../shared/real/README.md`` says.

    python scripts/eval_real.py [--real ../shared/real] [--misses] [--only SOURCE]

For each document of ``docs/``: the fields its portal recorded against what
vanban reads, per source and per field; a field counts only where the
portal gave a key. ``--misses`` lists every miss (document, field, expected,
read). The figure of a set is its lowest field accuracy.
"""

from __future__ import annotations

import argparse
import difflib
import json
import multiprocessing
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

FIELDS = ("so_ky_hieu", "ngay_ban_hanh", "loai_van_ban", "nguoi_ky", "trich_yeu", "co_quan_ban_hanh")
SKIPPED_TYPES = {"văn bản khác", "văn bản hợp nhất"}


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _bare(text: str) -> str:
    """Without diacritics (đ → d), upper case: for accent-free keys."""
    text = _nfc(text).replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).upper()


def number_form(text: str) -> str:
    return re.sub(r"\s+", "", _nfc(text)).upper().replace("–", "-").replace("—", "-")


def expected_fields(key: dict, source: str) -> dict:
    """What a document is scored on: field → (expected, how to compare)."""
    out = {}
    extra = key.get("source_fields") or {}
    if key.get("so_ky_hieu"):
        out["so_ky_hieu"] = (key["so_ky_hieu"], "number")
    elif extra.get("so_ky_hieu_ascii_from_slug"):
        out["so_ky_hieu"] = (extra["so_ky_hieu_ascii_from_slug"], "number-bare")
    if key.get("ngay_ban_hanh"):
        out["ngay_ban_hanh"] = (key["ngay_ban_hanh"], "exact")
    if key.get("loai_van_ban") and _nfc(key["loai_van_ban"]).lower() not in SKIPPED_TYPES:
        out["loai_van_ban"] = (key["loai_van_ban"], "case")
    if key.get("nguoi_ky"):
        out["nguoi_ky"] = (key["nguoi_ky"], "case")
    if key.get("trich_yeu") and source.startswith("vbpl"):
        out["trich_yeu"] = (key["trich_yeu"], "words")
    if key.get("co_quan_ban_hanh") and source.startswith("tvpl"):
        out["co_quan_ban_hanh"] = (key["co_quan_ban_hanh"], "contains")
    return out


def right(expected: str, read, how: str) -> bool:
    if not isinstance(read, str) or not read:
        return False
    if how == "number":
        return number_form(read) == number_form(expected)
    if how == "number-bare":
        return _bare(number_form(read)) == _bare(number_form(expected))
    if how == "exact":
        return read == expected
    if how == "case":
        return _nfc(read).casefold() == _nfc(expected).casefold()
    if how == "words":
        a, b = _nfc(read).lower().split(), _nfc(expected).lower().split()
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.9
    if how == "contains":
        name = re.sub(r"^(tỉnh|thành phố)\s+", "", _nfc(expected).strip(), flags=re.I)
        return name.casefold() in _nfc(read).casefold()
    raise ValueError(how)


def read_one(path: Path) -> tuple[str, dict | None, str]:
    from vanban.pipeline import process
    from vanban.reading.decode import DecodeError

    try:
        return path.name, process(path).metadata.as_dict(), ""
    except DecodeError as exc:
        return path.name, None, exc.code


def evaluate(files: list[Path], workers: int = 2) -> tuple[dict, list]:
    """(source → field → [right, scored]), misses."""
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        results = pool.map(read_one, files, chunksize=4)
    scores: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    misses = []
    for path, (name, meta, error) in zip(files, results):
        source = name.split("-")[0]
        key = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
        for field, (expected, how) in expected_fields(key, source).items():
            got = (meta or {}).get(field)
            ok = right(expected, got, how)
            for group in (source, "all"):
                scores[group][field][0] += ok
                scores[group][field][1] += 1
            if not ok:
                misses.append((name, field, expected, got if meta is not None else f"[{error}]"))
    return scores, misses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "real")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    parser.add_argument("--only", help="one source (tvplmd, vbplhtml, congbao, vbai)")
    parser.add_argument("--field", help="list the misses of this field only")
    args = parser.parse_args()
    files = sorted(p for p in (args.real / "docs").glob("*.txt") if not args.only or p.name.startswith(args.only))
    scores, misses = evaluate(files)
    print(f"{'source':<10}" + "".join(f"{f:>18}" for f in FIELDS) + f"{'lowest':>10}")
    for group in sorted(scores, key=lambda g: (g == "all", g)):
        cells, rates = [], []
        for field in FIELDS:
            ok, n = scores[group][field]
            cells.append(f"{ok / n:8.2f} ({ok:>3}/{n:>3})" if n else f"{'—':>18}")
            if n:
                rates.append(ok / n)
        print(f"{group:<10}" + "".join(f"{c:>18}" for c in cells) + f"{min(rates):10.2f}")
    unprinted = [m for m in misses if not key_printed(args.real / "docs" / m[0], m[1], m[2])]
    print(f"misses: {len(misses)}, of which {len(unprinted)} where the portal's key is printed nowhere in the "
          "document (a key that is not the printed value: 'điều' for a number, a Cyrillic С, a portal's own title)")
    if args.misses or args.field:
        for name, field, expected, got in misses:
            if not args.field or field == args.field:
                note = "" if (name, field, expected, got) not in unprinted else "\t(key not in the text)"
                print(f"{name}\t{field}\texpected {expected!r}\tread {got!r}{note}")


def key_printed(path: Path, field: str, expected: str) -> bool:
    """Whether the portal's value stands in the document as printed (spaces,
    case and dashes aside): where it does not, the miss may be the key's."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if field in ("so_ky_hieu", "trich_yeu"):
        return number_form(expected) in number_form(text)
    return True


if __name__ == "__main__":
    main()
