"""Regression guards on the evaluation sets written apart from the code.

The figures the issues ask for come from scripts/eval_extract.py and
scripts/eval_citations.py; these tests keep them from sliding back."""

import sys

import pytest
import yaml

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

import eval_citations  # noqa: E402
import eval_extract  # noqa: E402

DATA = ROOT / "tests" / "data"


def test_metadata_of_unseen_documents():
    scores = eval_extract.evaluate(DATA / "extract-eval")
    for field in ("so_ky_hieu", "loai_van_ban", "ngay_ban_hanh"):
        right, total = scores[field]
        assert right / total >= 0.95, field
    for field in ("nguoi_ky", "trich_yeu"):  # OCR-damaged documents cost some of these
        right, total = scores[field]
        assert right / total >= 0.9, field


def test_metadata_of_held_out_documents():
    scores = eval_extract.evaluate(DATA / "heldout" / "documents")
    assert all(right / total >= 0.9 for right, total in scores.values()), scores


@pytest.mark.parametrize("path", ["citation-eval/passages.yaml", "heldout/citations.yaml"])
def test_citation_extraction_on_unseen_passages(path):
    items = yaml.safe_load((DATA / path).read_text(encoding="utf-8"))
    result = eval_citations.evaluate(items)
    assert result["precision"] >= 0.95 and result["recall"] >= 0.95
    assert result["date"] >= 0.95 and result["issuer"] >= 0.9
