"""The page at a document's old address."""

from __future__ import annotations

import json
from dataclasses import dataclass

from markupsafe import Markup

from .. import urls
from ..html import fmt


@dataclass
class Redirect:
    """A static file (not a mkdocs page: no theme) sending readers, and the
    passage they linked to, from ``old`` to ``new``."""

    old: str  #: slug
    new: str

    @property
    def uri(self) -> str:
        return urls.redirect(self.old)

    def html(self) -> str:
        target = f"{self.new}.html"  # beside the old address
        return str(fmt(
            '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Văn bản đã chuyển địa chỉ</title>'
            '<meta name="robots" content="noindex"><link rel="canonical" href="{}">'
            '<meta http-equiv="refresh" content="0; url={}">'
            '<script>location.replace({} + location.hash)</script></head>'
            '<body><p>Văn bản này đã chuyển đến <a href="{}">{}</a>.</p></body></html>\n',
            target, target, Markup(json.dumps(target)), target, target))
