"""The repaired text beside the printed one, line by line.

For an editor checking what the portal changed: each line of the cleaned
original is kept as it is when the repair left it alone, or cut into runs
of unchanged text and changed words (printed → repaired, and whether the
repair was sure). Words are compared with difflib, so every difference
shows, including spacing the repair tidied in document numbers. difflib
is quadratic in the words of a line, so a long line (a document exported
on one line) is aligned in one linear pass instead (``_aligned``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from difflib import SequenceMatcher

from .decoder import Change

_TOKENS = re.compile(r"\s+|\S+")
DIFFLIB_MAX = 250_000  #: tokens before × after up to which difflib compares a line
LOOKAHEAD = 16  #: tokens searched ahead to find the two sides in step again

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
    opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes() if len(a) * len(b) <= DIFFLIB_MAX \
        else _aligned(a, b)
    for op, i1, i2, j1, j2 in opcodes:
        if op == "equal":
            runs.append("".join(a[i1:i2]))
        else:
            new = "".join(b[j1:j2])
            runs.append({"goc": "".join(a[i1:i2]), "sua": new, "chac": not any(w in unsure for w in new.split())})
    return runs


def _aligned(a: list[str], b: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib-style opcodes in one pass: the repair replaces words in place
    and only seldom joins or splits one, so after a difference the two
    sides are in step again within a few tokens."""
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            start_i, start_j = i, j
            while i < len(a) and j < len(b) and a[i] == b[j]:
                i, j = i + 1, j + 1
            out.append(("equal", start_i, i, start_j, j))
            continue
        di, dj = _resync(a, b, i, j)
        out.append(("replace", i, i + di, j, j + dj))
        i, j = i + di, j + dj
    if i < len(a) or j < len(b):
        out.append(("replace", i, len(a), j, len(b)))
    return out


def _resync(a: list[str], b: list[str], i: int, j: int) -> tuple[int, int]:
    """The fewest tokens to skip on each side (one side may skip none: a
    word joined or split) until two in a row agree."""
    for total in range(1, 2 * LOOKAHEAD + 1):
        for di in range(max(0, total - LOOKAHEAD), min(LOOKAHEAD, total) + 1):
            dj = total - di
            x, y = i + di, j + dj
            if x < len(a) and y < len(b) and a[x] == b[y] and (x + 1 >= len(a) or y + 1 >= len(b)
                                                               or a[x + 1] == b[y + 1]):
                return di, dj
    return 1, 1
