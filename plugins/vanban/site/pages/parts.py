"""HTML pieces several page kinds share: values, the listing table,
pagination, the search form and small links.

Every string from a document goes through ``fmt`` (escaped); nothing from
a document reaches a page any other way.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from vanban.content.published import Published
from vanban.search.terms import FACETS
from vanban.text.shapes import display_date

from ..html import fmt

MISSING = Markup('<span class="vb-missing">Chưa xác định</span>')


def value(item) -> Markup:
    """A field's value: text, a list, or "not known"."""
    if item is None or item == "" or item == []:
        return MISSING
    if isinstance(item, list):
        return fmt("<ul>{}</ul>", Markup("").join(fmt("<li>{}</li>", v) for v in item))
    return escape(str(item))


def listing_table(rows: list[tuple[Published, str]], caption: str) -> Markup:
    """Rows (document, href of its page)."""
    head = Markup('<thead><tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th>'
                  '<th scope="col">Loại</th><th scope="col">Cơ quan ban hành</th>'
                  '<th scope="col">Trích yếu</th></tr></thead>')
    body = Markup("").join(
        fmt('<tr><td class="vb-so"><a href="{}">{}</a></td><td class="vb-ngay">{}</td><td>{}</td>'
            '<td>{}</td><td><a href="{}">{}</a></td></tr>',
            href, r.meta.so_ky_hieu or "—", display_date(r.meta.ngay_ban_hanh) or "—",
            r.meta.loai_van_ban or "—", r.meta.co_quan_ban_hanh or "—", href,
            r.meta.trich_yeu or r.title)
        for r, href in rows
    )
    return fmt('<div class="vb-table-wrap"><table class="vb-listing"><caption class="vb-visually-hidden">{}</caption>'
               '{}<tbody>{}</tbody></table></div>', caption, head, body)


def pagination(nav: list[tuple[str, str | None]]) -> Markup:
    """Links (label, href); href None is the page itself."""
    if not nav:
        return Markup("")
    links = Markup("").join(
        fmt('<li><span aria-current="page">{}</span></li>', label) if href is None
        else fmt('<li><a href="{}">{}</a></li>', href, label)
        for label, href in nav
    )
    return fmt('<nav class="vb-pagination" aria-label="Phân trang"><ul>{}</ul></nav>', links)


def search_form(action: str, options: dict[str, list[str]], form_id: str = "") -> Markup:
    """Words and the three filters (year, type, issuer), sent to the search
    page as its URL: a plain form, so it works before any script runs."""
    selects = Markup("").join(
        fmt('<label class="vb-filter"><span>{}</span><select name="{}">'
            '<option value="">Tất cả</option>{}</select></label>', label, name,
            Markup("").join(fmt('<option value="{}">{}</option>', v, v) for v in options.get(name, [])))
        for name, label in FACETS)
    return fmt(
        '<form class="vb-search-form"{} role="search" action="{}" method="get">'
        '<label class="vb-search-words"><span>Từ khóa, số ký hiệu hoặc trích yếu</span>'
        '<input name="q" type="search" autocomplete="off" placeholder="Ví dụ: chi thi 26, 61/KH-UBND"></label>'
        '<div class="vb-filters">{}</div><button type="submit">Tìm</button></form>',
        Markup(' id="{}"').format(form_id) if form_id else "", action, selects)


def feed_link(href: str) -> Markup:
    """A link to a listing's Atom feed."""
    return fmt('<p class="vb-feed-link"><a href="{}" type="application/atom+xml">Theo dõi văn bản mới (Atom)</a></p>',
               href)


def browse_link(href: str) -> Markup:
    """The way back to the browse hub."""
    return fmt('<p class="vb-browse-link"><a href="{}">← Duyệt theo năm, loại, cơ quan</a></p>', href)
