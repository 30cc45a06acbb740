"""Front matter files: ``Metadata`` ↔ Markdown with a YAML header.

Reading checks every field against its type in ``Metadata``: a hand-edited
file with a wrong value gets a diagnostic naming the file, the line and
the fix, and is left out of the build (the others publish).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import fields

import yaml

from vanban.model import FRONT_MATTER_KEYS, CitedDocument, Diagnostic, Metadata

try:  # the C loader is ten times faster on a province's worth of files
    _SafeLoader = yaml.CSafeLoader
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _SafeLoader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper


class _Loader(_SafeLoader):
    """Safe YAML that reads dates as the text they are: ``_date`` checks
    them, where PyYAML would fail on an impossible one (2026-13-45)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in _SafeLoader.yaml_implicit_resolvers.items()}

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n?", re.DOTALL)
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_LISTS = {"kinh_gui", "noi_nhan"}
_TEXT = {f.name for f in fields(Metadata)} - _LISTS - {"so", "dan_chieu", "da_sua_loi"}
_CITED_KEYS = tuple(f.name for f in fields(CitedDocument))
MAX_VALUES = 10_000  #: values in one front matter (a long dan_chieu has a few hundred)
MAX_CHARS = 10_000  #: characters in one field: a trích yếu is a sentence, the text belongs in the body
#: Control characters and the bidirectional controls that make text display
#: other than it reads ("exe.png" for "gnp.exe"): removed, and said.
_INVISIBLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: An original published with the document: a file in nguon/, nothing else.
_NGUON = re.compile(r"nguon/[^/\\:?#\x00-\x1f]+")


class FrontMatterError(ValueError):
    """Front matter that is not YAML (or not a mapping), with the line."""
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


def dump(metadata: Metadata, body: str) -> str:
    """The content file of a document."""
    yaml_text = yaml.dump(metadata.as_dict(), Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)
    return f"---\n{yaml_text}---\n\n{body.rstrip()}\n"


def split(text: str) -> tuple[dict, str, int]:
    """(front matter mapping, body, line where the body starts); errors name the line."""
    m = _FRONT_MATTER.match(text)
    if not m:
        raise FrontMatterError("the file does not start with a '---' front matter block", 1)
    try:
        data = yaml.load(m.group(1) or "", Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise FrontMatterError(f"the front matter is not valid YAML: {problem}", line) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise FrontMatterError("the front matter is not a mapping of field: value", 2)
    if _too_many_values(data):
        raise FrontMatterError(f"the front matter holds over {MAX_VALUES:,} values (YAML aliases repeating "
                               "others?); a document's fields are a few dozen", 2)
    return data, text[m.end():].lstrip("\n"), text.count("\n", 0, m.end()) + 1


def _too_many_values(data) -> bool:
    """Count values, shared ones (YAML aliases) as often as they are used,
    and stop at ``MAX_VALUES``: an alias bomb is a few lines that expand to
    billions, and everything after reading would expand it."""
    count, stack = 0, [data]
    while stack:
        item = stack.pop()
        count += 1
        if count > MAX_VALUES:
            return True
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def body_of(text: str) -> str:
    """What ``split`` returns as the body, without reading the YAML."""
    m = _FRONT_MATTER.match(text)
    return text[m.end():].lstrip("\n") if m else text


def as_text(data: bytes) -> str:
    """A content file's bytes as a text editor reads them: a byte-order mark
    and Windows line ends are no error."""
    return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


def key_lines(text: str) -> dict[str, int]:
    """Line of each top-level key in the front matter, for messages."""
    out: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), start=1):
        if n > 1 and line.startswith("---"):
            break
        m = re.match(r"([A-Za-z_][\w]*)\s*:", line)
        if m:
            out.setdefault(m.group(1), n)
    return out


def read_metadata(data: dict, where: str,
                  lines: dict[str, int] | None = None) -> tuple[Metadata | None, list[Diagnostic]]:
    """``data`` (the YAML mapping) as ``Metadata``; None when a field holds a
    value of the wrong type (each such field is reported)."""
    lines = lines or {}
    problems: list[Diagnostic] = []

    def problem(key: str, message: str, hint: str, level: str = "error") -> None:
        code = "FM-TYPE" if level == "error" else "FM-CONTROL"
        problems.append(Diagnostic(where, code, message, hint, line=lines.get(key), level=level))

    unknown = sorted(str(k) for k in data if k not in FRONT_MATTER_KEYS)
    if unknown:
        problems.append(Diagnostic(where, "FM-UNKNOWN", f"unknown front matter field(s): {', '.join(unknown)}",
                                   f"the fields are: {', '.join(FRONT_MATTER_KEYS)}", line=lines.get(unknown[0])))
    values: dict = {}
    for key in FRONT_MATTER_KEYS:
        value = data.get(key)
        if key == "ngay_ban_hanh":
            value, ok = _date(value)
            if not ok:
                problem(key, "ngay_ban_hanh must be a date written YYYY-MM-DD (or YYYY-MM, YYYY), "
                        f"not {data.get(key)!r}",
                        "write it like '2026-02-26', in quotes")
        elif key == "ngay_dang_tai":
            value, ok = _moment(value)
            if not ok:
                problem(key, f"ngay_dang_tai must be a date and time like '2026-02-26T08:00:00+07:00', "
                        f"not {data.get(key)!r}", "write it in quotes, or remove the line (ingest sets it)")
        elif key == "so":
            if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                problem(key, f"so must be a whole number or null, not {value!r}", "write the number without quotes")
                value = None
        elif key == "da_sua_loi":
            if value is None:
                value = False
            elif not isinstance(value, bool):
                problem(key, f"da_sua_loi must be true or false, not {value!r}", "write true or false")
                value = False
        elif key in _LISTS:
            value, ok = _texts(value)
            if not ok:
                problem(key, f"{key} must be a list of texts", f"write {key}: [] when empty, else one '- item' a line")
        elif key == "dan_chieu":
            value, ok = _cited(value)
            if not ok:
                problem(key, "dan_chieu must be a list of cited documents (loai_van_ban, so_ky_hieu, "
                        "ngay_ban_hanh, co_quan_ban_hanh)", "write dan_chieu: [] when empty")
        elif key in _TEXT and value is not None and not isinstance(value, str):
            problem(key, f"{key} must be text, not {value!r}", f"put the value of {key} in quotes")
            value = None
        values[key] = _checked_text(key, value, problem)
    if any(p.level == "error" for p in problems):
        return None, problems
    return Metadata(**values), problems


def _date(value) -> tuple[str | None, bool]:
    """YAML reads an unquoted 2026-02-26 as a date and 2023 as a number: a
    hand-edited file means the text. Impossible dates are refused."""
    if value is None or value == "":
        return None, True
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        return value.isoformat(), True
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None, False
    m = _DATE.fullmatch(value.strip())
    if not m:
        return None, False
    year, month, day = (int(g) if g else None for g in m.groups())
    try:
        datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None, False
    return value.strip(), True


def _checked_text(key: str, value, problem):
    """Text values (alone, in lists, in dan_chieu) within bounds, without
    invisible controls; ``nguon`` a file of nguon/ and ``tep_goc`` a name."""
    texts = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    if key == "dan_chieu":
        texts = [getattr(c, f) for c in value for f in _CITED_KEYS]
    texts = [t for t in texts if isinstance(t, str)]
    if any(len(t) > MAX_CHARS for t in texts):
        problem(key, f"{key} is {max(map(len, texts)):,} characters long, over the {MAX_CHARS:,} a field may hold",
                "a field is a line or a sentence; the text belongs in the body")
    if any(_INVISIBLE.search(t) for t in texts):
        problem(key, f"{key} holds control or text-direction characters; they were removed",
                "retype the value, or leave it: it is published without them", level="warning")
        value = _without_invisible(value)
    if key == "nguon" and value is not None and (not _NGUON.fullmatch(value) or value.endswith(("/.", "/.."))):
        problem(key, f"nguon must name a file in nguon/ (like 'nguon/ke-hoach-61.pdf'), not {value!r}",
                "the original is published from content/nguon/ only; correct the path or remove the line")
    if key == "tep_goc" and value is not None and re.search(r"[/\\\x00-\x1f]", value):
        problem(key, f"tep_goc is the received file's name, without folders, not {value!r}", "keep the name only")
    return value


def _without_invisible(value):
    if isinstance(value, str):
        return _INVISIBLE.sub("", value)
    if isinstance(value, list):
        return [_without_invisible(v) for v in value]
    if isinstance(value, CitedDocument):
        return CitedDocument(*(_without_invisible(getattr(value, f)) for f in _CITED_KEYS))
    return value


def _moment(value) -> tuple[str | None, bool]:
    """When the portal published a document: an ISO date and time (or date)."""
    if value is None or value == "":
        return None, True
    if not isinstance(value, str):
        return None, False
    try:
        datetime.datetime.fromisoformat(value.strip())
    except ValueError:
        return None, False
    return value.strip(), True


def _texts(value) -> tuple[list[str], bool]:
    if value is None:
        return [], True
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [], False
    return list(value), True


def _cited(value) -> tuple[list[CitedDocument], bool]:
    if value is None:
        return [], True
    if not isinstance(value, list):
        return [], False
    out = []
    for item in value:
        if not isinstance(item, dict):
            return [], False
        entry = {}
        for key in _CITED_KEYS:
            v = item.get(key)
            if key == "ngay_ban_hanh":
                v, ok = _date(v)
                if not ok:
                    return [], False
            elif v is not None and not isinstance(v, str):
                return [], False
            entry[key] = v
        out.append(CitedDocument(**entry))
    return out, True
