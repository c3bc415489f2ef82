"""The biblatex dialect fits biber's default data model (checked with biber when installed)."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from citekit.emit.biblatex import FIELDS, REQUIRED
from citekit.emit.bibtex import format_library, to_entry
from citekit.models import Author, Fields, Work

BIBER_CONF = Path("/usr/share/perl5/Biber/biber-tool.conf")
CITEKIT_CONF = Path(str(files("citekit").joinpath("data", "biber-citekit.conf")))
needs_biber = pytest.mark.skipif(shutil.which("biber") is None, reason="biber is not installed (.ci/run installs it)")

TYPES = ("article", "report", "book", "chapter", "paper-conference", "thesis", "webpage", "misc",
         "press-release", "broadcast", "podcast", "legal_case")  # (the last four: documents, extract.kind)
PEOPLE = {"none": {}, "person": {"authors": [Author(family="Roggio", given="B.")]},
          "org": {"authors": [Author(literal="World Bank")]},
          "editors": {"editors": [Author(family="Guston", given="D.")]}}
EXTRAS = {
    "bare": {},
    "full": {"container": "Long War Journal", "publisher": "P & Q", "place": "Kabul", "volume": "3",
             "number": "2", "pages": "5--9", "isbn": "9780262033848", "edition": "2", "series": "S",
             "institution": "UNAMA", "report_number": "S/2022/419", "url": "https://ex.org/a_b?x=1&y=2",
             "urldate": "2024-01-02", "doi": "10.1000/x_y", "keywords": ["a", "b"], "note": "n", "genre": "interim review"},
    "link": {"url": "https://ex.org/p"},
    "publisher": {"publisher": "Al Jazeera"},
}


def _works() -> list[Work]:
    works = []
    for n, (kind, people, extra) in enumerate(itertools.product(TYPES, PEOPLE, EXTRAS)):
        fields = Fields(type=kind, title=f"Title {n}", date="2023-06-16", **PEOPLE[people], **EXTRAS[extra])
        works.append(Work(key=f"w{n:03d}", fields=fields, cited_by=["doc2024a"], cites=["w001"],
                          derived_from=["w002"]))
    return works


def test_every_entry_has_its_required_fields_and_only_valid_ones():
    for work in _works():
        entry = to_entry(work, "biblatex")
        assert all(name in entry.fields for name in REQUIRED[entry.type]), (work.fields, entry)
        extra = set(entry.fields) - FIELDS[entry.type] - {"date", "doi", "url", "urldate", "keywords", "note",
                                                         "citedby", "cites", "derivedfrom"}
        assert not extra, (entry.type, extra)


def test_fallbacks():
    authorless = Work(key="k", fields=Fields(type="article", title="T", date="2021", container="The Soufan Center",
                                             url="https://x.org"))
    entry = to_entry(authorless, "biblatex")
    assert entry.type == "online" and entry.fields["organization"] == "The Soufan Center"
    chapter = Work(key="k", fields=Fields(type="chapter", title="T", date="2021", container="B",
                                          authors=[Author(family="A", given="B.")]))
    assert to_entry(chapter, "biblatex").type == "inbook"
    edited = Work(key="k", fields=Fields(type="book", title="T", date="2021", editors=[Author(family="E")]))
    assert to_entry(edited, "biblatex").type == "collection"
    misc = to_entry(Work(key="k", fields=Fields(title="T", date="2021", publisher="Pub")), "biblatex")
    assert misc.type == "misc" and misc.fields["organization"] == "Pub" and "publisher" not in misc.fields


@pytest.mark.skipif(not BIBER_CONF.exists(), reason="biber's default data model is not installed")
def test_tables_agree_with_bibers_default_data_model():
    model = ET.parse(BIBER_CONF).getroot().find("datamodel")
    allowed: dict[str, set[str]] = {}
    common: set[str] = set()
    for group in model.findall("entryfields"):
        types = [t.text for t in group.findall("entrytype")]
        names = {f.text for f in group.findall("field")}
        if not types:
            common |= names
        for t in types:
            allowed.setdefault(t, set()).update(names)
    for entry_type, names in FIELDS.items():
        assert names <= allowed[entry_type] | common, (entry_type, names - allowed[entry_type] - common)


def _validate(tmp_path: Path, text: str, *options: str) -> list[str]:
    (tmp_path / "library.bib").write_text(text, encoding="utf-8")
    done = subprocess.run(["biber", "--tool", "--validate-datamodel", *options, "library.bib"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return [line for line in done.stdout.splitlines() if line.startswith(("WARN", "ERROR"))]


@needs_biber
def test_biber_validates_every_kind_of_entry_with_the_citekit_fields(tmp_path):
    text = format_library([to_entry(w, "biblatex") for w in _works()])
    assert _validate(tmp_path, text, "--configfile", str(CITEKIT_CONF)) == []
    # without citekit's data model, the three link fields are the only complaints
    warnings = _validate(tmp_path, text)
    assert warnings and all(
        any(f"Field '{name}' invalid in data model" in w for name in ("citedby", "cites", "derivedfrom"))
        for w in warnings), warnings


@needs_biber
@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_untitled_and_undated_works_are_described_not_invented(tmp_path, dialect):
    works = [Work(key="page", fields=Fields(type="webpage", title="T", url="https://x.org")),
             Work(key="body", fields=Fields(type="report", institution="Some Monitoring Office",
                                            series="Quarterly series")),
             Work(key="said", fields=Fields(authors=[Author(family="Doe", given="Jane")], date="2024-03",
                                            note="personal communication"))]
    entries = {e.key: e for e in (to_entry(w, dialect) for w in works)}
    if dialect == "biblatex":  # EDTF "year unspecified"
        assert entries["page"].fields["date"] == "XXXX" and "year" not in entries["page"].fields
    else:  # what natbib prints; biber is for the biblatex dialect
        assert entries["page"].fields["year"] == "n.d." and "date" not in entries["page"].fields
    assert entries["body"].fields["title"] == "[{Report}]"
    assert entries["body"].fields["note"] == "Series: Quarterly series"  # a report takes no series field
    assert entries["said"].fields["title"] == "[{Personal} communication]"
    assert "note" not in entries["said"].fields  # it would only repeat the description
    if dialect == "biblatex":
        assert _validate(tmp_path, format_library(list(entries.values()))) == []


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_what_the_texts_call_a_report_is_its_type_or_its_description(dialect):
    """A titled survey is typed "Survey" (styles print it for "Technical Report"); an untitled
    interim review is described as one, and its note does not repeat it."""
    survey = to_entry(Work(key="s", fields=Fields(type="report", title="Running Hot", genre="survey",
                                                 note="survey", authors=[Author(literal="Grid Union")])), dialect)
    assert survey.fields["type"] == "Survey" and "note" not in survey.fields
    review = to_entry(Work(key="r", fields=Fields(type="report", genre="interim review",
                                                 authors=[Author(literal="Grid Authority")])), dialect)
    assert review.fields["title"] == "[{Interim} review]"
    assert review.fields.get("type") in (None, "techreport")
    named = to_entry(Work(key="n", fields=Fields(type="report", title="Household Survey 2025", genre="survey",
                                                authors=[Author(literal="Grid Union")])), dialect)
    assert named.fields.get("type") in (None, "techreport")  # the title says it already
