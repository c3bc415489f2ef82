"""The synthetic corpus generator: deterministic, gold in the shared format, truth consistent."""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

from bench.make_corpus import make_corpus, main
from citekit.evaluate.clustering import Truth
from citekit.evaluate.gold import GoldDocument, GoldSource, load_gold

DOCS = 40


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    make_corpus(DOCS, 1, out)
    return out


def _digests(root: Path) -> dict[str, str]:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p.name != "corpus.json"}


def _plain(path: Path) -> str:
    """The document as a reader sees it: tags and Markdown emphasis gone, spaces folded."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"</?i>", "", text)))
    elif path.suffix == ".md":
        text = text.replace("*", "")
    return " ".join(text.split())


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path, corpus):
    again, other = tmp_path / "again", tmp_path / "other"
    make_corpus(DOCS, 1, again)
    make_corpus(DOCS, 2, other)
    assert _digests(again) == _digests(corpus)
    assert _digests(other) != _digests(corpus)


def test_documents_mix_families_styles_and_formats(corpus):
    names = sorted(p.name for p in (corpus / "docs").iterdir())
    assert len(names) == DOCS
    assert {n.rsplit(".", 1)[1] for n in names} == {"md", "txt", "html"}
    notes = [json.loads(p.read_text())["note"] for p in (corpus / "gold").glob("doc*.gold.json")]
    for style in ("apa", "chicago", "mla", "ieee", "harvard", "news", "policy brief"):
        assert any(style in n for n in notes), style
    summary = json.loads((corpus / "corpus.json").read_text())
    assert 1000 * DOCS <= summary["words"] <= 20000 * DOCS


def test_gold_validates_and_points_at_what_it_defines(corpus):
    gold = load_gold(corpus / "gold")
    assert len(gold.documents) == DOCS
    for raw in json.loads((corpus / "gold" / "sources.json").read_text()):
        GoldSource.model_validate(raw)
    for doc in gold.documents:
        GoldDocument.model_validate(doc.model_dump())
        text = _plain(corpus / "docs" / doc.document)
        ids = {r.id for r in doc.references}
        assert [r.id for r in doc.references] == [f"R{i + 1}" for i in range(len(ids))]
        for cite in doc.inline_citations:
            assert cite.text in text and set(cite.refs) <= ids, (doc.document, cite)
        for att in doc.attributions:
            assert att.quote in text, (doc.document, att.quote)
            assert att.source in ids or att.source in gold.sources, (doc.document, att.source)
        for ref in doc.references:
            assert ref.title and ref.authors and ref.date, (doc.document, ref.id)
            assert ref.date[:4] in text


def test_truth_clusters_match_the_mentions(corpus):
    truth = Truth.model_validate_json((corpus / "truth.json").read_text())
    known = {s.id for s in truth.sources}
    clusters = defaultdict(list)
    for doc in truth.documents:
        text = _plain(corpus / "docs" / doc.document)
        gold = GoldDocument.model_validate_json(
            (corpus / "gold" / f"{Path(doc.document).stem}.gold.json").read_text())
        for m in doc.mentions:
            assert m.source in known
            assert " ".join(m.text.split()) in text, (doc.document, m.text)
            clusters[m.source].append(f"{doc.document}#{m.id}")
            if m.kind == "reference":
                assert gold.reference(m.id) is not None
    assert dict(clusters) == truth.clusters


def test_corpus_has_near_duplicates_and_look_alikes(corpus):
    truth = Truth.model_validate_json((corpus / "truth.json").read_text())
    texts = defaultdict(set)
    for doc in truth.documents:
        for m in doc.mentions:
            if m.kind == "reference":
                texts[m.source].add(m.text)
    # one work printed in several different ways (styles, variants) across documents
    assert sum(1 for t in texts.values() if len(t) >= 3) >= 10
    series = defaultdict(list)
    for s in truth.sources:
        if s.series:
            series[s.series].append(s)
    pairs = [g for g in series.values() if len(g) >= 2]
    assert pairs, "no look-alike series cited twice"
    for group in pairs:  # look-alikes: distinct works whose titles differ only a little
        assert len({s.title for s in group}) == len(group)
        assert len({s.id for s in group}) == len(group)


def test_cli_refuses_a_non_empty_folder(tmp_path, capsys):
    (tmp_path / "x").write_text("x")
    with pytest.raises(SystemExit) as exit_info:
        main(["--docs", "2", "--out", str(tmp_path)])
    assert exit_info.value.code == 2
    assert "not empty" in capsys.readouterr().err
