"""The repaired text beside the printed one, line by line.

For an editor checking what the portal changed: each line of the cleaned
original is kept as it is when the repair left it alone, or cut into runs
of unchanged text and changed words (printed → repaired, and whether the
repair was sure). Words are compared with difflib, so every difference
shows, including spacing the repair tidied in document numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from .decoder import Change

_TOKENS = re.compile(r"\s+|\S+")

#: A line: the text itself when unchanged, else runs: str (same) or dict
#: {"goc": printed, "sua": repaired, "chac": sure}.
Line = str | list


def side_by_side(printed: str, repaired: str, changes: list[Change]) -> list[Line]:
    """``printed`` and ``repaired`` have the same lines (the repair never
    adds or removes one); ``changes`` are the repair's, with offsets in
    ``printed``, to know which repaired words are unsure."""
    starts = [0] + [m.end() for m in re.finditer("\n", printed)]
    unsure: dict[int, set[str]] = {}
    for change in changes:
        if not change.confident:
            unsure.setdefault(bisect_right(starts, change.start) - 1, set()).add(change.replacement.strip())
    out: list[Line] = []
    for n, (before, after) in enumerate(zip(printed.split("\n"), repaired.split("\n"))):
        out.append(before if before == after else _runs(before, after, unsure.get(n, set())))
    return out


def _runs(before: str, after: str, unsure: set[str]) -> list:
    a, b = _TOKENS.findall(before), _TOKENS.findall(after)
    runs: list = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append("".join(a[i1:i2]))
        else:
            new = "".join(b[j1:j2])
            runs.append({"goc": "".join(a[i1:i2]), "sua": new, "chac": not any(w in unsure for w in new.split())})
    return runs
