"""Blocking loses nothing: clustering over blocked candidate pairs gives exactly what
comparing every pair of records gives, on real extractions and on hard look-alikes."""

from __future__ import annotations

import importlib
import random
from itertools import combinations

import pytest

from citekit.engine.document import DocumentTask, process_document
from citekit.merge import MERGED_KINDS
from citekit.merge.cluster import _FEW_TITLES, cluster
from citekit.merge.identity import conflicts, same_work
from citekit.models import Author, Fields
from tests.engine.conftest import real_documents


def exhaustive(records: list[Fields], distinct: int = 0) -> list[list[int]]:
    """The definition: identical records that match themselves are one; then every pair in
    order, members compared one by one."""
    parent = list(range(len(records)))
    members = {i: [i] for i in range(len(records))}

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    first: dict[str, int] = {}
    for i, f in enumerate(records):
        if i >= distinct and same_work(f, f):
            j = first.setdefault(f.model_dump_json(), i)
            if j != i:
                parent[i] = j
                members[j].extend(members.pop(i))

    for i, j in combinations(range(len(records)), 2):
        ri, rj = find(i), find(j)
        if ri == rj or ri < distinct and rj < distinct or not same_work(records[i], records[j]):
            continue
        if any(conflicts(records[a], records[b]) for a in members[ri] for b in members[rj]):
            continue
        ri, rj = min(ri, rj), max(ri, rj)
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
    return [sorted(group) for _, group in sorted(members.items())]


@pytest.fixture(scope="module")
def extracted_records() -> tuple[int, list[Fields]]:
    """Document records first, then every reference and attribution, as merge lists them."""
    results = [process_document(DocumentTask(str(p), str(p.parent), p.name, 10_000_000)) for p in real_documents()]
    docs = [r.document.meta for r in results if r.document]
    mentions = [m.fields for r in results for m in r.mentions if m.kind in MERGED_KINDS]
    return len(docs), docs + mentions


def test_blocked_clustering_equals_all_pairs_on_the_seeds_and_golden_documents(extracted_records):
    distinct, records = extracted_records
    assert len(records) > 150
    assert cluster(records, distinct) == exhaustive(records, distinct)


def _person(family: str, given: str = "A.") -> Author:
    return Author(family=family, given=given)


LOOK_ALIKES = [
    Fields(type="report", title="Annual report on water access 2021", authors=[_person("Moyo")], date="2021"),
    Fields(type="report", title="Annual report on water access 2022", authors=[_person("Moyo")], date="2022"),
    Fields(type="report", title="Annual Report on Water Access 2021", authors=[_person("Moyo", "T.")]),
    Fields(type="article", title="Dams and drought in the Zambezi basin", authors=[_person("Banda")], date="2019",
           doi="10.1000/abc.1"),
    Fields(type="article", title="Dams and drought in the Zambezi basin", authors=[_person("Banda")], date="2019",
           doi="10.1000/ABC.2"),
    Fields(type="article", title="Dams and drought in the Zambezi basin.", authors=[_person("Bandaa")]),
    Fields(type="article", title="Dams & drought in the Zambezi basin", date="2019"),
    Fields(type="report", title="Situation report 12", authors=[Author(literal="OCHA")], date="2023-05"),
    Fields(type="report", title="Situation report 13", authors=[Author(literal="OCHA")], date="2023-06"),
    Fields(type="report", authors=[Author(literal="OCHA")], date="2023-05"),
    Fields(type="report", authors=[Author(literal="OCHA")], date="2023-06"),
    Fields(type="report", title="Second assessment of the river basin", date="2020", un_symbol="S/2020/1"),
    Fields(type="report", title="Second assessment of the river basin", date="2020", un_symbol="S/2020/2"),
    Fields(type="report", title="Third assessment of the river basin", date="2020"),
    Fields(type="webpage", title="Cholera monthly", url="https://example.org/cholera/monthly"),
    Fields(type="webpage", title="Cholera monthly update", url="http://example.org/cholera/monthly/"),
    Fields(type="report", title="Annual report on water access 2021", authors=[_person("Moyo")], date="2021"),
    Fields(type="report", title="Situation report", authors=[Author(literal="OCHA")], date="2023-05"),
    Fields(type="report", title="Situation report", authors=[Author(literal="OCHA")], date="2023-05"),
    Fields(type="report", title="Situation report", authors=[Author(literal="OCHA")], date="2023-06"),
    Fields(type="misc", note="an untitled note"),
    Fields(type="misc", note="an untitled note"),
]


def test_blocked_clustering_equals_all_pairs_on_look_alikes():
    for records in (LOOK_ALIKES, LOOK_ALIKES[::-1], LOOK_ALIKES[1:] + LOOK_ALIKES[:1]):
        assert cluster(records) == exhaustive(records)
    assert cluster(LOOK_ALIKES, distinct=3) == exhaustive(LOOK_ALIKES, distinct=3)


def _many_titles_of_one_author() -> list[Fields]:
    """Over a hundred distinct titles in one author-and-year block, so their scores come from
    a matrix (``cluster._close_titles``), with typos, prefixes and a conflicting year."""
    rng = random.Random(5)
    topics = ["water", "grain", "fuel", "school", "clinic", "bridge", "rail", "port", "forest", "river"]
    aspects = ["prices", "access", "storage", "repairs", "staffing"]
    records = []
    for topic in topics:
        for aspect in aspects:
            title = f"Survey of {topic} {aspect} in the northern districts"
            for _ in range(3):
                cut = rng.randrange(8, len(title))
                variant = rng.choice([title, title[:cut] + title[cut + 1:], title.upper(), title + ": final report",
                                      title[:cut]])
                date = rng.choice(["2021", "2021", "2021-03", "2022"])
                records.append(Fields(type="report", title=variant, authors=[_person("Moyo")], date=date))
    return records


@pytest.mark.parametrize("rows", [2048, 40])  # the whole matrix at once, or 40 rows at a time
def test_blocked_clustering_equals_all_pairs_when_a_block_holds_many_titles(rows, monkeypatch):
    monkeypatch.setattr(importlib.import_module("citekit.merge.cluster"), "_ROWS", rows)
    records = _many_titles_of_one_author()
    assert len({f.title for f in records}) > _FEW_TITLES
    grouped = cluster(records)
    assert len(grouped) < len(records)  # variants do merge
    assert grouped == exhaustive(records)
