"""Merging an existing library into a build: keys and fields kept as `manual`, matched to built
works by identity, links renamed, nothing of the file lost (every shared .bib pybtex reads)."""

from __future__ import annotations

import pytest
from pybtex.database import parse_string

from citekit.emit.bibtex import format_library, to_entry
from citekit.emit.existing import ExistingLibraryError, merge_existing, read_bib
from citekit.emit.manual import _canonical, apply_edits
from citekit.models import Author, Corpus, Fields, Work
from tests.conftest import ROOT

SHARED_BIBS = sorted((ROOT.parent / "shared" / "corpora" / "bibtex").glob("*.bib"))

EXISTING = r"""@article{Zahid_2024,
  author = {Zahid, Farhan},
  title = {Al-{Qaeda} Future Prospects},
  journal = {Nordic Journal of Islamic and Peace Studies},
  year = 2024,
  doi = {10.37540/NJIPS.V7I1.162},
  abstract = {My own notes survive.},
}

@book{knuth84,
  author = {Knuth, Donald E.},
  title = {The {\TeX}book},
  publisher = {Addison-Wesley},
  year = 1984,
}

@misc{roggio2023un,
  title = {Something else entirely},
  year = {1999},
}
"""


def _corpus() -> Corpus:
    zahid = Work(key="zahid2024alqaeda", fields=Fields(
        type="article", title="Al-Qaeda future prospects", authors=[Author(family="Zahid", given="Farhan")],
        date="2024", container="NJIPS", doi="10.37540/njips.v7i1.162", pages="95--98"),
        cited_by=["doc2024"])
    doc = Work(key="doc2024", fields=Fields(type="webpage", title="A document", date="2024"),
               cites=["zahid2024alqaeda", "roggio2023un"], document="d1")
    roggio = Work(key="roggio2023un", fields=Fields(type="article", title="UN reports", date="2023",
                                                    authors=[Author(family="Roggio", given="B.")]),
                  cited_by=["doc2024"])
    return Corpus(works=[zahid, doc, roggio])


def test_matched_work_takes_the_existing_key_fields_and_manual_provenance(tmp_path):
    path = tmp_path / "existing.bib"
    path.write_text(EXISTING, encoding="utf-8")
    corpus = _corpus()
    edits = merge_existing(corpus, read_bib(path))
    keys = [w.key for w in corpus.works]
    assert keys == ["Zahid_2024", "doc2024", "roggio2023un-1"]  # the file's roggio2023un is another work
    assert corpus.works[1].cites == ["Zahid_2024", "roggio2023un-1"]
    assert corpus.works[0].provenance["title"] == "manual" and corpus.works[0].provenance["doi"] == "manual"
    entries = {e.key: e for e in apply_edits([to_entry(w) for w in corpus.works], edits)}
    zahid = entries["Zahid_2024"]
    assert zahid.fields["abstract"] == "My own notes survive."
    assert zahid.fields["title"] == "Al-{Qaeda} Future Prospects"  # the file's text, not ours
    assert zahid.fields["pages"] == "95--98" and zahid.fields["citedby"] == "doc2024"  # ours added
    assert entries["knuth84"].type == "book" and entries["roggio2023un"].fields["year"] == "1999"


@pytest.mark.skipif(not SHARED_BIBS, reason="../shared/corpora/bibtex not present")
@pytest.mark.parametrize("bib", SHARED_BIBS, ids=lambda p: p.name)
def test_nothing_of_an_existing_file_is_lost(bib, tmp_path):
    try:
        existing = read_bib(bib)
    except ExistingLibraryError:
        pytest.skip("pybtex cannot read it")
    corpus = _corpus()
    edits = merge_existing(corpus, existing)
    written = format_library(apply_edits([to_entry(w) for w in corpus.works], edits))
    back = parse_string(written, "bibtex").entries
    for entry, _ in existing:
        assert entry.key in back
        assert back[entry.key].type.lower() == entry.type
        mine = _canonical(back[entry.key])
        for name, value in entry.fields.items():
            assert mine[name] == value, (entry.key, name)


def test_merging_the_library_citekit_wrote_matches_every_work_by_its_key(tmp_path):
    """Statements, untitled reports and documents have no title to match by: the key does,
    unless authors or years disagree (the file's roggio2023un above stays another work)."""
    statement = Work(key="monde2026personal", fields=Fields(
        type="misc", authors=[Author(literal="Le Monde")], date="2026-11", note="personal communication"))
    report = Work(key="privateunpublished", fields=Fields(
        type="report", institution="private, London-based threat analysis firm", note="unpublished report"))
    doc = Work(key="doc2024", fields=Fields(type="webpage", date="2024"), document="d1",
               cites=["monde2026personal", "privateunpublished"])
    written = format_library([to_entry(w) for w in (statement, report, doc)], "")
    path = tmp_path / "library.bib"
    path.write_text(written, encoding="utf-8")
    corpus = Corpus(works=[statement, report, doc])
    edits = merge_existing(corpus, read_bib(path))
    assert [w.key for w in corpus.works] == ["monde2026personal", "privateunpublished", "doc2024"]
    assert not edits.user_entries and corpus.works[2].cites == ["monde2026personal", "privateunpublished"]
