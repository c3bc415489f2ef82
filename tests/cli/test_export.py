"""citekit export: CSL-JSON valid against the CSL schema, RIS with Zotero's tags, BibTeX
subsets; keys survive export -> parse."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser
import jsonschema

from tests.conftest import run_cli

SCHEMA = json.loads((Path(__file__).parent.parent / "data" / "csl" / "csl-data.json").read_text(encoding="utf-8"))


def _keys(seed_build: Path) -> list[str]:
    return [w["key"] for w in json.loads((seed_build / "bib" / "citations.json").read_text(encoding="utf-8"))["works"]]


def _parse_ris(text: str) -> list[dict[str, list[str]]]:
    records, current = [], {}
    for line in text.splitlines():
        if not line.strip():
            continue
        tag, _, value = line.partition("  - ")
        if tag == "ER":
            records.append(current)
            current = {}
        else:
            current.setdefault(tag, []).append(value)
    return records


def test_csljson_is_valid_and_keeps_keys_and_links(seed_build):
    result = run_cli("export", "bib/library.bib", "--format", "csljson", cwd=seed_build)
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(records)
    assert sorted(r["citation-key"] for r in records) == sorted(_keys(seed_build))
    zahid = next(r for r in records if r["id"] == "zahid2024alqaeda")
    assert zahid["type"] == "article-journal" and zahid["page"] == "95–98"
    assert "Cites: " in zahid["note"]
    assert zahid["language"] == "en"  # the document's language (langid/language in library.bib)
    report = next(r for r in records if r["id"] == "unitednationsafghanistan2023un")
    assert report["type"] == "report" and report["note"] == "Cited by: zahid2024alqaeda"
    assert report["author"] == [{"literal": "United Nations Afghanistan"}]
    assert {r["type"] for r in records} <= {"report", "article-journal", "article-newspaper", "webpage", "book",
                                           "chapter", "paper-conference", "thesis", "document",
                                           "personal_communication"}
    assert any(r["type"] == "personal_communication" and r["title"] == "[Personal communication]" for r in records)


def test_ris_has_zotero_tags_and_keys_round_trip(seed_build):
    result = run_cli("export", "--format", "ris", cwd=seed_build)
    assert result.exit_code == 0
    records = _parse_ris(result.stdout)
    assert sorted(r["ID"][0] for r in records) == sorted(_keys(seed_build))
    zahid = next(r for r in records if r["ID"] == ["zahid2024alqaeda"])
    assert zahid["TY"] == ["JOUR"] and zahid["AU"] == ["Zahid, Farhan"] and zahid["SP"] == ["95"]
    assert zahid["EP"] == ["98"] and zahid["DO"] == ["10.37540/njips.v7i1.162"] and zahid["PY"] == ["2024"]
    assert zahid["LA"] == ["en"]


def test_bibtex_subsets_in_ascii_parse_back(seed_build, tmp_path):
    out = tmp_path / "sub.bib"
    result = run_cli("export", str(seed_build / "bib" / "library.bib"), "--format", "bibtex", "--ascii",
                     "--cited-by", "zahid2024alqaeda", "-o", str(out))
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.isascii()
    library = bibtexparser.parse_string(text)
    keys = [e.key for e in library.entries]
    assert keys and "roggio2023un" in keys and "zahid2024alqaeda" not in keys
    picked = run_cli("export", "--format", "bibtex", "--keys", "roggio2023un,zahid2024alqaeda", cwd=seed_build)
    assert [e.key for e in bibtexparser.parse_string(picked.stdout).entries] == ["roggio2023un", "zahid2024alqaeda"]


def test_usage_errors_exit_2(seed_build):
    assert run_cli("export", "--keys", "nosuchkey", cwd=seed_build).exit_code == 2
    nosuch = run_cli("export", "--cited-by", "nosuchdocument", cwd=seed_build)
    assert nosuch.exit_code == 2 and "nosuchdocument" in nosuch.stderr
    assert run_cli("export", "--format", "ris", "--ascii", cwd=seed_build).exit_code == 2
    assert run_cli("export", "missing.bib", cwd=seed_build).exit_code == 2


def test_font_commands_numeric_months_and_note_lines(tmp_path):
    (tmp_path / "hand.bib").write_text(
        "@article{a,\n  title = {\\textit{Na\\\"ive} models {\\em of} rivers},\n  author = {Doe, Jane},\n"
        "  journal = {J},\n  year = 2019,\n  month = 7,\n  note = {First line.},\n  citedby = {doc2020},\n}\n",
        encoding="utf-8")
    (record,) = json.loads(run_cli("export", "hand.bib", "--format", "csljson", cwd=tmp_path).stdout)
    assert record["title"] == "Naïve models of rivers" and record["issued"] == {"date-parts": [[2019, 7]]}
    ris = run_cli("export", "hand.bib", "--format", "ris", cwd=tmp_path).stdout
    notes = [line[6:] for line in ris.splitlines() if line.startswith("N1  - ")]
    assert len(notes) == len(record["note"].splitlines()) >= 2 and "DA  - 2019/07" in ris
