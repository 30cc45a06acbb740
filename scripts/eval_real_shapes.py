"""Score ``vanban extract`` on real documents re-printed in the shapes other
portals and offices give them, against the keys their portal recorded.

    python scripts/eval_real_shapes.py [--real ../shared/real] [--only tvplmd] [--misses SHAPE]

A held-out document differs from ours less in its words than in its shape:
the same letter comes as a web page saved as Markdown, as the office's own
text, as a web copy with a blank line after every line, as a Gazette PDF's
text (CRLF, NBSP, decomposed marks, a running head and page number on every
page). Each shape here is made from the document as found, by a rule that
keeps every printed word, and scored as ``eval_real.py`` scores (the same
fields, the same comparisons). A field right as found and wrong in another
shape is reading that leans on a layout.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))
sys.path.insert(0, str(ROOT / "scripts"))

import eval_real  # noqa: E402


def as_found(text: str) -> str:
    return text


def office_text(text: str) -> str:
    """The office's own text: no bold or italic markers, no table rules or cells."""
    lines = []
    for line in text.splitlines():
        line = line.replace("**", "")
        line = re.sub(r"^\*(?=\S)|(?<=\S)\*$", "", line)
        if re.fullmatch(r"\s*(\||-{3,}|_{3,})\s*", line):
            continue
        lines.append(line)
    return "\n".join(lines) + "\n"


def web_blocks(text: str) -> str:
    """A web copy of the office text: every line a block, a blank line between."""
    return "\n\n".join(line for line in office_text(text).splitlines() if line.strip()) + "\n"


def compact(text: str) -> str:
    """The office text with no blank line at all, as many PDF extractions give it."""
    return "\n".join(line for line in office_text(text).splitlines() if line.strip()) + "\n"


def pdf_columns(text: str) -> str:
    """The header table laid out as a PDF's text layer gives it, its two
    columns side by side ("ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI…",
    "Số: 81/2025/QĐ-UBND   Đà Nẵng, ngày…"): made from a flattened header
    table's cells (issuer | motto | | number | place and date); a document
    without that table is left as office text."""
    lines = text.splitlines()
    cells, cell, end = [], [], None
    for i, line in enumerate(lines[:40]):
        if line.strip() == "|":
            cells.append(cell)
            cell = []
            if len([c for c in cells if c]) == 4:
                end = i
                break
            continue
        cell.append(line)
    full = [c for c in cells if c]
    if end is None or len(full) != 4 or "CỘNG HÒA" not in " ".join(full[1]).upper():
        return office_text(text)
    left, right = office_text("\n".join(full[0] + full[2])), office_text("\n".join(full[1] + full[3]))
    rest = lines[end + 1:]
    left_lines, right_lines = left.splitlines(), right.splitlines()
    width = max(len(x) for x in left_lines) + 6
    header = [f"{a:<{width}}{b}".rstrip() for a, b in zip(left_lines + [""] * 9, right_lines + [""] * 9)
              if a or b]
    return "\n".join(header) + "\n" + office_text("\n".join(rest))


def gazette_pdf(text: str) -> str:
    """The office text as a Gazette PDF's extraction gives it: CRLF, NBSP in
    the header, decomposed marks, a running head and page number every 45 lines."""
    out = []
    for i, line in enumerate(office_text(text).splitlines()):
        if i and i % 45 == 0:
            out += ["", "CÔNG BÁO/Số 1021 + 1022/Ngày 05-12-2025 ", f"{i // 45 + 2} ", ""]
        out.append(line.replace("Số: ", "Số:\u00a0") + " ")
    return unicodedata.normalize("NFD", "\r\n".join(out) + "\r\n")


def unaccented(text: str) -> str:
    """The office text typed (or extracted) without its marks, "đ" as "d"."""
    text = unicodedata.normalize("NFD", office_text(text).replace("đ", "d").replace("Đ", "D"))
    return unicodedata.normalize("NFC", "".join(c for c in text if not unicodedata.combining(c)))


SHAPES = {"as-found": as_found, "office-text": office_text, "web-blocks": web_blocks, "compact": compact,
          "pdf-columns": pdf_columns, "gazette-pdf": gazette_pdf}
#: Shapes whose reading goes through repair: measured, not held to the document as found.
REPAIRED_SHAPES = {"unaccented": unaccented}


ALL_SHAPES = {**SHAPES, **REPAIRED_SHAPES}


def read_shaped(args: tuple[Path, str]) -> tuple[str, str, dict | None]:
    from vanban.pipeline import process

    path, shape = args
    text = ALL_SHAPES[shape](path.read_text(encoding="utf-8", errors="replace"))
    try:
        return path.name, shape, process(path, text.encode("utf-8")).metadata.as_dict()
    except Exception as exc:  # noqa: BLE001 - a crash is a miss on every field, and is printed
        print(f"{path.name} [{shape}]: {exc!r}", file=sys.stderr)
        return path.name, shape, None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=ROOT.parent / "shared" / "real")
    parser.add_argument("--only", default="tvplmd", help="source whose documents are re-printed (default tvplmd: "
                        "its portal keys every field)")
    parser.add_argument("--misses", metavar="SHAPE", help="list the misses of this shape that the document as "
                        "found does not have")
    args = parser.parse_args()
    files = sorted((args.real / "docs").glob(f"{args.only}-*.txt"))
    with multiprocessing.get_context("fork").Pool(2) as pool:
        results = pool.map(read_shaped, [(f, s) for f in files for s in ALL_SHAPES], chunksize=4)
    scores: dict = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    right: dict = {}
    for name, shape, meta in results:
        key = json.loads((args.real / "docs" / name).with_suffix(".json").read_text(encoding="utf-8"))
        for field, (expected, how) in eval_real.expected_fields(key, name.split("-")[0]).items():
            ok = eval_real.right(expected, (meta or {}).get(field), how)
            scores[shape][field][0] += ok
            scores[shape][field][1] += 1
            right[name, shape, field] = (ok, expected, (meta or {}).get(field))
    fields = [f for f in eval_real.FIELDS if any(scores[s][f][1] for s in ALL_SHAPES)]
    print(f"{'shape':<13}" + "".join(f"{f:>18}" for f in fields) + f"{'lowest':>9}")
    for shape in ALL_SHAPES:
        cells = [scores[shape][f] for f in fields]
        print(f"{shape:<13}" + "".join(f"{ok / n:8.2f} ({ok:>3}/{n:>3})" for ok, n in cells)
              + f"{min(ok / n for ok, n in cells):9.2f}")
    if args.misses:
        for (name, shape, field), (ok, expected, got) in sorted(right.items()):
            if shape == args.misses and not ok and right[name, "as-found", field][0]:
                print(f"{name}\t{field}\texpected {expected!r}\tread {got!r}")


if __name__ == "__main__":
    main()
