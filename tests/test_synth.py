"""The synthetic corpus: reproducible, varied, and read back as written."""

from vanban.pipeline import process
from vanban.synth import generate


def test_corpus_is_reproducible_and_read_back_right(tmp_path):
    first = generate(60, tmp_path / "a", seed=3)
    second = generate(60, tmp_path / "b", seed=3)
    assert first == second
    assert all((tmp_path / "a" / p.name).read_bytes() == p.read_bytes() for p in (tmp_path / "b").iterdir())
    assert len({d["loai_van_ban"] for d in first}) >= 4
    assert len({d["ngay_ban_hanh"][:4] for d in first if d["ngay_ban_hanh"]}) >= 3
    citing = [d for d in first if len(d["cites"]) >= 2]
    assert len(citing) >= len(first) // 2
    clean = [d for d in first if not d["damaged"] and not d.get("unaccented")][:15]
    for expected in clean:
        got = process(tmp_path / "a" / expected["file"]).metadata.as_dict()
        assert (got["so_ky_hieu"], got["loai_van_ban"], got["ngay_ban_hanh"]) == \
            (expected["so_ky_hieu"], expected["loai_van_ban"], expected["ngay_ban_hanh"]), expected["file"]
