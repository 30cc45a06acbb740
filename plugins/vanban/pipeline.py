"""The ingest pipeline: decode → clean → repair → structure → metadata →
Markdown → citations → front matter. Each stage is ``Document -> Document``;
``STAGES`` lists them in order. Nothing here imports mkdocs."""

from __future__ import annotations

import datetime
import signal
import threading
from contextlib import contextmanager
from pathlib import Path

from vanban.citations.find import find_citations, find_mentions, unique_citations
from vanban.model import Diagnostic, Document, Metadata
from vanban.reading import body, metadata, structure
from vanban.reading.clean import clean_lines
from vanban.reading.decode import MIXED, NULS_DROPPED, decode
from vanban.repair import compare
from vanban.repair.decoder import MAX_CHARS, repair_text
from vanban.repair.detect import needs_repair
from vanban.repair.names import restore_name
from vanban.text import organs
from vanban.text.shapes import issuer_from_ky_hieu, type_from_so_ky_hieu


def decode_stage(doc: Document) -> Document:
    """Raw bytes → text, saying when the encoding was not UTF-8."""
    doc.text, doc.encoding = decode(doc.raw)
    where = str(doc.source)
    if MIXED in doc.encoding:
        doc.diagnostics.append(Diagnostic(where, "INPUT-ENCODING-MIXED", f"parts of the file are in different "
                                          f"encodings, each read in its own ({doc.encoding})",
                                          "check the page against the original; better, save the file again "
                                          "as UTF-8"))
    if NULS_DROPPED in doc.encoding:
        doc.diagnostics.append(Diagnostic(where, "INPUT-NUL", "stray NUL bytes were dropped",
                                          "nothing to do, unless the page misses text the original has"))
    if not doc.encoding.startswith("UTF-8"):
        doc.diagnostics.append(Diagnostic(str(doc.source), "INPUT-ENCODING", f"read as {doc.encoding}",
                                          "check a few words of the page against the original", level="info"))
    return doc


def clean_stage(doc: Document) -> Document:
    """Text → clean lines."""
    doc.lines = clean_lines(doc.text)
    return doc


def repair_stage(doc: Document) -> Document:
    """Restore OCR-damaged or unaccented text; clean text is left alone."""
    text = "\n".join(doc.lines)
    if not needs_repair(text):
        return doc
    if len(text) > MAX_CHARS:
        doc.diagnostics.append(Diagnostic(
            str(doc.source), "TEXT-TOO-LONG-TO-REPAIR",
            f"the text looks damaged but is {len(text):,} characters, over the {MAX_CHARS:,} repair limit",
            "it is published as it is; split the file into its documents", level="warning"))
        return doc
    result = repair_text(text)
    doc.printed_lines = doc.lines
    doc.lines = result.text.split("\n")
    doc.repaired = result.changed
    doc.repair_changes = len(result.changes)
    doc.repair_uncertain = result.uncertain()
    doc.repair_lines = compare.side_by_side(text, result.text, result.changes)
    doc.diagnostics.append(Diagnostic(
        str(doc.source), "TEXT-REPAIRED",
        f"the text was OCR-damaged or unaccented: {len(result.changes)} words repaired, "
        f"{len(doc.repair_uncertain)} of them uncertain", "the page links the original; check the marked words",
        level="info"))
    return doc


def structure_stage(doc: Document) -> Document:
    """Lines → the document's parts."""
    doc.parts = structure.split_parts(doc.lines)
    return doc


def metadata_stage(doc: Document) -> Document:
    """Parts → header and signature fields."""
    doc.header = metadata.read_header(doc.parts)
    if not doc.header.so_ky_hieu:
        metadata.read_consolidation(doc.lines, doc.header)
    doc.signature = metadata.read_signature(doc.parts.signature)
    if doc.repaired and doc.signature.nguoi_ky:
        doc.signature.nguoi_ky = _restored_signer(doc, doc.signature.nguoi_ky)
    return doc


def _restored_signer(doc: Document, repaired: str) -> str:
    """Decode the signer's name again from the printed words with a model of
    Vietnamese names: the text model hardly knows personal names."""
    count = len(repaired.split())
    for line, printed in zip(reversed(doc.lines), reversed(doc.printed_lines)):
        if " ".join(line.replace("**", "").split()).endswith(repaired):
            words = printed.replace("**", "").split()
            return restore_name(" ".join(words[-count:])) or repaired
    return repaired


def markdown_stage(doc: Document) -> Document:
    """Body lines → Markdown."""
    doc.body_markdown = body.to_markdown(doc.parts.body, doc.parts.footnotes)
    return doc


def citations_stage(doc: Document) -> Document:
    """Citations with a number, then mentions by type and issuer alone;
    those of the body keep their offsets in it (the citation notes)."""
    doc.body_citations = find_citations(doc.body_markdown)
    trich_yeu = " ".join(doc.parts.trich_yeu)
    # The other parts too: where a document's parts were misread (its body
    # taken for a signature block), what it cites still counts.
    p = doc.parts
    rest = "\n".join([*p.header, *p.kinh_gui, *p.noi_nhan, *p.signature])
    doc.citations = find_citations(trich_yeu) + doc.body_citations + find_citations(rest)
    doc.citations += find_mentions(trich_yeu) + find_mentions(doc.body_markdown)
    return doc


def front_matter_stage(doc: Document) -> Document:
    """Header, signature and citations → the front matter (``Metadata``)."""
    h, s = doc.header, doc.signature
    so, ky_hieu = _split_so_ky_hieu(h.so_ky_hieu)
    own = {h.so_ky_hieu} if h.so_ky_hieu else set()
    doc.metadata = Metadata(
        so_ky_hieu=h.so_ky_hieu,
        so=so,
        ky_hieu=ky_hieu,
        loai_van_ban=h.loai_van_ban or type_from_so_ky_hieu(h.so_ky_hieu),
        co_quan_ban_hanh=organs.with_ward(h.co_quan_ban_hanh or issuer_from_ky_hieu(ky_hieu), h.dia_danh),
        co_quan_chu_quan=h.co_quan_chu_quan,
        ngay_ban_hanh=h.ngay_ban_hanh,
        dia_danh=h.dia_danh,
        trich_yeu=h.trich_yeu,
        kinh_gui=doc.parts.kinh_gui,
        noi_nhan=doc.parts.noi_nhan,
        nguoi_ky=s.nguoi_ky,
        chuc_vu_ky=" / ".join(s.chuc_vu) or None,
        dan_chieu=[c.cited() for c in unique_citations(doc.citations) if c.so_ky_hieu not in own],
        da_sua_loi=doc.repaired,
    )
    _refuse_impossible(doc)
    _report_missing(doc)
    return doc


FIRST_DATE = "1945-09-02"  #: the state's documents begin with it; an earlier date is a misreading


def _refuse_impossible(doc: Document) -> None:
    """A value that cannot be right is not published as if it were: a date
    before 1945 or after today, an issuer that is a piece of the motto or no
    organ's name at all. A place that is no administrative unit is said.
    It becomes missing, and is said."""
    m, where = doc.metadata, str(doc.source)
    today = datetime.date.today().isoformat()
    if m.ngay_ban_hanh and not FIRST_DATE[:len(m.ngay_ban_hanh)] <= m.ngay_ban_hanh <= today[:len(m.ngay_ban_hanh)]:
        doc.diagnostics.append(Diagnostic(where, "META-DATE", f"the date read, {m.ngay_ban_hanh}, cannot be the "
                                          "date of issue; it is published as missing",
                                          "set ngay_ban_hanh in the front matter"))
        m.ngay_ban_hanh = None
    issuer = m.co_quan_ban_hanh
    motto = bool(issuer) and metadata.is_motto_piece(issuer)
    if issuer and (motto or not organs.is_organ_name(issuer)):
        what = "the national or Party motto" if motto else "no organ's name"
        doc.diagnostics.append(Diagnostic(where, "META-ISSUER", f"the issuer read, {issuer!r}, is {what}; "
                                          "it is published as missing", "set co_quan_ban_hanh in the front matter"))
        m.co_quan_ban_hanh = None
    for name in filter(None, (m.co_quan_ban_hanh, m.co_quan_chu_quan)):
        place = organs.unknown_place(name)
        if place:
            doc.diagnostics.append(Diagnostic(where, "META-PLACE", f"{name!r} names {place!r}, which is no "
                                              "province, district or commune of Vietnam's list",
                                              "check the header; correct the name in the front matter"))


def _split_so_ky_hieu(so_ky_hieu: str | None) -> tuple[int | None, str | None]:
    if not so_ky_hieu:
        return None, None
    digits = ""
    for char in so_ky_hieu:
        if not char.isdigit():
            break
        digits += char
    return (int(digits) if digits else None), so_ky_hieu[len(digits):].lstrip("/-") or None


_REQUIRED = {
    "so_ky_hieu": ("META-NUMBER", "số ký hiệu"),
    "loai_van_ban": ("META-TYPE", "loại văn bản"),
    "ngay_ban_hanh": ("META-DATE", "ngày ban hành"),
    "trich_yeu": ("META-SUBJECT", "trích yếu"),
    "co_quan_ban_hanh": ("META-ISSUER", "cơ quan ban hành"),
    "nguoi_ky": ("META-SIGNER", "người ký"),
}


def _report_missing(doc: Document) -> None:
    for key, (code, label) in _REQUIRED.items():
        if not getattr(doc.metadata, key):
            doc.diagnostics.append(Diagnostic(
                str(doc.source), code, f"could not read the {label} ({key})",
                f"it is published as missing; set {key} in the front matter to fill it in"))


STAGES = (decode_stage, clean_stage, repair_stage, structure_stage, metadata_stage,
          markdown_stage, citations_stage, front_matter_stage)


BUDGET = 120  #: seconds one document may take; every stage is linear, this is the last line of defence


class OverBudget(Exception):
    """A document took longer than its budget."""


def process(source: Path, raw: bytes | None = None, budget: float = BUDGET) -> Document:
    """Run every stage on one raw file; decode errors propagate.

    A document that overruns ``budget`` (in the main thread, where a timer
    can interrupt it) is published with what was read: unrepaired when the
    repair overran, else its cleaned lines as the body, and a diagnostic
    (``TEXT-TOO-SLOW``) naming the stage; an ingest never hangs on it."""
    doc = Document(source=Path(source), raw=Path(source).read_bytes() if raw is None else raw)
    for stage in STAGES:
        try:
            with _time_limit(budget):
                doc = stage(doc)
        except OverBudget:
            doc.diagnostics.append(Diagnostic(
                str(source), "TEXT-TOO-SLOW", f"reading stopped in the {stage.__name__[:-6]} stage after {budget:g} s",
                "it is published with what was read; please report the file", level="warning"))
            if stage is not repair_stage:
                return _as_read(doc)
            # Unrepaired, the rest reads as for a clean document (a new budget).
    return doc


def _as_read(doc: Document) -> Document:
    """The document as far as it was read: its cleaned lines as the body."""
    if not doc.body_markdown:
        doc.body_markdown = "\n\n".join(body.escape_line_start(line) for line in doc.lines if line.strip())
    if doc.metadata == Metadata():
        doc = front_matter_stage(doc)
    return doc


@contextmanager
def _time_limit(seconds: float):
    """Raise OverBudget in the block after ``seconds`` (main thread only:
    elsewhere the block runs unlimited)."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def over(signum, frame):
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, over)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
