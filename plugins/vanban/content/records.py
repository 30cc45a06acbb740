"""The published corpus as the site sees it: one record per content file."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from . import frontmatter as content
from .cache import content_key
from vanban.model import FRONT_MATTER_KEYS, Diagnostic

DOCUMENTS_DIR = "van-ban"  #: documents live in content/van-ban/<slug>.md


@dataclass
class Record:
    slug: str
    src_uri: str  #: path inside content/, e.g. "van-ban/ke-hoach-61-kh-ubnd-2026.md"
    meta: dict
    digest: str = ""  #: of the content file's bytes: what the record was read from
    url: str = ""  #: set by the site once mkdocs has decided URLs

    @property
    def title(self) -> str:
        """"Kế hoạch 61/KH-UBND"; a draft without number also shows its date."""
        loai = self.meta.get("loai_van_ban") or "Văn bản"
        title = f"{loai} {self.meta.get('so_ky_hieu') or ''}".strip()
        if self.meta.get("so") is None and self.meta.get("ngay_ban_hanh"):
            title += f" ({display_date(self.meta['ngay_ban_hanh'])})"
        return title

    @property
    def sort_key(self) -> tuple:
        return (str(self.meta.get("ngay_ban_hanh") or ""), self.slug)

    @property
    def published_key(self) -> tuple:
        """Order of publication on the portal: when ingested, then by date."""
        return (str(self.meta.get("ngay_dang_tai") or ""), *self.sort_key)


def display_date(iso: str | None) -> str:
    """"2026-02-26" → "26/02/2026"; partial dates as far as they go."""
    if not iso:
        return ""
    parts = str(iso).split("-")
    return "/".join(reversed(parts))


def validate(meta: dict, src_uri: str) -> list[Diagnostic]:
    problems = []
    unknown = sorted(set(meta) - set(FRONT_MATTER_KEYS))
    if unknown:
        problems.append(Diagnostic(src_uri, "FM-UNKNOWN", f"unknown front matter field(s): {', '.join(unknown)}",
                                   f"the fields are: {', '.join(FRONT_MATTER_KEYS)}"))
    for key in ("kinh_gui", "noi_nhan", "dan_chieu"):
        if meta.get(key) is not None and not isinstance(meta.get(key), list):
            problems.append(Diagnostic(src_uri, "FM-TYPE", f"{key} must be a list", f"write {key}: [] when empty",
                                       level="error"))
    for key in ("so_ky_hieu", "loai_van_ban", "trich_yeu", "co_quan_ban_hanh", "ngay_ban_hanh", "nguoi_ky"):
        value = meta.get(key)
        if value is not None and not isinstance(value, (str, int)):
            problems.append(Diagnostic(src_uri, "FM-TYPE", f"{key} must be text", "quote the value",
                                       level="error"))
    return problems


def _normalise_dates(meta: dict) -> dict:
    """YAML reads an unquoted 2026-02-26 as a date and 2023 as a number:
    a hand-edited file means the text."""
    value = meta.get("ngay_ban_hanh")
    if isinstance(value, (datetime.date, int)) and not isinstance(value, bool):
        meta = dict(meta, ngay_ban_hanh=value.isoformat()[:10] if isinstance(value, datetime.date) else str(value))
    return meta


def load_record(docs_dir: Path, src_uri: str) -> tuple[Record | None, str, list[Diagnostic]]:
    """Read one content file; a broken one yields no record, and says why."""
    where = f"{docs_dir.name}/{src_uri}"
    try:
        data = (docs_dir / src_uri).read_bytes()
    except OSError as exc:
        return None, "", [Diagnostic(where, "FM-READ", f"cannot read the file: {exc}", "check the file's permissions",
                                     level="error")]
    meta, body, problems = _parse(data, where)
    if meta is None:
        return None, body, problems
    return Record(Path(src_uri).stem, src_uri, meta, content_key(data).hex()), body, problems


def read_body(path: Path) -> str:
    """The body of a content file already read once (no YAML this time)."""
    return content.body_of(_text(path.read_bytes()))


def _text(data: bytes) -> str:
    # As a text editor reads it: a byte-order mark and Windows line ends are no error.
    return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def _parse(data: bytes, where: str) -> tuple[dict | None, str, list[Diagnostic]]:
    try:
        meta, body = content.parse(_text(data))
    except content.FrontMatterError as exc:
        return None, "", [Diagnostic(where, "FM-YAML", exc.message, "fix the front matter (see README, 'Front matter')",
                                     line=exc.line, level="error")]
    except UnicodeDecodeError as exc:
        return None, "", [Diagnostic(where, "FM-READ", f"cannot read the file: {exc}", "save it as UTF-8 text",
                                     level="error")]
    meta = _normalise_dates(meta)
    problems = validate(meta, where)
    if any(p.level == "error" for p in problems):
        return None, body, problems
    return {k: meta.get(k) for k in FRONT_MATTER_KEYS}, body, problems
