"""The fast paths of writing and re-reading outputs give exactly what the slow ones gave:
indented JSON equal to ``json.dumps``, and manual edits found without parsing only when the
library is exactly as citekit wrote it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.emit import HEADER, LIBRARY_NAME
from citekit.emit.bibtex import Entry, format_library
from citekit.emit.jsontext import dumps_indented, indented_list_chunks
from citekit.emit.manual import EntryState, LibraryState, read_manual_edits

VALUES = [
    {}, [], "", 0, None, True, [[]], [{}], {"a": {}},
    {"key": "Müller\u2028“quoted” \"x\" \\ \t\n\x00", "n": [1, -2, 3.5, -0.0, 1e300, 10**30, False, None],
     "nested": {"z": [1, {"y": []}], "a": ("tuple", 2)}, "ä": 0.1 + 0.2},
    {"z": 1, "b": [1], "c": "x", "d": None, "e": {"f": 1, "g": [2], "a": float("nan")}, "h": 2.5, "a": True},
    [{"key": "k", "authors": [], "cited_by": ["a", "b"], "provenance": {"title": "parsed"}, "n": -1}],
]


@pytest.mark.parametrize("value", VALUES)
@pytest.mark.parametrize("indent", [1, 2])
@pytest.mark.parametrize("sort_keys", [False, True])
def test_indented_json_equals_json_dumps(value, indent, sort_keys):
    assert dumps_indented(value, indent, sort_keys) == json.dumps(value, ensure_ascii=False, indent=indent,
                                                                  sort_keys=sort_keys)


def test_values_json_writes_specially_are_left_to_json_dumps():
    for value in ({"x": float("nan")}, {1: "int key"}, {"inf": [float("inf")]}):
        assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("items", [[], [{}], VALUES, [{"x": float("nan"), "y": [1]}, {"a": 1}], list(range(5000))])
@pytest.mark.parametrize("indent", [1, 2])
def test_list_written_in_pieces_is_the_list_json_dumps_writes(items, indent):
    """A list streamed at depth 1 (the graph's sections) reads exactly as json.dumps writes
    it in place, in more than one piece when long, NaN and all."""
    pieces = list(indented_list_chunks(iter(items), level=1, indent=indent, parts=64))
    whole = json.dumps({"section": items}, ensure_ascii=False, indent=indent)
    assert whole == "{\n" + " " * indent + '"section": ' + "".join(pieces) + "\n}"
    assert len(pieces) > 1 or len(items) < 64


def _state() -> LibraryState:
    return LibraryState(citekit="test", entries={
        "smith2020": EntryState(identity=["doi:10.1/x"], type="article",
                                fields={"title": "A Title", "author": "Smith, Jane", "year": "2020", "month": "may"}),
        "who2021": EntryState(identity=["fp:who"], type="techreport",
                              fields={"title": "World Report", "institution": "Health Body", "year": "2021"}),
    })


def _written(state: LibraryState) -> str:
    return format_library([Entry(s.type, k, s.fields) for k, s in state.entries.items()], HEADER)


def test_unedited_library_has_no_edits(tmp_path: Path):
    state = _state()
    bib = tmp_path / LIBRARY_NAME
    bib.write_text(_written(state), encoding="utf-8")
    fast = read_manual_edits(bib, state, HEADER)
    assert not fast.overrides and not fast.user_entries
    slow = read_manual_edits(bib, state)
    assert (slow.overrides, slow.user_entries) == (fast.overrides, fast.user_entries)


@pytest.mark.parametrize("edit", [
    lambda t: t.replace("{A Title}", "{A Better Title}"),
    lambda t: t.replace("@techreport{who2021", "@report{who2021"),
    lambda t: t.replace("  year   = {2020},\n", ""),
    lambda t: t + "\n@misc{mine,\n  title = {My Own},\n}\n",
])
def test_edited_library_is_read_as_before(tmp_path: Path, edit):
    state = _state()
    bib = tmp_path / LIBRARY_NAME
    text = _written(state)
    assert edit(text) != text
    bib.write_text(edit(text), encoding="utf-8")
    fast, slow = read_manual_edits(bib, state, HEADER), read_manual_edits(bib, state)
    assert fast.overrides or fast.user_entries
    assert (fast.overrides, fast.user_entries) == (slow.overrides, slow.user_entries)
