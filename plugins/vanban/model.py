"""Typed data passed between the pipeline stages. No I/O, no work here."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

#: Keys of the front matter, in the order they are written. ``vanban extract``
#: prints exactly these plus ``noi_dung``; other tools read them: keep stable.
FRONT_MATTER_KEYS = (
    "so_ky_hieu",
    "so",
    "ky_hieu",
    "loai_van_ban",
    "co_quan_ban_hanh",
    "co_quan_chu_quan",
    "ngay_ban_hanh",
    "dia_danh",
    "trich_yeu",
    "kinh_gui",
    "noi_nhan",
    "nguoi_ky",
    "chuc_vu_ky",
    "dan_chieu",
    "nguon",
    "tep_goc",
    "ngay_dang_tai",
    "da_sua_loi",
)


@dataclass
class Diagnostic:
    """A problem found in one input, reported with the others at the end."""

    path: str
    code: str  #: short stable code, e.g. ``META-DATE``
    message: str
    hint: str = ""
    line: int | None = None
    level: str = "warning"  #: ``warning`` (published anyway) or ``error`` (skipped)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        text = f"{where}: {self.message} [{self.code}]"
        return f"{text}; {self.hint}" if self.hint else text


@dataclass
class Citation:
    """One mention of another document in the text."""

    loai_van_ban: str | None  #: type word as cited, normalised ("Chỉ thị")
    so_ky_hieu: str | None  #: "26-CT/TU"; None for a mention without number
    ngay_ban_hanh: str | None = None  #: ISO date when the citation gives it
    co_quan_ban_hanh: str | None = None  #: issuer as cited ("Ban Thường vụ Tỉnh ủy")
    text: str = ""  #: the cited words as they stand in the text
    start: int = 0  #: offset of ``text`` in the body Markdown
    end: int = 0

    def front_matter(self) -> dict:
        return {
            "loai_van_ban": self.loai_van_ban,
            "so_ky_hieu": self.so_ky_hieu,
            "ngay_ban_hanh": self.ngay_ban_hanh,
            "co_quan_ban_hanh": self.co_quan_ban_hanh,
        }


@dataclass
class Header:
    """What the header block of the document says (NĐ 30/2020, HD 36)."""

    co_quan_chu_quan: str | None = None
    co_quan_ban_hanh: str | None = None
    so_ky_hieu: str | None = None
    dia_danh: str | None = None
    ngay_ban_hanh: str | None = None
    loai_van_ban: str | None = None
    trich_yeu: str | None = None


@dataclass
class Signature:
    chuc_vu: list[str] = field(default_factory=list)  #: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"...
    nguoi_ky: str | None = None


@dataclass
class Parts:
    """The document cut into its parts; lines are cleaned text."""

    header: list[str] = field(default_factory=list)
    trich_yeu: list[str] = field(default_factory=list)
    kinh_gui: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    footnotes: dict[int, str] = field(default_factory=dict)
    noi_nhan: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A document on its way through the pipeline."""

    source: Path  #: the raw original
    raw: bytes = b""
    encoding: str = ""
    text: str = ""  #: decoded, NFC
    lines: list[str] = field(default_factory=list)  #: cleaned lines
    printed_lines: list[str] = field(default_factory=list)  #: cleaned lines before repair
    repaired: bool = False
    repair_changes: int = 0  #: words the repair changed
    repair_uncertain: list[dict] = field(default_factory=list)  #: low-confidence repairs, with context
    repair_lines: list = field(default_factory=list)  #: printed beside repaired, per line (compare.side_by_side)
    parts: Parts = field(default_factory=Parts)
    header: Header = field(default_factory=Header)
    signature: Signature = field(default_factory=Signature)
    metadata: dict = field(default_factory=dict)  #: front matter, FRONT_MATTER_KEYS
    body_markdown: str = ""
    citations: list[Citation] = field(default_factory=list)
    slug: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)
