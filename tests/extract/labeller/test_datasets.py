"""Readers and writer of AnyStyle XML and GROBID TEI, and the tokeniser's offsets."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from citekit.extract.labeller.datasets import (
    DatasetError, label_runs, read_anystyle_xml, read_dataset, read_grobid_tei, write_anystyle_xml,
)
from citekit.extract.labeller.tokens import tokenize

ANYSTYLE = """<?xml version="1.0" encoding="UTF-8"?>
<dataset>
  <sequence>
    <author>Romero, C., &amp; Dweck, C.</author>
    <date>(2011).</date>
    <title>Brainology in the classroom.</title>
    <journal>Child Development,</journal>
    <volume>12(3),</volume>
    <pages>1-20.</pages>
  </sequence>
</dataset>
"""

GROBID = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><back><listBibl>
<bibl><author>Smith, J.</author> (<date>2001</date>). <title level="a">A study</title>. <title level="j">Nature</title>,
 Vol <biblScope unit="volume">4</biblScope>, pp. <biblScope unit="page">5-9</biblScope>.
 <idno type="DOI">10.1000/xyz</idno></bibl>
<bibl><author>Doe, A.</author>, <title level="a">Chapter</title>. In: <title level="m">The Book</title>,
 <pubPlace>London</pubPlace>: <publisher>Penguin</publisher> <date>1999</date></bibl>
<bibl>[12] <author>Roe, B.</author>: <title level="a">Waves</title>. <date>2005</date></bibl>
</listBibl></back></text></TEI>
"""


def test_tokens_keep_offsets():
    text = "  Smith,  J. (2001)\tTitle."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["Smith,", "J.", "(2001)", "Title."]
    assert all(text[t.start:t.end] == t.text for t in toks)


def test_anystyle_reader_labels_every_token(tmp_path):
    path = tmp_path / "a.xml"
    path.write_text(ANYSTYLE, encoding="utf-8")
    [ref] = read_anystyle_xml(path)
    assert ref.text.startswith("Romero, C., & Dweck, C. (2011). Brainology")
    assert len(ref.labels) == len(tokenize(ref.text))
    assert [lab for lab, _, _ in ref.spans()] == ["author", "date", "title", "journal", "volume", "pages"]


def test_grobid_labels_mapped_and_punctuation_attached(tmp_path):
    path = tmp_path / "g.tei.xml"
    path.write_text(GROBID, encoding="utf-8")
    first, second, third = read_grobid_tei(path)
    words = first.text.split()
    spans = {lab: " ".join(words[a:b]) for lab, a, b in first.spans()}
    assert spans == {"author": "Smith, J.", "date": "(2001).", "title": "A study.", "journal": "Nature,",
                     "volume": "Vol 4,", "pages": "pp. 5-9.", "doi": "10.1000/xyz"}
    words = second.text.split()
    spans = {lab: " ".join(words[a:b]) for lab, a, b in second.spans()}
    assert spans["container-title"] == "In: The Book,"  # a monograph title after an article title
    assert spans["location"] == "London:" and spans["publisher"] == "Penguin"
    assert read_dataset(path)[0].source == "grobid"
    assert third.labels[:2] == ["citation-number", "author"]  # GROBID leaves the number unlabelled


def test_writer_keeps_every_character_in_order():
    text = "  1. Smith, J.  (2001). Title & <more>. "
    toks = tokenize(text)
    labels = ["citation-number", "author", "author", "date", "title", "title", "title"]
    xml = write_anystyle_xml([(text, toks, labels)])
    root = ET.fromstring(xml)
    [seq] = root.iter("sequence")
    assert "".join(el.text or "" for el in seq) == text
    assert [el.tag for el in seq] == ["citation-number", "author", "date", "title"]


def test_label_runs():
    assert label_runs(["a", "a", "b", "a"]) == [("a", 0, 2), ("b", 2, 3), ("a", 3, 4)]
    assert label_runs([]) == []


def test_bad_files_name_the_file(tmp_path):
    bad = tmp_path / "broken.xml"
    bad.write_text("<dataset><sequence><author>x</sequence>", encoding="utf-8")
    with pytest.raises(DatasetError, match="broken.xml"):
        read_dataset(bad)
    odd = tmp_path / "odd.xml"
    odd.write_text("<dataset><sequence><colour>x</colour></sequence></dataset>", encoding="utf-8")
    with pytest.raises(DatasetError, match="odd.xml: unknown label"):
        read_dataset(odd)


def test_features_keep_capitalisation_and_segment_context():
    from citekit.extract.labeller.features import FeatureExtractor

    feats = FeatureExtractor().features(tokenize("Smith, J. (2000). A title. Climate Policy, 15(4): 1-3."))
    assert b"caps=title" in feats[0] and b"caps=title" in feats[5]  # 'Smith,' and 'Climate' (case kept)
    assert b"nx=digits" in feats[6] and b"pv=lower" in feats[6]  # 'Policy,': a number follows its segment
