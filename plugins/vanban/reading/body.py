"""Body lines → Markdown: re-join hard-wrapped lines, keep headings and lists.

Numbering is content (a journalist cites "mục II.3"), so it is kept as
printed: "1." becomes a heading or an escaped paragraph, never a Markdown
ordered list that would renumber it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vanban.text.letters import is_upper_line

_ROMAN = re.compile(r"^(?P<n>[IVXL]{1,5}|[I|l1][I1l|]{0,3})\s*[.\-–]\s*(?=\S)")
_ARABIC = re.compile(r"^(?P<n>\d{1,2}(?:\.\d{1,2})*)\s*[.)]\s+(?=\S)")
_LETTER = re.compile(r"^(?P<n>[a-zđ])\s*\)\s*(?=\S)")
_ARTICLE = re.compile(r"^(?:Điều|Dieu|Diéu)\s+\d+\s*[.:]", re.IGNORECASE)
_BULLET = re.compile(r"^(?P<mark>[-–•+*])\s*(?=\S)")
_SENTENCE_END = (".", ";", ":", "!", "?", "./.", "…", ")", "”", '"')
HEADING_MAX = 260  #: longer numbered items are paragraphs, not headings


@dataclass
class Block:
    """One paragraph of the body and what ``classify`` made of it."""
    kind: str  #: h2 / h3 / h4 / li / li2 / p
    text: str


def _starts_item(line: str) -> bool:
    s = line.strip()
    return bool(_ROMAN.match(s) or _ARABIC.match(s) or _LETTER.match(s) or _ARTICLE.match(s) or _BULLET.match(s))


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a number cut at its hyphen ("43-" / "KL/TW") joins tight."""
    text = ""
    for line in (" ".join(s.split()) for s in lines):
        if not text:
            text = line
        elif re.search(r"[\w][-/]$", text) and re.match(r"[A-ZĐ0-9]", line):
            text += line
        else:
            text += " " + line
    return text


FULL_LINE = 0.75  #: a wrapped line fills at least this share of the text width


def _text_width(lines: list[str]) -> int:
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def paragraphs(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: blank lines and item markers start one.

    A line goes on from the one above when that one was wrapped (it fills
    the text width) or when it starts in lower case; a short line ends its
    paragraph, which is how a heading without a blank line under it ends. A
    paragraph cut by a page break (blank line, then lower case) is joined back.
    """
    width = _text_width(lines)
    groups: list[list[str]] = []
    blank = True
    for line in lines:
        if not line.strip():
            blank = True
            continue
        s = line.strip()
        last = _ANCHOR.sub("", groups[-1][-1]).rstrip() if groups else ""
        wrapped = len(last) >= FULL_LINE * width or not s[:1].isupper()
        continues = groups and not _starts_item(s) and (
            (not blank and wrapped) or (s[:1].islower() and not last.endswith(_SENTENCE_END)))
        if continues:
            groups[-1].append(s)
        else:
            groups.append([s])
        blank = False
    return [join_lines(g) for g in groups]


def classify(text: str) -> Block:
    """What one paragraph of the body is: a heading (and its level), a list
    item or plain text, from its numbering and shape."""
    plain = _ANCHOR.sub("", text)
    heading_like = len(plain) <= HEADING_MAX and not plain.rstrip("*").endswith(_SENTENCE_END[:2] + ("./.",))
    roman = _ROMAN.match(text)
    # A numbered title in capitals is a top-level part whatever OCR made of
    # its numeral ("|. MỤC ĐÍCH", "1. NỘI DUNG" for "II. NỘI DUNG").
    if roman and heading_like and is_upper_line(text[roman.end():]):
        return Block("h2", text)
    if roman and roman.group("n").isalpha() and roman.group("n").isupper() and heading_like:
        return Block("h2", text)
    if _ARTICLE.match(text):
        return Block("h3", text)
    m = _ARABIC.match(text)
    if m:
        return Block("h3" if heading_like and "." not in m.group("n") else ("h4" if heading_like else "p"), text)
    if _LETTER.match(text):
        return Block("h4" if heading_like else "p", text)
    m = _BULLET.match(text)
    if m:
        return Block("li2" if m.group("mark") == "+" else "li", text[m.end():])
    return Block("p", text)


def escape_line_start(text: str) -> str:
    """Stop a paragraph's first characters being read as Markdown syntax."""
    text = re.sub(r"^(\d{1,9})([.)])(\s)", r"\1\\\2\3", text)
    return re.sub(r"^([#>+*=_`~|-])", r"\\\1", text)


#: Left by structure where a footnote stood, to anchor its reference.
FOOTNOTE_ANCHOR = "\u2063"
_ANCHOR = re.compile(FOOTNOTE_ANCHOR + r"(\d+)" + FOOTNOTE_ANCHOR)
_SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


#: A footnote marker printed as a digit glued to a word ("tỉnh1,"), or the
#: glyph OCR made of a superscript ("xã'", "sở?", "định®").
_MARKER_GLYPH = r"['?®°*’]"
NOTE_PAGE_BLOCKS = 6  #: how far back from a footnote its marker may be


def _digit_marker(n: int) -> re.Pattern:
    return re.compile(rf"(?<=[a-zđà-ỹ]){n}(?=[\s,.;:)”\u2063]|$)")


_GLYPH_MARKER = re.compile(rf"(?<=[a-zđà-ỹ]){_MARKER_GLYPH}(?=[\s,.;:)”\u2063]|$)")


def _place_references(texts: list[str], numbers: set[int]) -> list[str]:
    """Turn footnote markers into ``[^n]``.

    A superscript digit is a marker wherever it stands. Otherwise the marker
    is looked for on the page the note was printed on (the paragraphs before
    its page break): a digit glued to a word, nearest first, or else the
    first glyph OCR made of a superscript, in reading order, since notes on
    one page are numbered in the order of their markers; failing both, the
    reference goes at the end of the paragraph the page break fell in.
    """
    def superscript(m: re.Match) -> str:
        n = int(m.group(0).translate(_SUPERSCRIPTS))
        if n in numbers:
            numbers.discard(n)
            return f"[^{n}]"
        return m.group(0)

    texts = [re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+", superscript, t) for t in texts]
    for k in range(len(texts)):
        while True:
            m = next((a for a in _ANCHOR.finditer(texts[k])), None)
            if m is None:
                break
            n = int(m.group(1))
            texts[k] = texts[k][:m.start()] + texts[k][m.end():]
            if n not in numbers:
                continue
            numbers.discard(n)
            if not _put_marker(texts, k, m.start(), n):
                texts[k] = texts[k].rstrip() + f"[^{n}]"
    return texts


def _put_marker(texts: list[str], k: int, limit: int, n: int) -> bool:
    window = range(max(0, k - NOTE_PAGE_BLOCKS + 1), k + 1)
    for j in reversed(window):
        found = list(_digit_marker(n).finditer(texts[j], 0, limit if j == k else len(texts[j])))
        if found:
            texts[j] = texts[j][:found[-1].start()] + f"[^{n}]" + texts[j][found[-1].end():]
            return True
    for j in window:
        m = _GLYPH_MARKER.search(texts[j], 0, limit if j == k else len(texts[j]))
        if m:
            texts[j] = texts[j][:m.start()] + f"[^{n}]" + texts[j][m.end():]
            return True
    return False


def to_markdown(lines: list[str], footnotes: dict[int, str]) -> str:
    """The body as Markdown: paragraphs joined back across line and page
    breaks, headings and lists marked, footnotes appended."""
    out: list[str] = []
    previous = ""
    blocks = [classify(p) for p in paragraphs(lines)]
    texts = _place_references([b.text for b in blocks], set(footnotes))
    for block, text in zip(blocks, texts):
        if block.kind in ("h2", "h3", "h4"):
            prefix = "#" * int(block.kind[1])
            out.append(f"{prefix} {text.rstrip('#').rstrip() or text}")
        elif block.kind == "li":
            out.append(f"- {escape_line_start(text)}")
        elif block.kind == "li2":
            indent = "    " if previous.startswith(("li", "li2")) else ""
            out.append(f"{indent}- {escape_line_start(text)}")
        else:
            out.append(escape_line_start(text))
        previous = block.kind
    body = _join_blocks(out)
    notes = [f"[^{n}]: {escape_line_start(text)}" for n, text in sorted(footnotes.items())]
    return body + ("\n\n" + "\n".join(notes) if notes else "") + "\n"


def _join_blocks(blocks: list[str]) -> str:
    """Blank line between blocks, except inside a run of list items."""
    text = ""
    for block in blocks:
        if not text:
            text = block
        elif block.lstrip().startswith("- ") and text.rsplit("\n", 1)[-1].lstrip().startswith("- "):
            text += "\n" + block
        else:
            text += "\n\n" + block
    return text
