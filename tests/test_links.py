import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.citations.graph import CitationGraph
from vanban.citations.identity import citation_year, number_key
from vanban.model import CitedDocument, Metadata


def doc(slug, number, date, loai="Kế hoạch", cites=(), so=1):
    return slug, Metadata(so_ky_hieu=number, so=so if number else None, loai_van_ban=loai, ngay_ban_hanh=date,
                          co_quan_ban_hanh="UBND tỉnh", dan_chieu=list(cites))


def cite(number, date=None, loai="Kế hoạch", issuer=None):
    return CitedDocument(loai, number, date, issuer)


def test_identity_keys_and_years():
    assert number_key("37/KH-UBND") == number_key(" 37/kh-ubnd") != number_key("37-NQ/TW")
    assert number_key("2688/QĐ-UBND") == number_key("2688/QD-UBND")  # OCR's D for Đ is one document
    assert citation_year("59/2023/NĐ-CP", None) == "2023"
    assert citation_year("26-CT/TU", "2023-09-25") == "2023" and citation_year("26-CT/TU", None) is None


def test_state_numbers_restart_every_year():
    graph = CitationGraph([
        doc("kh-37-2024", "37/KH-UBND", "2024-02-06"), doc("kh-37-2023", "37/KH-UBND", "2023-03-01"),
        doc("a", "1/CV", "2024-05-01", cites=[cite("37/KH-UBND", "2024-02-06")]),
        doc("b", "2/CV", "2023-05-01", cites=[cite("37/KH-UBND", "2023-03-01")]),
    ])
    assert [m.citing for m in graph.nodes["kh-37-2024"].cited_by] == ["a"]
    assert [m.citing for m in graph.nodes["kh-37-2023"].cited_by] == ["b"]


def test_same_number_different_ky_hieu_are_different_documents():
    graph = CitationGraph([
        doc("nq-tw", "37-NQ/TW", "2018-12-24", "Nghị quyết"), doc("nq-hdnd", "37/NQ-HĐND", "2022-12-09", "Nghị quyết"),
        doc("c", "9/KH-UBND", "2024-01-01", cites=[cite("37-NQ/TW", loai="Nghị quyết"),
                                                   cite("2688-CV/BTGTU", "2023-10-03", "Công văn"),
                                                   cite("2688/QĐ-UBND", "2025-12-15", "Quyết định")]),
    ])
    assert [m.citing for m in graph.nodes["nq-tw"].cited_by] == ["c"]
    assert graph.nodes["nq-hdnd"].cited_by == []
    cited_only = {n.so_ky_hieu: n for n in graph.cited_only()}
    assert set(cited_only) == {"2688-CV/BTGTU", "2688/QĐ-UBND"}
    assert cited_only["2688-CV/BTGTU"].slug != cited_only["2688/QĐ-UBND"].slug


def test_an_undated_citation_of_a_shared_number_is_marked_ambiguous():
    graph = CitationGraph([
        doc("old", "5/KH-UBND", "2022-01-10"), doc("new", "5/KH-UBND", "2024-01-10"),
        doc("c", "1/CV", "2023-06-01", cites=[cite("5/KH-UBND")]),
    ])
    (target, ambiguous), = graph.nodes["c"].cites
    assert target == "old" and ambiguous  # the latest before the citing letter, flagged as a guess


def test_cited_only_documents_collect_what_citations_say_and_who_cites():
    graph = CitationGraph([
        doc("a", "1/CV", "2023-10-09", cites=[cite("26-CT/TU", "2023-09-25", "Chỉ thị", "Ban Thường vụ Tỉnh ủy")]),
        doc("b", "2/CV", "2023-10-05", cites=[cite("26-CT/TU", None, "Chỉ thị")]),
    ], {"a": {"26-ct/tu": "Thực hiện Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy"}})
    node, = graph.cited_only()
    assert (node.slug, node.ngay_ban_hanh) == ("chi-thi-26-ct-tu-2023", "2023-09-25")
    assert node.issuers == ["Ban Thường vụ Tỉnh ủy"]
    assert [(m.citing, m.sentence) for m in node.cited_by] == [
        ("a", "Thực hiện Chỉ thị số 26-CT/TU của Ban Thường vụ Tỉnh ủy"), ("b", "")]
    assert graph.find("26-CT/TU", None) is node


def test_related_documents_share_citations_rare_ones_weigh_more():
    famous = [cite(f"{n}-NQ/TW", "2020-01-01", "Nghị quyết") for n in range(1, 3)]
    graph = CitationGraph([
        doc("a", "1/CV", "2024-01-01", cites=famous + [cite("9-CT/TU", "2023-01-01", "Chỉ thị")]),
        doc("b", "2/CV", "2024-01-02", cites=famous + [cite("9-CT/TU", "2023-01-01", "Chỉ thị")]),
        doc("c", "3/CV", "2024-01-03", cites=famous),
        doc("d", "4/CV", "2024-01-04", cites=famous),
    ])
    assert graph.related("a")[0][0].slug == "b"
    assert {n.slug for n, _ in graph.related("a")} == {"b", "c", "d"}


def _related_by_definition(graph, slug, kept=8):
    """The ranking spelt out, one document at a time."""
    import math
    from collections import defaultdict

    from vanban.citations.graph import HUB

    neighbours = graph.linked(slug)
    scores = defaultdict(float)
    for n in sorted(neighbours):
        linked = graph.linked(n)
        if len(linked) > HUB:
            continue
        for candidate in linked:
            if candidate != slug and candidate not in neighbours:
                scores[candidate] += 1.0 / math.log(2 + len(linked))
    ranked = sorted(scores.items(), key=lambda p: (-round(p[1], 9), p[0]))[:kept]
    return [(s, round(v, 9)) for s, v in ranked]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.integers(0, 25), max_size=8), min_size=1, max_size=30))
def test_related_ranking_equals_its_definition(citing):
    docs = [doc(f"d{i:02d}", f"{i + 1}/CV", "2024-01-01",
                cites=[cite(f"{t + 1}/CV", "2024-01-01") if t < len(citing) else cite(f"{t}-NQ/TW", "2020-01-01")
                       for t in targets])
            for i, targets in enumerate(citing)]
    graph = CitationGraph(docs)
    for slug in graph.nodes:
        got = [(n.slug, score) for n, score in graph.related(slug)]
        want = _related_by_definition(graph, slug)
        assert [s for s, _ in got] == [s for s, _ in want]
        assert [v for _, v in got] == pytest.approx([v for _, v in want])
