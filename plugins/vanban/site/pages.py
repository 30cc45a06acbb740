"""HTML of the pages vanban writes: document, listing, search.

Every string from a document goes through ``escape`` here; nothing from a
document reaches the page any other way.
"""

from __future__ import annotations

import html
import json

from markupsafe import Markup, escape

from .html import fmt

from vanban.citations.cite import official_citation
from vanban.repair.compare import changed_lines
from vanban.content.records import Record, display_date
from .render import Rendered
from vanban.search.terms import FACETS

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


def citation_box(record: Record, permalink: str) -> Markup:
    """The document as officials cite it, its permanent address and when the
    portal published it, each one click from the clipboard. ``permalink``
    is absolute when the site's address is configured; ``van-ban.js`` puts
    the address the page was opened at instead (and copies)."""
    published = display_date(str(record.meta.get("ngay_dang_tai") or "")[:10])
    name = official_citation(record.meta)
    return fmt(
        '<section class="vb-trich-dan" aria-labelledby="trich-dan"><h2 id="trich-dan">Trích dẫn</h2>'
        '<p class="vb-trich-dan__ten" data-vb-citation>{}</p>'
        '<dl class="vb-trich-dan__thong-tin"><dt>Liên kết cố định</dt>'
        '<dd><a href="{}" data-vb-permalink>{}</a></dd>{}</dl>'
        '<p class="vb-copy"><button type="button" data-vb-copy="citation">Sao chép trích dẫn</button> '
        '<button type="button" data-vb-copy="link">Sao chép liên kết</button> '
        '<span class="vb-copied vb-visually-hidden" role="status" aria-live="polite"></span></p></section>',
        name, permalink, permalink,
        fmt("<dt>Đăng tải trên cổng</dt><dd>{}</dd>", published) if published else Markup(""))


def print_foot(record: Record, permalink: str) -> Markup:
    """What a printed page ends with: the citation and the address."""
    return fmt('<footer class="vb-in-chan-trang" aria-hidden="true"><p>{}</p><p data-vb-permalink-text>{}</p></footer>',
               official_citation(record.meta), permalink)


def document_page(record: Record, rendered: Rendered, links: dict[str, str], related: Markup,
                  original: str | None = None, repair_notes: dict | None = None, compare_href: str | None = None,
                  citation: Markup = Markup(""), foot: Markup = Markup("")) -> str:
    m = record.meta
    parts = [
        fmt('<h1 id="{}">{}</h1>', "van-ban", record.title),
        fmt('<p class="vb-trich-yeu">{}</p>', m.get("trich_yeu") or ""),
        attributes_box(record, links),
        citation,
    ]
    if m.get("kinh_gui"):
        parts.append(fmt('<p class="vb-kinh-gui"><strong>Kính gửi:</strong></p>{}', _value(m["kinh_gui"])))
    if m.get("da_sua_loi"):
        parts.append(_repair_notice(repair_notes or {}, original, compare_href))
    parts.append(fmt('<section class="vb-noi-dung" aria-label="Nội dung văn bản">{}</section>', 
        Markup(rendered.html)))
    parts.append(_signature(m))
    if m.get("noi_nhan"):
        parts.append(fmt('<section class="vb-noi-nhan"><h2 id="noi-nhan">Nơi nhận</h2>{}</section>', 
            _value(m["noi_nhan"])))
    parts.append(related)
    parts.append(foot)
    return str(Markup("").join(parts))


def _repair_notice(notes: dict, original: str | None, compare_href: str | None = None) -> Markup:
    changed = notes.get("so_tu_da_sua")
    unsure = len(notes.get("khong_chac") or [])
    summary = Markup("Văn bản gốc là bản quét (OCR) hoặc gõ không dấu; cổng đã khôi phục chính tả")
    if isinstance(changed, int):
        summary += fmt(" ({} từ được sửa, {} từ chưa chắc chắn được đánh dấu <span class=\"vb-uncertain\">như thế này</span>)", changed, unsure)
    summary += Markup(".")
    if compare_href:
        summary += fmt(' <a class="vb-doi-chieu-link" href="{}">Đối chiếu bản sửa với bản gốc, từng dòng →</a>',
                       compare_href)
        return fmt('<div class="vb-sua-loi" role="note"><p>{}</p></div>', summary)
    details = Markup("")
    if original is not None:
        details = fmt('<details class="vb-goc"><summary>Xem văn bản gốc (trước khi sửa lỗi)</summary>'
                         '<pre>{}</pre></details>', original)
    return fmt('<div class="vb-sua-loi" role="note"><p>{}</p>{}</div>', summary, details)


def compare_page(record: Record, lines: list, document_href: str, original_href: str | None) -> str:
    """The printed text beside the repaired one, every line, the changed
    words marked on both sides and the unsure ones flagged. Built with
    ``html.escape`` and joins: a province has a thousand repaired documents
    of hundreds of lines each, and this runs in every full build."""
    rows = []
    for n, line in enumerate(lines, start=1):
        if isinstance(line, str):
            text = html.escape(line, quote=False)
            rows.append(f'<tr id="dong-{n}"><td class="vb-dong">{n}</td><td>{text}</td><td>{text}</td></tr>')
            continue
        before, after = [], []
        for run in line if isinstance(line, list) else []:
            if isinstance(run, str):
                before.append(html.escape(run, quote=False))
                after.append(before[-1])
            elif isinstance(run, dict):
                printed, repaired = html.escape(str(run.get("goc") or "")), html.escape(str(run.get("sua") or ""))
                if printed:
                    before.append(f"<del>{printed}</del>")
                if repaired and run.get("chac", True):
                    after.append(f"<ins>{repaired}</ins>")
                elif repaired:
                    after.append(f'<ins class="vb-uncertain" title="Chưa chắc chắn; bản gốc: {printed}">{repaired}</ins>')
        rows.append(f'<tr id="dong-{n}" class="vb-co-sua"><td class="vb-dong">{n}</td>'
                    f'<td>{"".join(before)}</td><td>{"".join(after)}</td></tr>')
    changed = changed_lines(lines)
    original = fmt(' · <a href="{}" download>Tệp gốc</a>', original_href) if original_href else Markup("")
    return str(fmt(
        '<h1>Đối chiếu: {}</h1>'
        '<p>Bên trái là văn bản như bản quét (OCR) hoặc bản gõ không dấu cho ra, bên phải là văn bản cổng đã sửa '
        'chính tả. Từ bị thay <del>gạch ngang</del> bên trái, từ thay vào <ins>gạch chân</ins> bên phải; từ sửa '
        'chưa chắc chắn được đánh dấu <ins class="vb-uncertain">như thế này</ins>.</p>'
        '<p><a href="{}">← Về văn bản</a>{}</p>'
        '<p><label class="vb-chi-dong-sua"><input type="checkbox" id="vb-chi-dong-sua"> '
        'Chỉ hiện {} dòng có sửa (trong {} dòng)</label></p>'
        '<div class="vb-table-wrap"><table class="vb-doi-chieu"><caption class="vb-visually-hidden">'
        'Bản gốc và bản đã sửa, từng dòng</caption><thead><tr><th scope="col">Dòng</th>'
        '<th scope="col">Bản gốc</th><th scope="col">Bản đã sửa</th></tr></thead><tbody>{}</tbody></table></div>',
        record.title, document_href, original, changed, len(lines), Markup("".join(rows))))


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
                 above: Markup = Markup("")) -> str:
    """``above``: what stands between the title and the table (forms, links)."""
    return str(fmt('<h1>{}</h1>{}<p class="vb-count">{}</p>{}{}', title, above, intro, listing_table(rows, title),
                   pagination(nav)))


def redirect_page(target: str) -> str:
    """An old address: straight on to ``target``, keeping the #passage."""
    return str(fmt(
        '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Văn bản đã chuyển địa chỉ</title>'
        '<meta name="robots" content="noindex"><link rel="canonical" href="{}">'
        '<meta http-equiv="refresh" content="0; url={}">'
        '<script>location.replace({} + location.hash)</script></head>'
        '<body><p>Văn bản này đã chuyển đến <a href="{}">{}</a>.</p></body></html>\n',
        target, target, Markup(json.dumps(target)), target, target))


def feed_link(href: str) -> Markup:
    return fmt('<p class="vb-feed-link"><a href="{}" type="application/atom+xml">Theo dõi văn bản mới (Atom)</a></p>',
               href)


def open_data_page(count: int, links: dict[str, str], fields: dict[str, str]) -> str:
    """``links``: JSON, CSV, feed, sitemap, an example document's JSON and Markdown → href."""
    rows = Markup("").join(fmt("<tr><td><code>{}</code></td><td>{}</td></tr>", k, v) for k, v in fields.items())
    return str(fmt(
        '<h1>Dữ liệu mở</h1>'
        '<p>Toàn bộ {} văn bản trên cổng được công bố dưới dạng dữ liệu máy đọc được, cập nhật mỗi lần cổng '
        'được xây dựng lại. Địa chỉ các tệp không đổi.</p>'
        '<h2 id="toan-bo">Toàn bộ văn bản</h2><ul>'
        '<li><a href="{}">van-ban.json</a>: một mảng JSON, mỗi văn bản một phần tử, mới nhất trước.</li>'
        '<li><a href="{}">van-ban.csv</a>: cùng nội dung, mỗi văn bản một dòng (UTF-8 có BOM, mở được bằng Excel); '
        'các danh sách nối bằng “ | ”.</li></ul>'
        '<h2 id="tung-van-ban">Từng văn bản</h2><ul>'
        '<li><code>du-lieu/van-ban/&lt;slug&gt;.json</code>: các trường và toàn văn (ví dụ: <a href="{}">JSON</a>).</li>'
        '<li><code>du-lieu/van-ban/&lt;slug&gt;.md</code>: toàn văn Markdown kèm YAML front matter '
        '(ví dụ: <a href="{}">Markdown</a>).</li>'
        '<li><code>nguon/&lt;slug&gt;.&lt;đuôi&gt;</code>: bản gốc nguyên vẹn.</li></ul>'
        '<h2 id="theo-doi">Theo dõi</h2><ul>'
        '<li><a href="{}">atom.xml</a>: văn bản mới đăng (Atom); mỗi loại văn bản và mỗi cơ quan có nguồn riêng, '
        'liên kết trên trang của loại, của cơ quan.</li>'
        '<li><a href="{}">sitemap.xml</a>: danh sách mọi trang.</li></ul>'
        '<h2 id="cac-truong">Các trường</h2>'
        '<div class="vb-table-wrap"><table class="vb-listing"><thead><tr><th scope="col">Trường</th>'
        '<th scope="col">Ý nghĩa</th></tr></thead><tbody>{}</tbody></table></div>',
        count, links["json"], links["csv"], links["example_json"], links["example_md"], links["feed"],
        links["sitemap"], rows))


def browse_link(href: str) -> Markup:
    return fmt('<p class="vb-browse-link"><a href="{}">← Duyệt theo năm, loại, cơ quan</a></p>', href)


def browse_page(title: str, sections: list[tuple[str, list[tuple[str, int, str]]]]) -> str:
    """Sections (label, [(value, documents, href)])."""
    body = Markup("").join(
        fmt('<section class="vb-duyet"><h2 id="{}">{}</h2><ul class="vb-duyet__list">{}</ul></section>',
            ["nam", "loai", "co-quan"][i] if i < 3 else f"muc-{i}", label,
            Markup("").join(fmt('<li><a href="{}">{}</a> <span class="vb-count">({})</span></li>', href, value, n)
                            for value, n, href in items))
        for i, (label, items) in enumerate(sections))
    return str(fmt("<h1>{}</h1>{}", title, body))


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
