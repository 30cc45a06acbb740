"""A synthetic corpus of raw input documents, for scale benchmarks.

    from vanban.synth import generate
    truth = generate(10_000, Path("/tmp/corpus"), seed=0)

writes ``000001.txt`` … in the layouts real inputs arrive in (text pulled
out of PDFs: merged header columns, hard-wrapped pages, signature blocks
merged with nơi nhận, digital-signature timestamps, unsigned drafts with a
blank number or day, OCR-damaged and unaccented copies) and returns, for
every file, what was put in it, so that a benchmark can score the parser.

The corpus is one province (Lạng Sơn) with its districts and communes over
2019–2026: the UBND and HĐND of the province, its Sở, the UBND of districts
and communes, the Tỉnh ủy and its Ban, the Huyện ủy, the Đảng ủy of
communes and the Đảng ủy Khối. Districts end with the 2025 reform (1 July
2025), merged Sở and Ban appear on 1 March 2025. Every issuer numbers its
documents per year and per ký hiệu, the number growing with the date.

Documents cite earlier documents of the corpus by number, date and issuer,
the higher bodies first (a commune cites its district and the province, a
district the province, the province the Tỉnh ủy), and the cited document's
subject is often carried down, so chains form: directive → guidance →
district plan → commune plan. Some cite national documents that are not in
the corpus.

The prose is recombined from the project's own material only: the
sentences of the clean samples (``samples/001``–``003``) and the repaired
bodies in ``content/van-ban/*.md``, with their citations cut out and the
years, districts and issuers substituted.

Files are numbered in the order the documents were issued (the last file is
the newest). Deterministic for a given ``(n, seed)`` and the project's
samples; the texts do not depend on ``damaged_share`` or
``unaccented_share`` (those only choose which texts are then damaged), so a
corpus generated with both at 0 is the same corpus, clean. Pure Python:
10,000 documents (70 MB) in about 10 s, 50,000 in about a minute.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date
from pathlib import Path

from vanban.repair.noise import ocr_damage, strip_diacritics

from .bank import bank
from .layout import write_one
from .plan import Doc, Pools, choose_citations, new_topic, plan_documents, still_current, topic_text, topic_when
from .world import TYPES, make_issuers

# ---------------------------------------------------------------------------
# The corpus.
# ---------------------------------------------------------------------------

def _iso(doc: Doc) -> str:
    d = date.fromordinal(doc.ordinal)
    if doc.blank_month:
        return str(d.year)
    if doc.blank_day:
        return f"{d.year}-{d.month:02d}"
    return d.isoformat()


def generate(n: int, out_dir: Path, seed: int = 0, damaged_share: float = 0.1,
             unaccented_share: float = 0.02) -> list[dict]:
    """Write ``n`` raw documents to ``out_dir/NNNNNN.txt``; return what each holds.

    Every entry: ``file``, ``so_ky_hieu`` (as printed; ``"/KH-UBND"`` when the
    number is blank), ``loai_van_ban``, ``ngay_ban_hanh`` (ISO; ``"2024-02"``
    or ``"2024"`` when the day or month is blank), ``co_quan_ban_hanh``,
    ``trich_yeu``, ``nguoi_ky`` (``None`` when no name is printed),
    ``cites`` (số ký hiệu of every document cited, in order of first
    appearance, footnotes last), ``damaged`` (OCR-damaged), and also
    ``unaccented`` (typed without diacritics) and ``cites_files`` (the files
    of the cited documents that are in the corpus).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    bk = bank()
    issuers = make_issuers(rng)
    docs = plan_documents(n, rng, issuers)
    # Which documents are damaged: scans first. The texts do not depend on the
    # shares, so a corpus generated with damaged_share=0 is the same corpus
    # with every document clean.
    order = list(range(n))
    rng.shuffle(order)
    order.sort(key=lambda j: not docs[j].scanned)
    modes = ["clean"] * n
    n_damaged = round(n * damaged_share)
    for j in order[:n_damaged]:
        modes[j] = "damaged"
    rest = [j for j in order[n_damaged:] if not docs[j].scanned] + [j for j in order[n_damaged:] if docs[j].scanned]
    for j in rest[:round(n * unaccented_share)]:
        modes[j] = "unaccented"
    pools = Pools()
    results: list[dict | None] = [None] * n
    for pos, doc in enumerate(docs):
        pools.advance(doc.ordinal)
        drng = random.Random(seed * 1_000_003 + pos)
        primary, others, nationals = choose_citations(doc, drng, pools)
        submission = None
        if (doc.type == "QĐ" and doc.issuer.group == "ubnd_tinh") or (doc.type == "NQ" and doc.issuer.group == "hdnd"):
            group = "so" if doc.issuer.group == "ubnd_tinh" else "ubnd_tinh"
            recent = [s for s in pools.submissions.get(group, [])[-6:] if doc.ordinal - s.ordinal < 90]
            if recent and drng.random() < 0.7:
                submission = drng.choice(recent)
                if submission in others:
                    others.remove(submission)
        if submission is not None:
            doc.topic, doc.topic_year = submission.topic, submission.topic_year
        elif primary is not None and drng.random() < 0.75 and still_current(primary, doc):
            doc.topic, doc.topic_year = primary.topic, primary.topic_year
        else:
            doc.topic, doc.topic_year = new_topic(doc, drng), topic_when(doc.ordinal)
        doc.np = topic_text(doc.topic, doc.topic_year, doc.issuer.scope)
        doc.vp = f"{drng.choice(doc.topic[1])} {doc.np}"
        mode = modes[pos]
        text, info = write_one(doc, drng, bk, primary, others, nationals, submission)
        if submission is not None and submission not in doc.cites:
            doc.cites.append(submission)
        text = unicodedata.normalize("NFC", text)
        if mode == "damaged":
            text = unicodedata.normalize("NFC", ocr_damage(text, seed=seed * 1_000_003 + pos))
        elif mode == "unaccented":
            text = strip_diacritics(text)
        (out_dir / doc.file).write_text(text, encoding="utf-8")
        pools.add(doc)
        results[pos] = {
            "file": doc.file,
            "so_ky_hieu": doc.so_ky_hieu,
            "loai_van_ban": TYPES[doc.type],
            "ngay_ban_hanh": _iso(doc),
            "co_quan_ban_hanh": doc.issuer.name,
            "trich_yeu": doc.trich_yeu,
            "nguoi_ky": info["signer"],
            "cites": [x.so_ky_hieu for x in doc.cites],
            "damaged": mode == "damaged",
            "unaccented": mode == "unaccented",
            "cites_files": [x.file for x in doc.cites if isinstance(x, Doc)],
        }
    results.sort(key=lambda r: r["file"])
    return results


__all__ = ["generate"]
