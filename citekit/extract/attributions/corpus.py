"""Attributions to an outlet whose own article is in the corpus (one job: corpus-level links).

"…, Reports Harbour Weekly" in one document, and a document of the corpus published in
Harbour Weekly that shares distinctive facts with it (numbers, rare names): the attribution
points at that document, so its fields become the document's own record and merge links the
two.  A report that the citing text only knows through that article ("the report reviewed by
Harbour Weekly") is then the unnamed report the article describes, when the article
describes exactly one.
"""

from __future__ import annotations

import re
from collections import Counter

from citekit.extract.attributions.names import key as name_key
from citekit.models import Corpus, Fields, Mention

MIN_SHARED = 5  # distinctive tokens two texts must share
_TOKEN_RE = re.compile(r"\b(?:\d+(?:[.,]\d+)*|[A-ZА-Я][\w’'-]{3,})\b")


def _distinctive(texts: dict[str, str]) -> dict[str, set[str]]:
    """Per document, its numbers and capitalised words that few other documents use."""
    sets = {doc: {t.lower() for t in _TOKEN_RE.findall(text) if not re.fullmatch(r"(?:19|20)\d\d", t)}
            for doc, text in texts.items()}
    df = Counter(t for s in sets.values() for t in s)
    limit = max(2, len(sets) // 10)
    return {doc: {t for t in s if df[t] <= limit} for doc, s in sets.items()}


def _anonymous(m: Mention) -> bool:
    f = m.fields
    return m.kind == "attribution" and f.type == "report" and not f.authors and not f.title


def link_corpus(corpus: Corpus) -> None:
    """Point outlet attributions at the corpus document they report on (fields replaced)."""
    outlets: dict[str, list[str]] = {}
    metas: dict[str, Fields] = {}
    for doc in corpus.documents:
        metas[doc.id] = doc.meta
        for name in {doc.meta.container, doc.meta.publisher} - {None, ""}:
            outlets.setdefault(name_key(name), []).append(doc.id)
    candidates = [m for m in corpus.mentions if m.kind == "attribution" and not m.fields.title
                  and m.fields.authors and m.fields.authors[0].literal
                  and name_key(m.fields.authors[0].literal) in outlets]
    if not candidates:
        return
    rare = _distinctive({d.id: d.text for d in corpus.documents})
    links: set[tuple[str, str]] = set()
    for m in candidates:
        targets = [t for t in outlets[name_key(m.fields.authors[0].literal)] if t != m.document]
        scored = sorted(((len(rare[m.document] & rare[t]), t) for t in targets), reverse=True)
        if scored and scored[0][0] >= MIN_SHARED and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            target = scored[0][1]
            meta = metas[target]
            m.fields = Fields(type=meta.type, title=meta.title, authors=list(meta.authors), date=meta.date,
                              container=meta.container, publisher=meta.publisher, url=meta.url, doi=meta.doi)
            links.add((m.document, target))
    for citing, cited in sorted(links):
        theirs = {m.fields.model_dump_json(): m.fields for m in corpus.mentions
                  if m.document == cited and _anonymous(m)}
        if len(theirs) != 1:
            continue
        record = next(iter(theirs.values()))
        for m in corpus.mentions:
            if m.document == citing and _anonymous(m):
                m.fields = record.model_copy(deep=True)
