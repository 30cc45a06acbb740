"""Document Markdown → safe HTML with markdown-it-py.

Document text is untrusted: raw HTML is off (``<script>`` shows as text),
links are kept only to the site itself or to plain http(s), and headings get
ids from python-slugify so "Điều 5" keeps its "d".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from vanban.text.slugs import slug

from .html import fmt

_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.IGNORECASE)


def safe_link(url: str) -> bool:
    """Allow relative links, in-page anchors and http(s) only."""
    m = _SCHEME.match(url.strip())
    return m is None or m.group(1).lower() in ("http", "https")


def is_outside(url: str) -> bool:
    """A link to another host: http(s), or protocol-relative ("//host",
    which browsers also read in "/\\host" and "\\\\host")."""
    url = url.strip()
    return url.lower().startswith(("http://", "https://")) or url[:2].replace("\\", "/") == "//"


@dataclass
class Heading:
    """A heading of the body, for the table of contents."""
    level: int
    id: str
    text: str


@dataclass
class Rendered:
    """A body as HTML, and its headings."""
    html: str
    headings: list[Heading] = field(default_factory=list)


#: Citations to link: (the exact words in the text, URL of the cited page).
CitationLinks = list[tuple[str, str]]


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable("table")
    md.use(footnote_plugin, inline=False)
    md.validateLink = safe_link
    return md


_MD = _parser()


def render(markdown: str, citation_links: CitationLinks | None = None,
           uncertain: list[dict] | None = None) -> Rendered:
    """``uncertain``: repaired words to mark, as ``Repair.uncertain`` lists them."""
    env: dict = {}
    tokens = _MD.parse(markdown, env)
    headings = _label_headings(tokens)
    _label_passages(tokens)
    if uncertain:
        _mark_uncertain(tokens, uncertain)
    if citation_links:
        _link_citations(tokens, citation_links)
    _mark_external_links(tokens)
    return Rendered(_MD.renderer.render(tokens, _MD.options, env), headings)


def _label_headings(tokens: list[Token]) -> list[Heading]:
    headings, used = [], set()
    for i, token in enumerate(tokens):
        if token.type != "heading_open":
            continue
        text = tokens[i + 1].content
        base = slug(text) or "muc"
        anchor, n = base, 2
        while anchor in used:
            anchor, n = f"{base}-{n}", n + 1
        used.add(anchor)
        token.attrSet("id", anchor)
        headings.append(Heading(int(token.tag[1]), anchor, _plain(tokens[i + 1])))
    return headings


def _label_passages(tokens: list[Token]) -> None:
    """Give every paragraph and list item an anchor, "doan-1", "doan-2"...
    in reading order: a passage's address depends on its document's text
    alone, so it survives rebuilds and other documents being added.
    Footnotes keep the footnote plugin's own anchors."""
    n = 0
    for token in tokens:
        if token.type == "footnote_block_open":
            break
        if token.type == "list_item_open" or (token.type == "paragraph_open" and not token.hidden):
            n += 1
            token.attrSet("id", f"doan-{n}")


def _plain(inline: Token) -> str:
    return "".join(c.content for c in (inline.children or []) if c.type in ("text", "code_inline"))


def _link_citations(tokens: list[Token], links: CitationLinks) -> None:
    """Turn each cited document in text runs into a link to its page.

    The words to link were found at ingest; here they are only looked up
    (``str.find``), which keeps rendering a province's documents fast.
    """
    ordered = sorted({text: href for text, href in links if text}.items(), key=lambda p: -len(p[0]))
    for token in tokens:
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        inside_link = 0
        for child in token.children:
            if child.type == "link_open":
                inside_link += 1
            elif child.type == "link_close":
                inside_link -= 1
            if child.type == "text" and not inside_link:
                children.extend(_split_text(child.content, ordered))
            else:
                children.append(child)
        token.children = children


def _split_text(text: str, links: list[tuple[str, str]]) -> list[Token]:
    spans = []
    for words, href in links:
        start = text.find(words)
        while start != -1:
            end = start + len(words)
            if not any(a < end and start < b for a, b, _ in spans):
                spans.append((start, end, href))
            start = text.find(words, end)
    if not spans:
        return [_text(text)]
    out, last = [], 0
    for start, end, href in sorted(spans):
        out.append(_text(text[last:start]))
        link = Token("link_open", "a", 1)
        link.attrSet("href", href)
        link.attrSet("class", "vb-dan-chieu")
        out.extend([link, _text(text[start:end]), Token("link_close", "a", -1)])
        last = end
    out.append(_text(text[last:]))
    return [t for t in out if t.type != "text" or t.content]


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


def _mark_uncertain(tokens: list[Token], uncertain: list[dict]) -> None:
    """Wrap each low-confidence repaired word, found by the words around it,
    in a span that shows the printed original on hover."""
    pending = [(item, _uncertain_pattern(item)) for item in uncertain if isinstance(item, dict) and item.get("tu")]
    for token in tokens:
        if token.type != "inline" or not token.children or not pending:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type == "text":
                children.extend(_split_uncertain(child.content, pending))
            else:
                children.append(child)
        token.children = children


def _uncertain_pattern(item: dict) -> tuple[str, str, str]:
    """(word before, the word, word after): found with str.find, not a regex
    per word (thousands of uncertain words make compiling too slow)."""
    before = (item.get("truoc") or "").split()[-1:]
    after = (item.get("sau") or "").split()[:1]
    return (before[0] if before else "", str(item["tu"]), after[0] if after else "")


def _find_uncertain(text: str, pattern: tuple[str, str, str]) -> tuple[int, int] | None:
    before, word, after = pattern
    start = text.find(word)
    while start != -1:
        end = start + len(word)
        if text[:start].rstrip().endswith(before) and text[end:].lstrip().startswith(after):
            return start, end
        start = text.find(word, start + 1)
    return None


def _split_uncertain(text: str, pending: list[tuple[dict, tuple[str, str, str]]]) -> list[Token]:
    spans = []
    for entry in list(pending):
        item, pattern = entry
        found = _find_uncertain(text, pattern)
        if found and not any(a < found[1] and found[0] < b for a, b, _ in spans):
            spans.append((found[0], found[1], item))
            pending.remove(entry)
    if not spans:
        return [_text(text)]
    out, last = [], 0
    for start, end, item in sorted(spans, key=lambda s: s[0]):
        out.append(_text(text[last:start]))
        open_tag = Token("html_inline", "", 0)
        open_tag.content = str(fmt('<span class="vb-uncertain" title="Sửa từ bản gốc: {}">', item.get("goc", "")))
        close_tag = Token("html_inline", "", 0)
        close_tag.content = "</span>"
        out.extend([open_tag, _text(text[start:end]), close_tag])
        last = end
    out.append(_text(text[last:]))
    return out


def _mark_external_links(tokens: list[Token]) -> None:
    for token in tokens:
        for child in token.children or []:
            if child.type == "link_open" and is_outside(str(child.attrGet("href") or "")):
                child.attrSet("rel", "noopener noreferrer nofollow")
