"""train-parser, eval-parser and parse-refs on a small model trained here (the shipped model is
exercised in test_model.py)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from typer.testing import CliRunner

from citekit.cli.main import app
from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[3]
CORE = ROOT / "res" / "anystyle" / "core.xml"


@pytest.fixture(scope="module")
def small_model(tmp_path_factory) -> Path:
    """A model trained on the first 150 references of core.xml."""
    tmp = tmp_path_factory.mktemp("model")
    text = CORE.read_text(encoding="utf-8")
    cut = text.index("</sequence>")
    for _ in range(149):
        cut = text.index("</sequence>", cut + 1)
    (tmp / "small.xml").write_text(text[: cut + len("</sequence>")] + "\n</dataset>\n", encoding="utf-8")
    result = run_cli("train-parser", str(tmp / "small.xml"), "--out", str(tmp / "small.crfsuite"))
    assert result.exit_code == 0, result.output
    assert "150 references" in result.output
    return tmp / "small.crfsuite"


def test_training_is_reproducible(small_model, tmp_path):
    again = tmp_path / "again.crfsuite"
    result = run_cli("train-parser", str(small_model.parent / "small.xml"), "--out", str(again))
    assert result.exit_code == 0, result.output
    assert again.read_bytes() == small_model.read_bytes()
    assert (tmp_path / "again.lexicon.json").read_text() == (small_model.parent / "small.lexicon.json").read_text()


def test_eval_parser_prints_every_figure(small_model):
    result = run_cli("eval-parser", str(small_model.parent / "small.xml"), "--model", str(small_model), "--json")
    assert result.exit_code == 0, result.output
    [scores] = json.loads(result.output).values()
    assert scores["references"] == 150
    assert scores["span_f1"]["low"] <= scores["span_f1"]["value"] <= scores["span_f1"]["high"]
    assert {ls["label"] for ls in scores["labels"]} >= {"author", "title", "date"}


def test_parse_refs_xml_keeps_every_character(small_model, tmp_path):
    lines = ["Smith, J. (2001). A study of things. Nature, 4, 5-9.", "",
             "  [3] Doe, A. & Roe, B.  The <Book>. London: Penguin, 1999."]
    src = tmp_path / "refs.txt"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("parse-refs", str(src), "--format", "xml", "--model", str(small_model))
    assert result.exit_code == 0, result.output
    seqs = list(ET.fromstring(result.output).iter("sequence"))
    assert ["".join(el.text or "" for el in seq) for seq in seqs] == lines


def test_parse_refs_json_flags_non_references(small_model, tmp_path):
    src = tmp_path / "refs.txt"
    src.write_text("Smith, J. (2001). A study of things. Nature, 4, 5-9.\n\n"
                   "we walked along the river and talked about nothing in particular for hours\n", encoding="utf-8")
    result = run_cli("parse-refs", str(src), "--model", str(small_model))
    assert result.exit_code == 0, result.output
    first, empty, prose = (json.loads(line) for line in result.output.splitlines())
    assert first["reference"] is True and first["date"] == "2001"
    assert empty["reference"] is False and empty["confidence"] == 0.0
    assert prose["reference"] is False and prose["confidence"] < 0.5 and "title" not in prose


def test_bad_inputs_get_one_line_errors(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<dataset><sequence>", encoding="utf-8")
    result = run_cli("eval-parser", str(bad))
    assert result.exit_code == 2 and "bad.xml" in result.output
    result = run_cli("parse-refs", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "missing.txt" in result.output
    result = run_cli("parse-refs", "-", "--model", str(tmp_path / "none.crfsuite"))
    assert result.exit_code == 2 and "none" in result.output


def test_parse_refs_says_when_standard_input_is_not_utf8(small_model):
    result = CliRunner().invoke(app, ["parse-refs", "--model", str(small_model)], input=b"Caf\xe9 (2019). Title. J.\n")
    assert result.exit_code == 2 and "standard input: not UTF-8 text" in result.output
