"""What the graph draws, the detail limits, and the sentence of context."""

from __future__ import annotations

from citekit.report.context import mention_context
from citekit.report.load import read_citations
from citekit.report.selection import citation_edges, select_graph, shown_per_item
from tests.report.conftest import star_library


def test_edges_are_weighted_by_mentions_and_derived_edges_are_apart(tmp_path):
    bib = star_library(tmp_path, documents=3, sources=3)
    citations = read_citations(bib / "citations.json")
    citations.works[2].derived_from = ["doc0"]  # doc2 rewrites doc0
    citations.mentions.append(citations.mentions[0].model_copy())  # doc0 names src0 twice
    edges = citation_edges(citations)
    assert [(e.source, e.target, e.weight) for e in edges if not e.derived] == [
        ("doc0", "src0", 2), ("doc1", "src0", 1), ("doc1", "src1", 1),
        ("doc2", "src0", 1), ("doc2", "src1", 1), ("doc2", "src2", 1)]
    assert [(e.source, e.target) for e in edges if e.derived] == [("doc2", "doc0")]


def test_truncation_prefers_the_most_cited_sources(tmp_path):
    citations = read_citations(star_library(tmp_path, documents=30, sources=10) / "citations.json")
    edges = citation_edges(citations)
    whole = select_graph(citations, edges, 1000)
    assert len(whole.nodes) == 40 and not whole.truncated and len(whole.edges) == len(edges)
    cut = select_graph(citations, edges, 12)
    assert len(cut.nodes) == 12 and cut.truncated
    sources = [k for k in cut.nodes if k.startswith("src")]
    assert sources == [f"src{i}" for i in range(len(sources))]  # a prefix of the popularity order
    assert all(e.source in cut.nodes and e.target in cut.nodes for e in cut.edges)
    assert cut.shown_sources == len(sources) and cut.shown_documents == 12 - len(sources)


def test_shown_per_item_shares_a_budget():
    assert shown_per_item([1, 2, 3], 10) is None
    assert shown_per_item([10, 10, 1], 9) == 4  # 4 + 4 + 1
    assert sum(min(c, shown_per_item([50, 7, 3, 3], 12)) for c in [50, 7, 3, 3]) <= 12


def test_context_is_the_sentence_and_keeps_acronyms_whole():
    text = "First point here. The U.N. Security Council said the report was late. Another one.\nNext line."
    start = text.index("the report")
    context = mention_context(text, start, start + len("the report"))
    assert (context.before, context.mention, context.after) == (
        "The U.N. Security Council said ", "the report", " was late.")
    assert mention_context(text, 5, 500) is None


def test_long_sentences_are_trimmed_around_the_mention():
    text = "word " * 300 + "the mention" + " word" * 300 + "."
    start = text.index("the mention")
    context = mention_context(text, start, start + 11)
    assert context.before.startswith("…") and context.after.endswith("…")
    assert len(context.before) + len(context.after) < 450


def test_context_in_a_long_line_stays_near_the_mention():
    text = ("Filler sentence number one. " * 2000) + "Then the agency said it was so. " + ("More text here. " * 2000)
    start = text.index("the agency said")
    context = mention_context(text, start, start + len("the agency said"))
    assert (context.before, context.after) == ("Then ", " it was so.")
