"""After resolution moved keys: links renamed (no work merged) equal links rebuilt."""

from __future__ import annotations

from citekit.merge import merge
from citekit.models import Author, Corpus, Document, Fields, Mention
from citekit.resolve import _relink, _rename


def _corpus() -> Corpus:
    docs = [Document(id=name, path=f"{name}.txt", sha256=name, text="",
                     meta=Fields(type="article", title=f"Article {name}", authors=[Author(family=name.title())],
                                 date="2024"))
            for name in ("alpha", "beta", "gamma")]
    report = Fields(type="report", title="Harbour Safety Review", authors=[Author(literal="Port Authority")], date="2023")
    beta = Fields(type="article", title="Article beta", authors=[Author(family="Beta")], date="2024")
    mentions = [
        Mention(document="alpha", kind="reference", start=0, end=5, text="r", fields=report, index=1),
        Mention(document="alpha", kind="inline-citation", start=9, end=12, text="c", reference=1),
        Mention(document="alpha", kind="reference", start=20, end=25, text="b", fields=beta, index=2),
        Mention(document="gamma", kind="attribution", start=0, end=5, text="a", fields=report),
    ]
    corpus = merge(Corpus(documents=docs, mentions=mentions))
    by_doc = {w.document: w for w in corpus.works if w.document}
    by_doc["gamma"].derived_from = [by_doc["alpha"].key]  # as text reuse would find
    return corpus


def _links(corpus: Corpus) -> list:
    return ([m.work for m in corpus.mentions],
            [(w.key, w.mentions, w.cited_by, w.cites, w.derived_from) for w in corpus.works])


def test_renaming_keys_links_as_linking_again_does():
    renamed_corpus, relinked_corpus = _corpus(), _corpus()
    renamed = {w.key: "z" + w.key for w in renamed_corpus.works}
    for corpus in (renamed_corpus, relinked_corpus):
        for work in corpus.works:
            work.key = renamed[work.key]
    _rename(renamed_corpus, renamed)
    _relink(relinked_corpus, renamed)
    links = _links(renamed_corpus)
    assert links == _links(relinked_corpus)
    keys = {w.key for w in renamed_corpus.works}
    assert all(k.startswith("z") for k in keys)
    assert all(set(w.cited_by + w.cites + w.derived_from) <= keys for w in renamed_corpus.works)
    assert {m.work for m in renamed_corpus.mentions} <= keys
    gamma = next(w for w in renamed_corpus.works if w.document == "gamma")
    assert gamma.derived_from == [renamed[_corpus_key("alpha")]]
    report = next(w for w in renamed_corpus.works if w.fields.type == "report")
    assert len(report.mentions) == 3 and len(report.cited_by) == 2


def _corpus_key(document: str) -> str:
    return next(w.key for w in _corpus().works if w.document == document)
