"""A repaired document's printed text beside the repaired one, line by line."""

from __future__ import annotations

import html
import json

from markupsafe import Markup

from vanban.content import paths
from vanban.content.published import Published

from ..html import fmt
from .base import VanbanPage
from .document import SITE_ORIGINAL


class ComparePage(VanbanPage):
    """``doi-chieu/<slug>.html``: a repaired document, printed beside repaired."""
    def __init__(self, file, config, corpus, document: Published):
        super().__init__(file, config, corpus)
        self.document = document
        self.lines_file = corpus.docs_dir / paths.compare_lines_path(document.slug)

    def page_title(self) -> str:
        return f"Đối chiếu: {self.document.title}"

    def fingerprint(self) -> tuple:
        stat = self.lines_file.stat()
        return (self.document.digest, stat.st_size, stat.st_mtime_ns, stat.st_ino)

    def html(self) -> str:
        try:
            lines = json.loads(self.lines_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            lines = []
        nguon = str(self.document.meta.nguon or "")
        original = self.rel(nguon) if SITE_ORIGINAL.fullmatch(nguon) else None
        return compare_html(self.document, lines if isinstance(lines, list) else [],
                            self.rel(self.document.url), original)


def changed_lines(lines: list) -> int:
    """Lines the repair changed (a changed line is a list of runs)."""
    return sum(1 for line in lines if not isinstance(line, str))


def compare_html(document: Published, lines: list, document_href: str, original_href: str | None) -> str:
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
        before, after = _sides(line if isinstance(line, list) else [])
        rows.append(f'<tr id="dong-{n}" class="vb-co-sua"><td class="vb-dong">{n}</td>'
                    f'<td>{"".join(before)}</td><td>{"".join(after)}</td></tr>')
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
        document.title, document_href, original, changed_lines(lines), len(lines), Markup("".join(rows))))


def _sides(runs: list) -> tuple[list[str], list[str]]:
    """A changed line's runs (text kept, or {goc, sua, chac}) as its two sides."""
    before, after = [], []
    for run in runs:
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
    return before, after
