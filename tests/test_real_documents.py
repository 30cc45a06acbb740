"""Regression on real documents nobody here wrote: a fixed sample of 45
from ``../shared/real`` (the first 12,000 characters of each, in
``tests/data/real-citations/docs``), with the metadata their portals
recorded (``keys.json``) and their citations checked by hand
(``citations.yaml``). ``scripts/eval_real.py`` and
``scripts/eval_citations_real.py`` score the whole set and list misses."""

import json
import sys

import pytest

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import eval_citations_real  # noqa: E402
import eval_real  # noqa: E402

SAMPLE = ROOT / "tests" / "data" / "real-citations"
#: Measured when this test was written (34/36, 13/13, 34/34, 8/10, 12/13; the
#: two numbers missed are consolidated texts whose number stands at their end,
#: past the 12,000 characters kept); a change may raise them, never lower them.
FIELD_FLOORS = {"so_ky_hieu": 0.94, "ngay_ban_hanh": 1.0, "loai_van_ban": 1.0, "trich_yeu": 0.8,
                "co_quan_ban_hanh": 0.92}


def test_citations_of_real_documents():
    right, found, expected, misses = eval_citations_real.evaluate(SAMPLE)
    assert right / found >= 0.99 and right / expected >= 0.98, "\n".join(misses)


def test_fields_of_real_documents():
    keys = json.loads((SAMPLE / "keys.json").read_text(encoding="utf-8"))
    scores = {f: [0, 0] for f in FIELD_FLOORS}
    misses = []
    for name, key in keys.items():
        meta = eval_real.read_one(SAMPLE / "docs" / name)[1] or {}
        for field, (expected, how) in eval_real.expected_fields(key, name.split("-")[0]).items():
            if field in scores:
                ok = eval_real.right(expected, meta.get(field), how)
                scores[field][0] += ok
                scores[field][1] += 1
                if not ok:
                    misses.append(f"{name} {field}: {meta.get(field)!r}, portal: {expected!r}")
    for field, (ok, n) in scores.items():
        assert n and ok / n >= FIELD_FLOORS[field], (field, ok, n, misses)


@pytest.mark.skipif(not (ROOT.parent / "shared" / "real" / "docs").is_dir(), reason="../shared/real not beside")
def test_extract_never_crashes_on_any_real_document():
    from vanban.pipeline import process
    from vanban.reading.decode import DecodeError

    for path in sorted((ROOT.parent / "shared" / "real" / "docs").glob("*.txt")):
        try:
            process(path)
        except DecodeError:
            pass
