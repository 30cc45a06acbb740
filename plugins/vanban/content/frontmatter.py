"""Documents ↔ Markdown files with YAML front matter in ``content/``."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

import yaml

from vanban.model import FRONT_MATTER_KEYS

try:  # the C loader is ten times faster on a province's worth of files
    _Loader = yaml.CSafeLoader
    _Dumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader
    _Dumper = yaml.SafeDumper

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*\n?", re.DOTALL)


class FrontMatterError(ValueError):
    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.message, self.line = message, line


def dump(metadata: dict, body: str) -> str:
    ordered = {key: metadata.get(key) for key in FRONT_MATTER_KEYS}
    yaml_text = yaml.dump(ordered, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100000)
    return f"---\n{yaml_text}---\n\n{body.rstrip()}\n"


def parse(text: str) -> tuple[dict, str]:
    """Split a content file into (front matter, body); errors name the line."""
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
    return data, text[m.end():].lstrip("\n")


def body_of(text: str) -> str:
    """What ``parse`` returns as the body, without reading the YAML."""
    m = _FRONT_MATTER.match(text)
    return text[m.end():].lstrip("\n") if m else text


def read(path: Path) -> tuple[dict, str]:
    return parse(path.read_text(encoding="utf-8"))


def write_atomic(path: Path, data: bytes | str) -> bool:
    """Write ``data`` to ``path`` via a temporary file and rename.

    A crash leaves the old file or the new one, never half of one. Returns
    False (and leaves the file, and its time stamp, alone) when unchanged.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if path.exists() and path.read_bytes() == payload:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True
