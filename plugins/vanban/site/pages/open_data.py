"""The open-data page: which machine-readable files the portal publishes."""

from __future__ import annotations

from markupsafe import Markup

from .. import urls
from ..html import fmt
from ..opendata import FIELDS
from .base import VanbanPage


class OpenDataPage(VanbanPage):
    """``du-lieu-mo.html``: the machine-readable files and their fields."""
    def page_title(self) -> str:
        return "Dữ liệu mở"

    def _example(self) -> str:
        return self.corpus.ordered[0].slug if self.corpus.ordered else "<slug>"

    def fingerprint(self) -> tuple:
        return (len(self.corpus.ordered), self._example())

    def html(self) -> str:
        markdown, json_file, _ = urls.data_files(self._example())
        rows = Markup("").join(fmt("<tr><td><code>{}</code></td><td>{}</td></tr>", k, v) for k, v in FIELDS.items())
        return str(fmt(
            '<h1>Dữ liệu mở</h1>'
            '<p>Toàn bộ {} văn bản trên cổng được công bố dưới dạng dữ liệu máy đọc được, cập nhật mỗi lần cổng '
            'được xây dựng lại. Địa chỉ các tệp không đổi.</p>'
            '<h2 id="toan-bo">Toàn bộ văn bản</h2><ul>'
            '<li><a href="{}">van-ban.json</a>: một mảng JSON, mỗi văn bản một phần tử, mới nhất trước.</li>'
            '<li><a href="{}">van-ban.csv</a>: cùng nội dung, mỗi văn bản một dòng (UTF-8 có BOM, mở được bằng '
            'Excel); các danh sách nối bằng “ | ”.</li></ul>'
            '<h2 id="tung-van-ban">Từng văn bản</h2><ul>'
            '<li><code>du-lieu/van-ban/&lt;slug&gt;.json</code>: các trường và toàn văn (ví dụ: '
            '<a href="{}">JSON</a>).</li>'
            '<li><code>du-lieu/van-ban/&lt;slug&gt;.md</code>: toàn văn Markdown kèm YAML front matter '
            '(ví dụ: <a href="{}">Markdown</a>).</li>'
            '<li><code>nguon/&lt;slug&gt;.&lt;đuôi&gt;</code>: bản gốc nguyên vẹn.</li></ul>'
            '<h2 id="theo-doi">Theo dõi</h2><ul>'
            '<li><a href="{}">atom.xml</a>: văn bản mới đăng (Atom); mỗi loại văn bản và mỗi cơ quan có nguồn '
            'riêng, liên kết trên trang của loại, của cơ quan.</li>'
            '<li><a href="{}">sitemap.xml</a>: danh sách mọi trang.</li></ul>'
            '<h2 id="cac-truong">Các trường</h2>'
            '<div class="vb-table-wrap"><table class="vb-listing"><thead><tr><th scope="col">Trường</th>'
            '<th scope="col">Ý nghĩa</th></tr></thead><tbody>{}</tbody></table></div>',
            len(self.corpus.ordered), self.rel(urls.CORPUS_JSON), self.rel(urls.CORPUS_CSV), self.rel(json_file),
            self.rel(markdown), self.rel(urls.SITE_FEED), self.rel(urls.SITEMAP), rows))
