"""A press release, a broadcast, a podcast and a court's decision (extract.kind) reach Zotero as
what they are: CSL report with genre "Press release", broadcast, legal_case; RIS RPRT, SOUND, CASE;
BibTeX @misc saying its kind in ``type``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from citekit.emit.bibtex import to_entry
from citekit.emit.csl import to_csl
from citekit.emit.library import Item
from citekit.emit.ris import to_ris
from citekit.models import Author, Fields, Work

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8"))


def _item(kind: str, genre: str | None, dialect: str = "bibtex") -> Item:
    work = Work(key="k", fields=Fields(type=kind, genre=genre, title="Cancer patients file group claim",
                                       date="2031-04-12", authors=[Author(literal="Lakeland Law LLP")]))
    return Item(entry=to_entry(work, dialect), people={"author": work.fields.authors}, work={"type": kind})


@pytest.mark.parametrize("kind, genre, csl, ris", [
    ("press-release", "press release", "report", "RPRT"),
    ("broadcast", "radio broadcast", "broadcast", "SOUND"),
    ("podcast", "podcast", "broadcast", "SOUND"),
    ("legal_case", None, "legal_case", "CASE"),
])
def test_each_kind_of_document_exports_as_zotero_reads_it(kind, genre, csl, ris):
    item = _item(kind, genre)
    assert item.entry.type == "misc"
    assert item.entry.fields.get("type") == (genre[:1].upper() + genre[1:] if genre else None)
    record = to_csl(item)
    jsonschema.Draft7Validator(SCHEMA).validate([record])
    assert record["type"] == csl and record.get("genre") == item.entry.fields.get("type")
    assert to_ris(record).startswith(f"TY  - {ris}\n")


def test_the_biblatex_dialect_keeps_the_kind_in_the_misc_entrys_type():
    assert _item("press-release", "press release", "biblatex").entry.fields["type"] == "Press release"
