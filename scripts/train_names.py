"""Count how Vietnamese personal names are spelled, for restoring a signer's
name from unaccented or OCR text.

    python scripts/train_names.py [CORPUS_DIR] [OUT]

Reads the news and web prose of ``../shared/corpus`` (where names of people
are), finds names: three or four capitalised syllables in a row whose first is
a common surname (``vanban.repair.names.SURNAMES``; two-syllable runs are too often
other things: "Hà Lan", "Hồ Chủ tịch"), not a place the list of
administrative units knows ("Hà Nội", "Lâm Đồng") nor one after a unit word;
counts each syllable as surname, middle or given name, in the canonical tone
placement; writes the counts seen at least twice to
``plugins/vanban/repair/data/names.tsv`` (role, syllable, count). Only counts
ship, never the text.
"""

from __future__ import annotations

import gzip
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "plugins"))

from vanban.repair.names import ROLES, SURNAMES  # noqa: E402
from vanban.text.letters import fold  # noqa: E402
from vanban.text.places import units  # noqa: E402
from vanban.text.syllables import canonical, is_syllable  # noqa: E402
from vanban.text.vocabulary import UNIT_WORDS  # noqa: E402

SOURCES = ("news_baomoi_2017.txt.gz", "legal_admin_web_prose_2025.txt.gz")
MIN_COUNT = 2
_TOKEN = re.compile(r"[^\W\d_]+|\S")


def names_in(line: str, surnames: set[str], places: set[str]):
    """The names in a line of text, as lists of syllables."""
    tokens = _TOKEN.findall(line)
    i = 0
    while i < len(tokens):
        if canonical(tokens[i].lower()) not in surnames or not tokens[i].istitle():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 4 and tokens[j].istitle() and is_syllable(canonical(tokens[j].lower())):
            j += 1
        run = tokens[i:j]
        after_unit = i > 0 and fold(tokens[i - 1]).lower() in {u.split()[-1] for u in UNIT_WORDS}
        if len(run) >= 3 and not after_unit and fold(" ".join(run)) not in places:
            yield [canonical(t.lower()) for t in run]
        i = max(j, i + 1)


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "plugins" / "vanban" / "repair" / "data" / "names.tsv"
    surnames = {canonical(s.lower()) for s in SURNAMES}
    places = {key for table in units().values() for key in table}
    counts = {role: Counter() for role in ROLES}
    started, found = time.time(), 0
    for name in SOURCES:
        with gzip.open(corpus / name, "rt", encoding="utf-8") as f:
            for line in f:
                for syllables in names_in(line, surnames, places):
                    found += 1
                    counts["surname"][syllables[0]] += 1
                    counts["given"][syllables[-1]] += 1
                    for middle in syllables[1:-1]:
                        counts["middle"][middle] += 1
    rows = [(role, syllable, n) for role in ROLES for syllable, n in counts[role].most_common() if n >= MIN_COUNT]
    out.write_text("".join(f"{role}\t{syllable}\t{n}\n" for role, syllable, n in rows), encoding="utf-8")
    print(f"{found} names in {time.time() - started:.0f} s; {len(rows)} rows, {out.stat().st_size // 1024} KB "
          f"→ {out}")


if __name__ == "__main__":
    main()
