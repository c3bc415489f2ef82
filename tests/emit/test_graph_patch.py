"""Patching citations.json for changed documents gives the graph written anew."""

from __future__ import annotations

from citekit.emit.graph import graph_chunks, patch_graph
from citekit.models import Corpus, Document, Fields, Mention, Work


def _corpus(shift: int, html_text: str) -> Corpus:
    documents = [Document(id="a", path="docs/a.txt", sha256=f"{shift:064d}", text=""),
                 Document(id="b", path="docs/b.html", sha256="1" * 64, text=html_text, format="html"),
                 Document(id="c", path="docs/c.txt", sha256="2" * 64, text="")]
    mentions = [Mention(document="a", kind="attribution", start=10 + shift, end=20 + shift, text="WHO said",
                        work="who", cue="said", source_name="WHO"),
                Mention(document="a", kind="attribution", start=40 + shift, end=50 + shift, text="said \"UN\"",
                        work="un", cue="said", source_name="UN"),
                Mention(document="b", kind="attribution", start=5, end=9, text="UN says", work="un", cue="says"),
                Mention(document="c", kind="attribution", start=1, end=9, text="WHO said", work="who", cue="said")]
    works = [Work(key=k, fields=Fields(title=k), document=d) for k, d in
             (("doc-a", "a"), ("doc-b", "b"), ("doc-c", "c"), ("un", None), ("who", None))]
    works[0].derived_from = ["doc-c"]
    return Corpus(documents=documents, mentions=mentions, works=works)


def _text(corpus: Corpus) -> bytes:
    return "".join(graph_chunks(corpus)).encode()


def test_changed_documents_are_patched_into_the_graph_written_anew():
    before, after = _corpus(0, "UN says so."), _corpus(7, "Ahead: UN says so.")
    changes = [(d, [m for m in after.mentions if m.document == d.id]) for d in after.documents if d.id in "ab"]
    assert patch_graph(_text(before), changes) == _text(after)


def test_a_graph_laid_out_otherwise_or_with_other_counts_is_not_patched():
    before, after = _corpus(0, "x"), _corpus(3, "x")
    changes = [(after.documents[0], [m for m in after.mentions if m.document == "a"])]
    assert patch_graph(_text(before).replace(b'\n  {\n   "id"', b'\n  {"id"'), changes) is None
    assert patch_graph(_text(before), [(after.documents[0], after.mentions[:1])]) is None  # one mention fewer
    assert patch_graph(b"{}", changes) is None
