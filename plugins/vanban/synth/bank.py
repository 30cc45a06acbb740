"""The sentence bank, from the project's own material."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy as np

from vanban.repair.lm import default_model, lm_tokens
from vanban.text.syllables import is_syllable

from .util import cap
from .world import NATIONAL, TOPICS

# ---------------------------------------------------------------------------
# The sentence bank, from the project's own material.
# ---------------------------------------------------------------------------

def _material_root() -> Path:
    root = Path(__file__).resolve().parents[3]
    if (root / "samples").is_dir():
        return root
    try:  # installed elsewhere: the project one is run from
        root = Path.cwd()
    except OSError:
        root = None
    if root is not None and (root / "samples").is_dir():
        return root
    raise FileNotFoundError("vanban.synth needs the project's samples/ and content/van-ban/ (run it from the project)")


_TYPE_WORDS = ("Chương trình hành động|Chương trình|Nghị quyết|Quyết định|Chỉ thị|Kết luận|Kế hoạch|Hướng dẫn|"
               "Công văn|Thông báo|Nghị định|Quy định|Đề án|Thông tư|Luật|Báo cáo|Tờ trình")
_CITED_BY = ("Ban Thường vụ Tỉnh ủy Lạng Sơn|Ban Thường vụ Tỉnh ủy|Ban thường vụ Huyện ủy|Ban Thường vụ Huyện ủy|"
             "Ban Chấp hành Đảng bộ tỉnh|Ban Chấp hành Trung ương Đảng|Ban Chấp hành Trung ương|"
             "Ban chấp hành Trung ương Đảng|Ban Tuyên giáo Tỉnh ủy Lạng Sơn|Ban Tuyên giáo Tỉnh ủy|Bộ Chính trị|"
             "Ban Bí thư Trung ương Đảng|Ban Bí thư|Thủ tướng Chính phủ|Thủ tướng chính phủ|Chính phủ|"
             "Ủy ban Thường vụ Quốc hội|Quốc hội|UBND tỉnh|Ủy ban nhân dân tỉnh|HĐND tỉnh")
#: A citation in the material: type, number, date, issuer and what it is
#: about (up to the end of the clause); replaced by {C} and filled with the
#: citations of the document being written.
_CITATION = re.compile(
    r"(?:" + _TYPE_WORDS + r")(?:\s+số)?\s+\d{1,4}(?:/\d{4})?\s*[-/]\s*[A-ZĐ][A-Za-zĐđ]*(?:[-/][A-ZĐ][A-Za-zĐđ0-9]*)*"
    r"(?:,?\s*ngày\s+\d{1,2}/\d{1,2}/\d{4})?"
    r"(?:,?\s+của\s+(?:" + _CITED_BY + r"))?"
    r"(?:\s+khóa\s+[IVX]+|\s*\(khóa\s+[IVX]+\))?"
    r"(?:\s+(?:về|cải cách|triển khai|tuyên truyền)\b[^;.:]*)?")
_CITATION_RUN = re.compile(r"\{C\}(?:(?:;|,| và)\s*\{C\})+")
_PARENTHESIS_WITH_CODE = re.compile(r"\s*\([^()]*\d+\s*[-/][A-ZĐ][^()]*\)")
_CODE = re.compile(r"\d+\s*[-/]\s*\d*[A-ZĐa-z]|\d+/\d+|\bsố\s*\d|\b\d{1,4}-\s|\bhttp|<|\[|\(\*|\*\)|¥")
#: Residual repair errors in the repaired material, put right by hand.
_FIXES = {"theo đội": "theo dõi", "theo dải": "theo dõi", "theo dài": "theo dõi", "Theo dài": "Theo dõi",
          "Chi trong": "Chú trọng", "chi trong": "chú trọng", "công tính": "công tỉnh", "đối nghị": "đội ngũ",
          "Nhà nề": "Nhà nước", "nhiễm vụ": "nhiệm vụ", "HỒ Chí": "Hồ Chí", "những nội cơ bản": "những nội dung cơ bản"}
#: Pieces of sentences a page break cut off in the material.
_FRAGMENTS = ("Kế hoạch phát triển kinh tế", "Các nghị quyết, chỉ thị", "Góp phần thực hiện thắng lợi các mục tiêu")
#: Good phrases of this kind of text the language model (laws) does not know.
_KNOWN_PHRASES = ("công tác dân vận chính quyền gắn với; dân vận đối với; phong trào “Dân vận khéo” với; sức mạnh "
                  "đoàn kết; tăng cường đấu tranh; Văn phòng UBND tỉnh; giữa UBND và Ủy ban; dân vận phục vụ; "
                  "Quốc hội khóa XVI và; dân vận trong")
_ROMAN = re.compile(r"^(?:#+\s*)?([IVX|1l]{1,4}\d*)\s*[-.]\s+(.+)$")
_NUMBERED = re.compile(r"^(?:#+\s*)?(\d{1,2})\s*(?:\\)?\.\s+(.+)$")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ“\"])")
_TAGS = (("MỤC ĐÍCH", "purpose"), ("YÊU CẦU", "purpose"), ("HÌNH THỨC", "form"), ("TỔ CHỨC THỰC HIỆN", "org"),
         ("THU'C HI", "org"), ("NỘI DUNG", "content"))


class Bank:
    """Sentences, list items and headings, tagged by the part of a plan they
    came from: ``purpose``, ``content``, ``form``, ``org``."""

    def __init__(self) -> None:
        self.sentences: dict[str, list[str]] = {"purpose": [], "content": [], "form": [], "org": []}
        self.items: list[str] = []
        self.headings: list[str] = []
        self.clauses: list[str] = []

    def add(self, tag: str, text: str, kind: str) -> None:
        if kind == "heading":
            if text not in self.headings:
                self.headings.append(text)
        elif kind == "item":
            if text not in self.items:
                self.items.append(text)
        elif text not in self.sentences[tag]:
            self.sentences[tag].append(text)


def _known_bigrams(texts: list[str]):
    """A checker for repaired text: every pair of adjacent syllables (not
    across punctuation) must be one the language model or the clean texts
    know, or the clause is dropped; so are numbers before words (OCR's
    "trả 161 chất vấn")."""
    model = default_model()
    keys = model.bi_keys

    def spans(text: str) -> list[list[str]]:
        out: list[list[str]] = [[]]
        for tok in lm_tokens(text):
            if tok[0] == "<":
                out.append([])
            else:
                out[-1].append(tok)
        return out

    clean_pairs = set()
    for text in texts:
        for span in spans(text):
            clean_pairs.update(zip(span, span[1:]))

    def ok(clause: str) -> bool:
        if re.search(r"\b\d+\s+[a-zđ]", clause):
            return False
        wanted = []
        for span in spans(clause):
            for a, b in zip(span, span[1:]):
                if (a, b) in clean_pairs:
                    continue
                ia, ib = model.id(a), model.id(b)
                if not ia or not ib:
                    return False
                wanted.append((ia << 16) | ib)
        if not wanted:
            return True
        ids = np.array(wanted, dtype=keys.dtype)
        pos = np.minimum(np.searchsorted(keys, ids), len(keys) - 1)
        return bool((keys[pos] == ids).all())

    return ok


def _is_syllables(text: str) -> bool:
    for word in re.findall(r"[^\W\d_]+", text):
        if word.isupper() and len(word) > 1:
            continue  # UBND, HĐND, CCHC
        if not is_syllable(word):
            return False
    return True


def _clean_line(line: str) -> str:
    line = re.sub(r"\[\^\d+\]", "", line).replace("**", "").replace("\\", "")
    line = " ".join(line.replace("*", "").split())
    for wrong, right in _FIXES.items():
        line = line.replace(wrong, right)
    return line


def _paragraphs_of_sample(text: str) -> list[str]:
    """The body lines of a clean sample, hard-wrapped lines joined."""
    lines = [ln.strip() for ln in text.split("\n")]
    out: list[str] = []
    started = False
    for line in lines:
        if line.startswith("Nơi nhận"):
            break
        if not started:
            started = line.startswith("Thực hiện")
            if not started:
                continue
        if not line:
            continue
        if out and out[-1] and out[-1][-1] not in ".;:!?" and line[:1].islower():
            out[-1] = out[-1] + " " + line
        else:
            out.append(line)
    return out


def _paragraphs_of_markdown(text: str) -> list[str]:
    body = text.split("\n---\n", 1)[1] if text.startswith("---") else text
    out: list[str] = []
    for line in body.split("\n"):
        line = line.strip()
        if not line or line.startswith("[^"):
            continue
        out.append(line)
    return out


def _self_marks(text: str) -> str:
    text = text.replace("Sở Thông tin và Truyền thông", "{SELF}")
    text = text.replace("Kế hoạch này", "{THIS}")
    for i, name in enumerate(("Tràng Định", "Văn Quan", "Hữu Lũng", "Lộc Bình")):
        text = text.replace(name, "{D%d}" % i)
    text = text.replace("Trảng Định", "{D0}")
    return text


def _mark_citations(text: str) -> str:
    text = _PARENTHESIS_WITH_CODE.sub("", text)
    text = _CITATION.sub("{C}", text)
    return _CITATION_RUN.sub("{C}", text)


def _sentences(paragraph: str, ok, year: str) -> list[str]:
    out = []
    for sentence in _SENTENCE_END.split(paragraph):
        if sentence.endswith(":") or len(sentence) < 30:
            continue
        end = sentence[-1] if sentence[-1] in ".;!?" else "."
        body = sentence[:-1] if sentence[-1] in ".;!?" else sentence
        body = _mark_citations(body.rstrip("/.").rstrip())
        kept = []
        for clause in body.split("; "):
            clause = clause.strip().rstrip(",")
            plain = clause.replace("{C}", "")
            if len(plain) < 12 or _CODE.search(plain) or not _is_syllables(plain) or not ok(plain):
                continue
            if clause.startswith(("Thực hiện {C}", "Căn cứ")):
                continue
            kept.append(clause)
        if not kept:
            continue
        text = "; ".join(kept)
        if len(text) < 40 or text.startswith(_FRAGMENTS):
            continue
        text = text[0].upper() + text[1:] + end
        if year:
            text = text.replace(f"năm {year}", "năm {Y}")
        out.append(_self_marks(text))
    return out


@lru_cache(maxsize=1)
def bank() -> Bank:
    """The sentence bank (built once per process, in about a second)."""
    root = _material_root()
    sources: list[tuple[list[str], bool, str]] = []
    clean_texts = []
    for path in sorted((root / "samples").glob("00[123]*.txt")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        clean_texts.append(text)
        year = re.search(r"năm (20\d\d)", text)
        sources.append((_paragraphs_of_sample(text), False, year.group(1) if year else ""))
    samples = {p.name for p in (root / "samples").glob("*.txt")}
    for path in sorted((root / "content" / "van-ban").glob("*.md")):
        text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))
        source = re.search(r"^nguon: ?'?\"?([^'\"\n]+)", text, re.M)
        if not source or source.group(1).rsplit("/", 1)[-1] not in samples:
            continue  # only the samples' own repaired text, not whatever else was ingested
        repaired = "\nda_sua_loi: true" in text.split("\n---\n", 1)[0]
        year = re.search(r"ngay_ban_hanh: '?(20\d\d)", text)
        sources.append((_paragraphs_of_markdown(text), repaired, year.group(1) if year else ""))
    extra = [_KNOWN_PHRASES] + [t[0] for t in TOPICS] + [n[4] for n in NATIONAL]
    check = _known_bigrams(clean_texts + extra)
    out = Bank()
    for paragraphs, repaired, year in sources:
        ok = check if repaired else (lambda clause: True)
        tag = "content"
        for raw in paragraphs:
            line = _clean_line(raw)
            if not line or line.startswith(("Thực hiện", "Căn cứ", "Đề nghị Quý", "Nơi nhận")):
                continue
            roman = _ROMAN.match(line)
            if roman and (raw.startswith("## ") or roman.group(2).isupper()):
                upper = roman.group(2).upper()
                tag = next((t for key, t in _TAGS if key in upper), "content")
                continue
            numbered = _NUMBERED.match(line)
            if numbered:
                rest = numbered.group(2)
                if (raw.startswith("###") or len(rest) < 170) and rest[-1] not in ".;":
                    if tag == "content" and not _CODE.search(rest) and _is_syllables(rest) and ok(rest) \
                            and len(rest) > 12 and "Đề nghị" not in rest:
                        heading = rest.rstrip(":").replace(f"năm {year}", "năm {Y}") if year else rest.rstrip(":")
                        out.add(tag, _self_marks(heading), "heading")
                    continue
                line = rest
            if line.startswith("- "):
                for s in _sentences(line[2:], ok, year):
                    out.add(tag, s, "item")
                continue
            for s in _sentences(line, ok, year):
                out.add(tag, s, "sentence")
    for sentences in list(out.sentences.values()) + [out.items]:
        for s in sentences:
            for clause in s.rstrip(".;!?").split("; "):
                if len(clause) > 40 and "{" not in clause and not clause.startswith(("Qua đó", "Đề nghị")) \
                        and not cap(clause).startswith(_FRAGMENTS):
                    out.clauses.append(clause)
    return out
