"""The printed and repaired lines side by side: every difference shows."""

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.repair import compare

WORDS = st.sampled_from(["cua", "của", "Ban", "Thuong", "Thường", "vu", "vụ", "61", "/KH", "61/KH", "-", "tinh"])


def _sides(runs):
    before = "".join(r if isinstance(r, str) else r["goc"] for r in runs)
    after = "".join(r if isinstance(r, str) else r["sua"] for r in runs)
    return before, after


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60),
       st.lists(st.tuples(st.sampled_from(["replace", "join", "drop"]), st.integers(0, 59), WORDS), max_size=10))
def test_long_line_alignment_rebuilds_both_sides(words, edits):
    """Whatever the repair did to a line (words replaced, joined, dropped),
    the one-pass alignment's runs give back both sides exactly."""
    after = list(words)
    for kind, at, word in edits:
        if at >= len(after):
            continue
        if kind == "replace":
            after[at] = word
        elif kind == "join" and at + 1 < len(after):
            after[at:at + 2] = [after[at] + after[at + 1]]
        elif kind == "drop":
            del after[at]
    a, b = compare._TOKENS.findall(" ".join(words)), compare._TOKENS.findall(" ".join(after))
    ops = compare._aligned(a, b)
    assert "".join("".join(a[i1:i2]) for _, i1, i2, _, _ in ops) == "".join(a)
    assert "".join("".join(b[j1:j2]) for _, _, _, j1, j2 in ops) == "".join(b)
    assert all(a[i1:i2] == b[j1:j2] for op, i1, i2, j1, j2 in ops if op == "equal")
    assert [(i1, j1) for _, i1, _, j1, _ in ops] == sorted((i1, j1) for _, i1, _, j1, _ in ops)


def test_a_document_on_one_line_is_compared_in_one_pass():
    """Past ``DIFFLIB_MAX`` the line is aligned in one pass: the runs still
    rebuild both sides, and only the changed words are marked."""
    phrase = "Ban Thuong vu Tinh uy de nghi cac co quan trien khai "
    printed = phrase * 400
    repaired = printed.replace("Thuong vu", "Thường vụ")
    (runs,) = compare.side_by_side(printed, repaired, [])
    assert _sides(runs) == (printed, repaired)
    changed = [r for r in runs if isinstance(r, dict)]
    assert len(changed) == 400 and {(r["goc"], r["sua"]) for r in changed} == {("Thuong vu", "Thường vụ")}


def test_a_joined_number_rebuilds_both_sides():
    printed, repaired = "S6: 61 /KH-UBND ngay 26 " * 200, "Số: 61/KH-UBND ngày 26 " * 200
    (runs,) = compare.side_by_side(printed, repaired, [])
    assert _sides(runs) == (printed, repaired)
