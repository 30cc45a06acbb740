"""HTML for the relations between documents: lists, the lược đồ (an inline
SVG drawn here, no outside server or script) and the pages of cited-only
documents and of the whole graph. Every string from a document is escaped."""

from __future__ import annotations

import math
from typing import Callable

from markupsafe import Markup, escape

from vanban.citations.graph import CitationGraph, Node
from vanban.model import CitedDocument
from vanban.text.shapes import display_date

from .html import esc, fmt

#: slug → URL of its page relative to the page being written.
Href = Callable[[str], str]

SIDE_MAX = 10  #: boxes per side of a diagram; the rest are counted




def _label(node: Node) -> Markup:
    date = display_date(node.ngay_ban_hanh)
    return escape(node.title) + (fmt(" ngày {}", date) if date else Markup(""))


def _not_here(node: Node) -> Markup:
    return Markup("") if node.published else Markup(' <span class="vb-chua-co">(chưa có trên cổng)</span>')


def relation_sections(graph: CitationGraph, slug: str, href: Href, mentions: list[CitedDocument] = ()) -> Markup:
    """``mentions``: dan_chieu entries with no number ("Nghị quyết của HĐND tỉnh")."""
    node = graph.nodes[slug]
    out = Markup("")
    if node.cites:
        items = Markup("").join(
            fmt('<li><a href="{}">{}</a>{}{}</li>',
                href(s), _label(graph.nodes[s]), _not_here(graph.nodes[s]),
                Markup(' <span class="vb-mo-ho" title="Trích dẫn không ghi ngày; có nhiều văn bản cùng số">'
                       '(chưa chắc chắn)</span>') if amb else Markup(""))
            for s, amb in node.cites)
        out += fmt('<section class="vb-lien-quan"><h2 id="van-ban-duoc-dan-chieu">Văn bản được dẫn chiếu</h2>'
                      '<ul>{}</ul></section>', items)
    if mentions:
        items = Markup("").join(fmt("<li>{} của {}</li>", m.loai_van_ban or "Văn bản", m.co_quan_ban_hanh or "")
                                for m in mentions)
        out += fmt('<section class="vb-lien-quan"><h2 id="van-ban-duoc-nhac-den">Văn bản được nhắc đến '
                      '(không ghi số ký hiệu)</h2><ul>{}</ul></section>', items)
    out += cited_by_section(graph, node, href)
    related = graph.related(slug)
    if related:
        items = Markup("").join(
            fmt('<li><a href="{}">{}</a>{}</li>', href(n.slug), _label(n), _not_here(n))
            for n, _ in related)
        out += fmt('<section class="vb-lien-quan"><h2 id="van-ban-lien-quan">Văn bản liên quan</h2>'
                      '<p class="vb-ghi-chu">Cùng dẫn chiếu hoặc được dẫn chiếu bởi những văn bản chung, '
                      'xếp theo mức độ gần.</p><ol>{}</ol></section>', items)
    if node.cites or node.cited_by:
        out += fmt('<section class="vb-luoc-do"><h2 id="luoc-do">Lược đồ</h2>{}</section>',
            diagram(graph, node, href))
    return out


def cited_by_section(graph: CitationGraph, node: Node, href: Href) -> Markup:
    if not node.cited_by:
        return Markup("")
    items = Markup("").join(
        fmt('<li><a href="{}">{}</a>{}</li>',
            href(m.citing), _label(graph.nodes[m.citing]),
            fmt('<blockquote class="vb-trich-dan">{}</blockquote>', m.sentence) if m.sentence else "")
        for m in node.cited_by)
    return fmt('<section class="vb-lien-quan"><h2 id="van-ban-dan-chieu-den">Văn bản dẫn chiếu đến văn bản này'
                  '</h2><ul>{}</ul></section>', items)


def cited_only_page(graph: CitationGraph, node: Node, href: Href) -> str:
    rows = [("Loại văn bản", node.loai_van_ban), ("Số ký hiệu", node.so_ky_hieu),
            ("Ngày ban hành", display_date(node.ngay_ban_hanh) or node.year),
            ("Cơ quan ban hành", "; ".join(node.issuers) or None)]
    body = Markup("").join(
        fmt('<tr><th scope="row">{}</th><td>{}</td></tr>',
            k, v if v else Markup('<span class="vb-missing">Chưa xác định</span>')) for k, v in rows)
    return str(fmt(
        '<h1 id="van-ban">{}</h1>'
        '<p class="vb-chua-co-note">Văn bản này chưa được đăng trên cổng. Thông tin dưới đây lấy từ '
        'các văn bản dẫn chiếu đến nó, đúng như chúng ghi.</p>'
        '<section class="vb-thuoc-tinh"><h2 id="thuoc-tinh">Thuộc tính (theo trích dẫn)</h2>'
        '<table class="vb-attributes"><tbody>{}</tbody></table></section>{}{}'
    , node.title, body, cited_by_section(graph, node, href),
             fmt('<section class="vb-luoc-do"><h2 id="luoc-do">Lược đồ</h2>{}</section>',
                 diagram(graph, node, href))))


# --- the diagram ----------------------------------------------------------------

BOX_W, BOX_H, GAP, COL = 190, 34, 10, 290


def _box(x: int, y: int, node: Node, href: str, role: str) -> Markup:
    # Plain f-strings with html.escape: this runs for every box of every page.
    title = node.title if len(node.title) <= 26 else node.title[:25] + "…"
    date = esc(display_date(node.ngay_ban_hanh) or "")
    cls = "" if node.published else " vb-node--cited-only"
    return Markup(
        f'<a href="{esc(href)}" class="vb-node vb-node--{role}{cls}"><title>{esc(node.title)}</title>'
        f'<rect x="{x}" y="{y}" width="{BOX_W}" height="{BOX_H}" rx="4"/>'
        f'<text x="{x + 8}" y="{y + 14}">{esc(title)}</text>'
        f'<text x="{x + 8}" y="{y + 28}" class="vb-node__date">{date}</text></a>')


def diagram(graph: CitationGraph, node: Node, href: Href) -> Markup:
    """Cited documents on the left, the document, citing documents on the right."""
    left = [graph.nodes[s] for s, _ in node.cites]
    right = [graph.nodes[m.citing] for m in node.cited_by]
    shown_l, shown_r = left[:SIDE_MAX], right[:SIDE_MAX]
    rows = max(len(shown_l), len(shown_r), 1)
    height = rows * (BOX_H + GAP) + GAP + 24
    cx, cy = COL, (height - BOX_H) // 2
    parts = [Markup('<text x="10" y="14" class="vb-axis">Văn bản được dẫn chiếu</text>'),
             fmt('<text x="{}" y="14" class="vb-axis">Văn bản dẫn chiếu đến</text>', 2 * COL)]
    for side, nodes, x in (("cited", shown_l, 10), ("citing", shown_r, 2 * COL)):
        top = 24 + (height - 24 - len(nodes) * (BOX_H + GAP)) // 2
        for i, other in enumerate(nodes):
            y = top + i * (BOX_H + GAP)
            x1, x2 = (x + BOX_W, cx) if side == "cited" else (x, cx + BOX_W)
            # Arrows point from the citing document to the cited one.
            a, b = ((x2, cy + BOX_H // 2), (x1, y + BOX_H // 2)) if side == "cited" else \
                ((x1, y + BOX_H // 2), (x2, cy + BOX_H // 2))
            parts.append(Markup(f'<line x1="{a[0]}" y1="{a[1]}" x2="{b[0]}" y2="{b[1]}" marker-end="url(#vb-arrow)"/>'))
            parts.append(_box(x, y, other, href(other.slug), side))
    parts.append(_box(cx, cy, node, "#van-ban", "self"))
    more = []
    if len(left) > SIDE_MAX:
        more.append(f"và {len(left) - SIDE_MAX} văn bản được dẫn chiếu khác")
    if len(right) > SIDE_MAX:
        more.append(f"và {len(right) - SIDE_MAX} văn bản dẫn chiếu đến khác")
    width = 2 * COL + BOX_W + 10
    svg = fmt(
        '<svg class="vb-diagram" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-label="Lược đồ quan hệ dẫn chiếu của {t}"><defs><marker id="vb-arrow" viewBox="0 0 10 10" '
        'refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z"/></marker></defs>{body}</svg>'
    , w=width, h=height, t=node.title, body=Markup("").join(parts))
    note = fmt('<p class="vb-ghi-chu">{}</p>', "; ".join(more)) if more else Markup("")
    return fmt('<div class="vb-diagram-wrap">{}</div>{}', svg, note)


def graph_page(graph: CitationGraph, href: Href, top: int = 40, table_max: int = 500) -> str:
    """The site-wide page: the most connected documents drawn as a graph,
    and a table of every document with its links in and out."""
    degree = {s: len(n.cites) + len(n.cited_by) for s, n in graph.nodes.items()}
    ranked = sorted(graph.nodes.values(), key=lambda n: (-len(n.cited_by), -degree[n.slug], n.slug))
    rows = Markup("").join(
        fmt('<tr><td><a href="{}">{}</a>{}</td><td>{}</td><td>{}</td></tr>',
            href(n.slug), _label(n), _not_here(n), len(n.cited_by), len(n.cites))
        for n in ranked[:table_max] if degree[n.slug])
    more = len([n for n in ranked if degree[n.slug]]) - table_max
    note = fmt('<p class="vb-ghi-chu">Bảng hiển thị {} văn bản có nhiều liên kết nhất; còn {} văn bản khác.</p>'
                  , table_max, more) if more > 0 else Markup("")
    return str(fmt(
        '<h1>Liên kết giữa các văn bản</h1>'
        '<p>Văn bản chỉ đạo điều hành dẫn chiếu lẫn nhau: chỉ thị → hướng dẫn → kế hoạch → công văn thực hiện. '
        'Lược đồ dưới đây vẽ các văn bản có nhiều liên kết nhất; mũi tên đi từ văn bản dẫn chiếu đến văn bản '
        'được dẫn chiếu. Bấm vào một văn bản để xem lược đồ riêng của nó.</p>{}'
        '<h2 id="bang">Bảng liên kết</h2>{}<div class="vb-table-wrap"><table class="vb-listing">'
        '<caption class="vb-visually-hidden">Các văn bản và số liên kết</caption><thead><tr>'
        '<th scope="col">Văn bản</th><th scope="col">Được dẫn chiếu</th><th scope="col">Dẫn chiếu</th>'
        '</tr></thead><tbody>{}</tbody></table></div>'
    , overview(graph, href, sorted((n for n in ranked if degree[n.slug]),
                                          key=lambda n: (-degree[n.slug], n.slug))[:top]), note, rows))


def _spread(count: int) -> list[int]:
    """Circle slots for nodes listed most connected first: the hubs spread
    evenly round the circle, so their links do not pile up on one side."""
    hubs = max(1, count // 8)
    first = sorted({round(j * count / hubs) % count for j in range(hubs)})
    rest = [s for s in range(count) if s not in first]
    return (first + rest)[:count]


def overview(graph: CitationGraph, href: Href, nodes: list[Node]) -> Markup:
    """The chosen documents on a circle, most cited first, with their links."""
    if not nodes:
        return Markup('<p>Chưa có văn bản nào dẫn chiếu văn bản khác.</p>')
    size = 760
    radius = size / 2 - 120
    pos = {}
    for slot, n in zip(_spread(len(nodes)), nodes):
        angle = 2 * math.pi * slot / len(nodes) - math.pi / 2
        pos[n.slug] = (size / 2 + radius * math.cos(angle), size / 2 + radius * math.sin(angle))
    lines = Markup("").join(
        fmt('<line x1="{:.0f}" y1="{:.0f}" x2="{:.0f}" y2="{:.0f}" marker-end="url(#vb-arrow-o)"/>',
            *pos[n.slug], *pos[t])
        for n in nodes for t, _ in n.cites if t in pos)
    dots = Markup("").join(
        fmt('<a href="{}" class="vb-dot{}"><title>{}</title><circle cx="{:.0f}" cy="{:.0f}" r="{:.1f}"/>'
               '<text x="{:.0f}" y="{:.0f}" text-anchor="{}">{}</text></a>',
            href(n.slug), "" if n.published else " vb-dot--cited-only", n.title, *pos[n.slug],
            4 + 2 * math.sqrt(len(n.cited_by)), pos[n.slug][0] + (8 if pos[n.slug][0] >= size / 2 else -8),
            pos[n.slug][1] + 4, "start" if pos[n.slug][0] >= size / 2 else "end", n.so_ky_hieu)
        for n in nodes)
    return fmt(
        '<div class="vb-diagram-wrap"><svg class="vb-overview" viewBox="0 0 {s} {s}" width="{s}" height="{s}" '
        'role="group" aria-label="Lược đồ liên kết giữa các văn bản"><defs><marker id="vb-arrow-o" '
        'viewBox="0 0 10 10" refX="16" refY="5" markerWidth="6" markerHeight="6" orient="auto">'
        '<path d="M0,0 L10,5 L0,10 z"/></marker></defs>{l}{d}</svg></div>'
    , s=size, l=lines, d=dots)
