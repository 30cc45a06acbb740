"""Pages written by hand in ``content/`` (the home page and any others),
which mkdocs renders from Markdown as usual; the home page is followed by
the newest documents."""

from __future__ import annotations

from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from .. import urls
from .listing import listing_row
from .parts import listing_table


class WrittenPage(Page):
    """A hand-written page: it shows its source file."""

    def __init__(self, file, config, nav_title: str | None = None):
        super().__init__(nav_title, file, config)

    def fingerprint(self) -> tuple:
        with open(self.file.abs_src_path, "rb") as source:
            return (source.read(),)


class HomePage(WrittenPage):
    """``index.html``: the hand-written home page and the newest documents."""
    def __init__(self, file, config, corpus, latest: int, nav_title: str | None = None):
        super().__init__(file, config, nav_title)
        self.corpus, self.latest = corpus, latest

    def fingerprint(self) -> tuple:
        return (*super().fingerprint(), [listing_row(r) for r in self.corpus.ordered[: self.latest]])

    def render(self, config, files) -> None:
        super().render(config, files)
        rows = [(r, get_relative_url(r.url, self.url)) for r in self.corpus.ordered[: self.latest]]
        more = get_relative_url(urls.html(urls.LISTING), self.url)
        self.content += str(listing_table(rows, "Văn bản mới ban hành")) + \
            f'<p><a href="{more}">Xem tất cả văn bản chỉ đạo điều hành →</a></p>'
