"""A published document's page: its attributes, how to cite it, its text
with citations linked and uncertain repairs marked, its signature and
nơi nhận, and its relations to other documents."""

from __future__ import annotations

import html
import json
import re

from markupsafe import Markup
from mkdocs.structure.toc import get_toc

from vanban.citations.cite import official_citation
from vanban.content.published import Published
from vanban.text.shapes import display_date

from .. import urls
from ..diagrams import relation_sections
from ..html import fmt
from ..render import render
from .base import VanbanPage
from .parts import value

#: Only a file of the site may be linked as the original: a hand-edited
#: "javascript:..." or "../../etc/passwd" gets no link.
SITE_ORIGINAL = re.compile(r"nguon/[^:?#\\]+")


class DocumentPage(VanbanPage):
    """``van-ban/<slug>.html``: a published document."""
    def __init__(self, file, config, corpus, document: Published):
        super().__init__(file, config, corpus)
        self.document = document
        # The repair notes' bytes: part of the fingerprint, parsed on render.
        self.repair_bytes = corpus.repair_notes(document.slug) if document.meta.da_sua_loi else b""

    def page_title(self) -> str:
        return self.document.title

    def read_source(self, config) -> None:
        """The body was read with the front matter (``published.read``):
        mkdocs need not read and parse the file again."""
        self.markdown, self.meta = self.document.body, {"title": self.html_title()}

    def fingerprint(self) -> tuple:
        d = self.document
        return (d.digest, d.notes_digest, self.repair_bytes, self.corpus.neighbourhood(d.slug))

    def render(self, config, files) -> None:
        notes = self._repair_notes()
        rendered = render(self.markdown, self._citation_links(), notes.get("khong_chac"))
        self.markdown = ""  # ten thousand bodies need not stay in memory until the build ends
        # mkdocs' table of contents holds HTML, as Python-Markdown makes it: escaped text.
        self.toc = get_toc([{"level": h.level, "id": h.id, "name": html.escape(h.text), "children": []}
                            for h in rendered.headings if h.level <= 3])
        self.content = self._html(Markup(rendered.html), notes)

    def _citation_links(self) -> list[tuple[str, str]]:
        """(cited words, href) for each citation in the text the graph resolves."""
        d, href = self.document, self.corpus.href_from(self.url)
        links = []
        for cited in d.notes.get("trich_dan", []):
            if not isinstance(cited, dict) or not cited.get("so_ky_hieu") or not cited.get("text"):
                continue
            target = self.corpus.graph.find(str(cited["so_ky_hieu"]), cited.get("ngay_ban_hanh"),
                                            d.meta.ngay_ban_hanh)
            if target and target.slug != d.slug:
                links.append((str(cited["text"]), href(target.slug)))
        return links

    def _repair_notes(self) -> dict:
        try:
            notes = json.loads(self.repair_bytes or b"{}")
        except ValueError:
            return {}
        return notes if isinstance(notes, dict) else {}

    def _downloads(self) -> dict[str, str]:
        d = self.document
        nguon = str(d.meta.nguon or "")
        links = {"Bản gốc": self.rel(nguon)} if SITE_ORIGINAL.fullmatch(nguon) else {}
        markdown, json_file, _ = urls.data_files(d.slug)
        links["Markdown"] = self.rel(markdown)
        links["JSON"] = self.rel(json_file)
        return links

    def _html(self, body: Markup, repair_notes: dict) -> str:
        d, m = self.document, self.document.meta
        site_url = self.corpus.site_url
        permalink = (site_url + d.url) if site_url else self.rel(d.url)
        compare_href = self.page_href(urls.compare(d.slug)) if d.slug in self.corpus.compared else None
        links = self._downloads()
        parts = [
            fmt('<h1 id="{}">{}</h1>', "van-ban", d.title),
            fmt('<p class="vb-trich-yeu">{}</p>', m.trich_yeu or ""),
            attributes_box(d, links),
            citation_box(d, permalink),
        ]
        if m.kinh_gui:
            parts.append(fmt('<p class="vb-kinh-gui"><strong>Kính gửi:</strong></p>{}', value(m.kinh_gui)))
        if m.da_sua_loi:
            parts.append(repair_notice(repair_notes, compare_href))
        parts.append(fmt('<section class="vb-noi-dung" aria-label="Nội dung văn bản">{}</section>', body))
        parts.append(signature(d))
        if m.noi_nhan:
            parts.append(fmt('<section class="vb-noi-nhan"><h2 id="noi-nhan">Nơi nhận</h2>{}</section>',
                             value(m.noi_nhan)))
        mentions = [c for c in m.dan_chieu if not c.so_ky_hieu]
        parts.append(relation_sections(self.corpus.graph, d.slug, self.corpus.href_from(self.url), mentions))
        parts.append(print_foot(d, permalink))
        return str(Markup("").join(parts))


def attributes_box(document: Published, links: dict[str, str]) -> Markup:
    """The document's fields as a table, and its downloads."""
    m = document.meta
    so_ky_hieu = m.so_ky_hieu
    if so_ky_hieu and m.so is None:
        so_ky_hieu = f"{so_ky_hieu} (chưa ghi số)"
    rows = [
        ("Số ký hiệu", so_ky_hieu),
        ("Loại văn bản", m.loai_van_ban),
        ("Cơ quan ban hành", m.co_quan_ban_hanh),
        ("Cơ quan chủ quản", m.co_quan_chu_quan),
        ("Ngày ban hành", display_date(m.ngay_ban_hanh) or None),
        ("Địa danh", m.dia_danh),
        ("Trích yếu", m.trich_yeu),
        ("Người ký", m.nguoi_ky),
        ("Chức vụ người ký", m.chuc_vu_ky),
    ]
    if m.co_quan_chu_quan is None:
        rows = [r for r in rows if r[0] != "Cơ quan chủ quản"]
    body = Markup("").join(fmt('<tr><th scope="row">{}</th><td>{}</td></tr>', k, value(v)) for k, v in rows)
    # The original downloads under the name it was received with.
    names = {"Bản gốc": m.tep_goc} if m.tep_goc else {}
    downloads = Markup(" · ").join(
        fmt('<a href="{}" download="{}">{}</a>', href, names.get(label, ""), label) for label, href in links.items()
    )
    repaired = ""
    if m.da_sua_loi:
        repaired = fmt('<p class="vb-repaired">Văn bản này đã được sửa lỗi chính tả do nhận dạng ký tự (OCR); '
                       'đối chiếu với <a href="{}">bản gốc</a>.</p>', links.get("Bản gốc", "#"))
    return fmt(
        '<section class="vb-thuoc-tinh" aria-labelledby="thuoc-tinh"><h2 id="thuoc-tinh">Thuộc tính</h2>'
        '<table class="vb-attributes"><tbody>{}</tbody></table>{}'
        '<p class="vb-downloads"><strong>Tải về:</strong> {}</p></section>', body, repaired, downloads)


def citation_box(document: Published, permalink: str) -> Markup:
    """The document as officials cite it, its permanent address and when the
    portal published it, each one click from the clipboard. ``permalink``
    is absolute when the site's address is configured; ``van-ban.js`` puts
    the address the page was opened at instead (and copies)."""
    published = display_date(str(document.meta.ngay_dang_tai or "")[:10])
    return fmt(
        '<section class="vb-trich-dan" aria-labelledby="trich-dan"><h2 id="trich-dan">Trích dẫn</h2>'
        '<p class="vb-trich-dan__ten" data-vb-citation>{}</p>'
        '<dl class="vb-trich-dan__thong-tin"><dt>Liên kết cố định</dt>'
        '<dd><a href="{}" data-vb-permalink>{}</a></dd>{}</dl>'
        '<p class="vb-copy"><button type="button" data-vb-copy="citation">Sao chép trích dẫn</button> '
        '<button type="button" data-vb-copy="link">Sao chép liên kết</button> '
        '<span class="vb-copied vb-visually-hidden" role="status" aria-live="polite"></span></p></section>',
        official_citation(document.meta), permalink, permalink,
        fmt("<dt>Đăng tải trên cổng</dt><dd>{}</dd>", published) if published else Markup(""))


def print_foot(document: Published, permalink: str) -> Markup:
    """What a printed page ends with: the citation and the address."""
    return fmt('<footer class="vb-in-chan-trang" aria-hidden="true"><p>{}</p><p data-vb-permalink-text>{}</p></footer>',
               official_citation(document.meta), permalink)


def repair_notice(notes: dict, compare_href: str | None) -> Markup:
    """What the reader is told about a repaired text, with the way to the
    printed one beside it."""
    changed = notes.get("so_tu_da_sua")
    unsure = len(notes.get("khong_chac") or [])
    summary = Markup("Văn bản gốc là bản quét (OCR) hoặc gõ không dấu; cổng đã khôi phục chính tả")
    if isinstance(changed, int):
        summary += fmt(" ({} từ được sửa, {} từ chưa chắc chắn được đánh dấu "
                       "<span class=\"vb-uncertain\">như thế này</span>)", changed, unsure)
    summary += Markup(".")
    if compare_href:
        summary += fmt(' <a class="vb-doi-chieu-link" href="{}">Đối chiếu bản sửa với bản gốc, từng dòng →</a>',
                       compare_href)
    return fmt('<div class="vb-sua-loi" role="note"><p>{}</p></div>', summary)


def signature(document: Published) -> Markup:
    """Positions and signer, as the document ends."""
    m = document.meta
    lines = [line.strip() for line in str(m.chuc_vu_ky or "").split(" / ") if line.strip()]
    if not lines and not m.nguoi_ky:
        return Markup("")
    return fmt('<div class="vb-chu-ky">{}<p class="vb-nguoi-ky">{}</p></div>',
               Markup("").join(fmt("<p>{}</p>", line) for line in lines), value(m.nguoi_ky))
