"""Typed data passed between the pipeline stages. No I/O, no work here."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path


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

    def cited(self) -> CitedDocument:
        """What the front matter keeps of it."""
        return CitedDocument(self.loai_van_ban, self.so_ky_hieu, self.ngay_ban_hanh, self.co_quan_ban_hanh)


@dataclass
class CitedDocument:
    """A document another one cites, as the citing text names it."""

    loai_van_ban: str | None = None  #: "Chỉ thị"
    so_ky_hieu: str | None = None  #: "26-CT/TU"; None for a document named without number
    ngay_ban_hanh: str | None = None  #: ISO date, when the citation gives it
    co_quan_ban_hanh: str | None = None  #: "Ban Thường vụ Tỉnh ủy", as cited


@dataclass
class Metadata:
    """A published document's front matter: the contract other tools read.

    The fields, in this order, are the YAML keys of ``content/van-ban/*.md``
    and what ``vanban extract`` prints (plus ``noi_dung``). A field the
    parser could not read is None, never guessed.
    """

    so_ky_hieu: str | None = None
    """Số và ký hiệu as printed, normalised ("61/KH-UBND"); "/STTTT-TTBCXB" when the number was left blank."""
    so: int | None = None
    """The number (None when blank)."""
    ky_hieu: str | None = None
    """The code part ("KH-UBND")."""
    loai_van_ban: str | None = None
    """Type of document ("Kế hoạch")."""
    co_quan_ban_hanh: str | None = None
    """The issuing body as printed in running text ("Ủy ban nhân dân tỉnh Lạng Sơn")."""
    co_quan_chu_quan: str | None = None
    """The parent body printed above the issuer, when there is one."""
    ngay_ban_hanh: str | None = None
    """Date of issue, ISO; "2024-02" or "2023" when day or month are blank."""
    dia_danh: str | None = None
    """The place named before the date ("Lạng Sơn")."""
    trich_yeu: str | None = None
    """What the document is about, as printed."""
    kinh_gui: list[str] = field(default_factory=list)
    """Addressees (Kính gửi)."""
    noi_nhan: list[str] = field(default_factory=list)
    """Recipients (Nơi nhận)."""
    nguoi_ky: str | None = None
    """The signer's name."""
    chuc_vu_ky: str | None = None
    """The signature block's lines joined by " / " ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")."""
    dan_chieu: list[CitedDocument] = field(default_factory=list)
    """Documents this one cites, first appearance first, one entry each."""
    nguon: str | None = None
    """The original inside the portal, relative to content/ ("nguon/<slug>.txt")."""
    tep_goc: str | None = None
    """The name the original was received with (its download name)."""
    ngay_dang_tai: str | None = None
    """When the portal first published it (ISO, Vietnam time); kept through re-ingests."""
    da_sua_loi: bool = False
    """True when the text was machine-repaired (OCR damage, lost diacritics)."""

    def as_dict(self) -> dict:
        """Plain data in key order (YAML, JSON, CSV)."""
        return asdict(self)


#: The front matter's keys, in the order they are written.
FRONT_MATTER_KEYS = tuple(f.name for f in fields(Metadata))


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
    """The signature block: positions and the signer's name."""
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
    metadata: Metadata = field(default_factory=Metadata)
    body_markdown: str = ""
    citations: list[Citation] = field(default_factory=list)  #: every citation and mention, trích yếu first
    body_citations: list[Citation] = field(default_factory=list)  #: numbered citations of the body, offsets in it
    slug: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)
