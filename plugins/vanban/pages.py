"""HTML of the pages vanban writes: document, listing, search.

Every string from a document goes through ``escape`` here; nothing from a
document reaches the page any other way.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from .markup import fmt

from .corpus import Record, display_date
from .render import Rendered
from .search import FACETS

MISSING = Markup('<span class="vb-missing">Chưa xác định</span>')


def _value(value) -> Markup:
    if value is None or value == "" or value == []:
        return MISSING
    if isinstance(value, list):
        return fmt("<ul>{}</ul>", Markup("").join(fmt("<li>{}</li>", v) for v in value))
    return escape(str(value))


def attributes_box(record: Record, links: dict[str, str]) -> Markup:
    m = record.meta
    so_ky_hieu = m.get("so_ky_hieu")
    if so_ky_hieu and m.get("so") is None:
        so_ky_hieu = f"{so_ky_hieu} (chưa ghi số)"
    rows = [
        ("Số ký hiệu", so_ky_hieu),
        ("Loại văn bản", m.get("loai_van_ban")),
        ("Cơ quan ban hành", m.get("co_quan_ban_hanh")),
        ("Cơ quan chủ quản", m.get("co_quan_chu_quan")),
        ("Ngày ban hành", display_date(m.get("ngay_ban_hanh")) or None),
        ("Địa danh", m.get("dia_danh")),
        ("Trích yếu", m.get("trich_yeu")),
        ("Người ký", m.get("nguoi_ky")),
        ("Chức vụ người ký", m.get("chuc_vu_ky")),
    ]
    if m.get("co_quan_chu_quan") is None:
        rows = [r for r in rows if r[0] != "Cơ quan chủ quản"]
    body = Markup("").join(fmt('<tr><th scope="row">{}</th><td>{}</td></tr>', k, _value(v)) for k, v in rows)
    # The original downloads under the name it was received with.
    names = {"Bản gốc": m.get("tep_goc")} if isinstance(m.get("tep_goc"), str) else {}
    downloads = Markup(" · ").join(
        fmt('<a href="{}" download="{}">{}</a>', href, names.get(label, ""), label) for label, href in links.items()
    )
    repaired = ""
    if m.get("da_sua_loi"):
        repaired = fmt('<p class="vb-repaired">Văn bản này đã được sửa lỗi chính tả do nhận dạng ký tự (OCR); '
                          'đối chiếu với <a href="{}">bản gốc</a>.</p>', links.get("Bản gốc", "#"))
    return fmt(
        '<section class="vb-thuoc-tinh" aria-labelledby="thuoc-tinh"><h2 id="thuoc-tinh">Thuộc tính</h2>'
        '<table class="vb-attributes"><tbody>{}</tbody></table>{}'
        '<p class="vb-downloads"><strong>Tải về:</strong> {}</p></section>'
    , body, repaired, downloads)


def document_page(record: Record, rendered: Rendered, links: dict[str, str], related: Markup,
                  original: str | None = None, repair_notes: dict | None = None) -> str:
    m = record.meta
    parts = [
        fmt('<h1 id="{}">{}</h1>', "van-ban", record.title),
        fmt('<p class="vb-trich-yeu">{}</p>', m.get("trich_yeu") or ""),
        attributes_box(record, links),
    ]
    if m.get("kinh_gui"):
        parts.append(fmt('<p class="vb-kinh-gui"><strong>Kính gửi:</strong></p>{}', _value(m["kinh_gui"])))
    if m.get("da_sua_loi"):
        parts.append(_repair_notice(repair_notes or {}, original))
    parts.append(fmt('<section class="vb-noi-dung" aria-label="Nội dung văn bản">{}</section>', 
        Markup(rendered.html)))
    parts.append(_signature(m))
    if m.get("noi_nhan"):
        parts.append(fmt('<section class="vb-noi-nhan"><h2 id="noi-nhan">Nơi nhận</h2>{}</section>', 
            _value(m["noi_nhan"])))
    parts.append(related)
    return str(Markup("").join(parts))


def _repair_notice(notes: dict, original: str | None) -> Markup:
    changed = notes.get("so_tu_da_sua")
    unsure = len(notes.get("khong_chac") or [])
    summary = Markup("Văn bản gốc là bản quét (OCR) hoặc gõ không dấu; cổng đã khôi phục chính tả")
    if isinstance(changed, int):
        summary += fmt(" ({} từ được sửa, {} từ chưa chắc chắn được đánh dấu <span class=\"vb-uncertain\">như thế này</span>)", changed, unsure)
    summary += Markup(".")
    details = Markup("")
    if original is not None:
        details = fmt('<details class="vb-goc"><summary>Xem văn bản gốc (trước khi sửa lỗi)</summary>'
                         '<pre>{}</pre></details>', original)
    return fmt('<div class="vb-sua-loi" role="note"><p>{}</p>{}</div>', summary, details)


def _signature(m: dict) -> Markup:
    lines = [line.strip() for line in str(m.get("chuc_vu_ky") or "").split(" / ") if line.strip()]
    if not lines and not m.get("nguoi_ky"):
        return Markup("")
    return fmt('<div class="vb-chu-ky">{}<p class="vb-nguoi-ky">{}</p></div>', 
        Markup("").join(fmt("<p>{}</p>", line) for line in lines), _value(m.get("nguoi_ky")))


def listing_table(rows: list[tuple[Record, str]], caption: str) -> Markup:
    head = Markup('<thead><tr><th scope="col">Số ký hiệu</th><th scope="col">Ngày ban hành</th>'
                  '<th scope="col">Loại</th><th scope="col">Cơ quan ban hành</th>'
                  '<th scope="col">Trích yếu</th></tr></thead>')
    body = Markup("").join(
        fmt('<tr><td class="vb-so"><a href="{}">{}</a></td><td class="vb-ngay">{}</td><td>{}</td>'
               '<td>{}</td><td><a href="{}">{}</a></td></tr>', 
            href, r.meta.get("so_ky_hieu") or "—", display_date(r.meta.get("ngay_ban_hanh")) or "—",
            r.meta.get("loai_van_ban") or "—", r.meta.get("co_quan_ban_hanh") or "—", href,
            r.meta.get("trich_yeu") or r.title)
        for r, href in rows
    )
    return fmt('<div class="vb-table-wrap"><table class="vb-listing"><caption class="vb-visually-hidden">{}</caption>{}<tbody>{}</tbody>'
                  '</table></div>', caption, head, body)


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


def listing_page(title: str, intro: str, rows: list[tuple[Record, str]], nav: list[tuple[str, str | None]],
                 filters: Markup = Markup("")) -> str:
    return str(fmt('<h1>{}</h1>{}<p class="vb-count">{}</p>{}{}', title, filters, intro, listing_table(rows, title),
                   pagination(nav)))


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


def search_page(scripts: list[str], options: dict[str, list[str]]) -> str:
    tags = Markup("").join(fmt('<script src="{}"></script>', src) for src in scripts)
    return str(fmt(
        '<h1>Tìm kiếm văn bản</h1>{}'
        '<p id="vb-search-status" role="status" aria-live="polite"></p>'
        '<ol id="vb-search-results" class="vb-results"></ol>'
        '<p><button id="vb-search-more" class="vb-more" type="button" hidden>Xem thêm kết quả</button></p>{}',
        search_form("", options, "vb-search-form"), tags))
