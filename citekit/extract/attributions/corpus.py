"""Attributions to an outlet whose own article is in the corpus (one job: corpus-level links).

"…, Reports Harbour Weekly" (or "an article in yesterday's Harbour Weekly") in one document, and
a document of the corpus published in Harbour Weekly that shares distinctive facts with it
(numbers, rare names), and no date of the attribution says otherwise ("On 8 May, the ministry
said" is not its release of 4 June): the attribution points at that document, so its fields
become the document's own record and merge links the two.  A report that the citing text only knows through that article ("the report reviewed by
Harbour Weekly") is then the unnamed report the article describes, when the article
describes exactly one.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from citekit.extract.attributions.names import initials
from citekit.extract.attributions.names import key as name_key
from citekit.extract.normalize.fold import fold, stable_hash
from citekit.models import Corpus, Fields, Mention

MIN_SHARED = 5  # distinctive tokens two texts must share
# What a body does in a document rather than in words of its own: "the Authority ruled", "X concluded".
_DOCUMENT_VERBS = frozenset("ruled rules concluded concludes found finds decided decides determined determines "
                            "held holds".split())
_TOKEN_RE = re.compile(r"\b(?:\d+(?:[.,]\d+)*|[A-ZА-Я][\w’'-]{3,})\b")
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def facts(text: str) -> list[int]:
    """The text's numbers and capitalised words (years aside), as sorted stable hashes: what
    two texts on one story share.  Small enough to keep for every document of a large corpus
    instead of its text."""
    return sorted({stable_hash(t.lower()) for t in _TOKEN_RE.findall(text) if not _YEAR_RE.fullmatch(t)})


def rare_limit(documents: int) -> int:
    """The most documents of a corpus of ``documents`` that may share a distinctive fact."""
    return max(2, documents // 10)


def _distinctive(facts_of: dict[str, Sequence[int]], wanted: set[str]) -> dict[str, set[int]]:
    """For the documents ``wanted``, their facts that few documents of the corpus share."""
    df = Counter()
    for values in facts_of.values():
        df.update(values)
    limit = rare_limit(len(facts_of))
    return {doc: {t for t in facts_of[doc] if df[t] <= limit} for doc in wanted}


def _anonymous(m: Mention) -> bool:
    """An unnamed report: no maker, no title ("the vendor's advisory" has a maker described)."""
    f = m.fields
    return m.kind == "attribution" and f.type == "report" and not f.authors and not f.title and not f.maker_described


def _same_time(a: str | None, b: str | None) -> bool:
    """Dates that agree as far as both go ("2026-05" and "2026-05-08"); an unknown one agrees."""
    if not a or not b:
        return True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _later(a: str | None, b: str | None) -> bool:
    """Date ``a`` certainly after date ``b``: a text cannot cite a document published after it."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _same_day(a: str | None, b: str | None) -> bool:
    return bool(a and len(a) == 10 and a == b)


def _may_be_called(genre: str | None, meta: Fields) -> bool:
    """A mention calling its work a kind of document ("a survey by X") points at a corpus
    document only when that document is of that kind: its genre, its title's words or its
    series' ("Policy Brief No. 14"); ``link_corpus`` also takes a document issued on the very
    day the mention gives (``_same_day``)."""
    if not genre:
        return True
    called = (meta.genre or "").split()[-1:] + re.findall(r"\w+", f"{meta.title or ''} {meta.series or ''}".lower())
    return genre.split()[-1] in called


_NAME_STOPWORDS = frozenset({"the", "of", "and", "for", "on", "in", "&"})


def _name_words(key: str) -> set[str]:
    return set(key.split()) - _NAME_STOPWORDS


def _head(key: str) -> str:
    """The head word of a body's name: the word before its first "of" or "for" ("office" in "UN
    Office for the Coordination of Humanitarian Affairs"), else its last."""
    words = key.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    return words[max(0, cut - 1)]


def _issuers_named(body: str, outlets: dict[str, list[str]], by_word: dict[str, set[str]]) -> list[str]:
    """The issuers of corpus documents a body's name may stand for: the same name, else a name
    holding all its words, one of them its first or head word ("the Chamber of Accounts", "the
    transport ministry" and "Halvorsen" for "Chamber of Accounts of the Republic of Kharzia",
    "Ministry of Transport and Infrastructure" and "Halvorsen Pharma ASA"; not "Kharzia" for the
    "Majlis of the Republic of Kharzia")."""
    if body in outlets:
        return [body]
    if (short := initials(body).lower()) in outlets:
        return [short]  # "the Kestrian News Agency reported" and a wire story of the corpus datelined "(KNA)"
    words = _name_words(body)
    if not words:
        return []
    found = set.intersection(*(by_word.get(w, set()) for w in words))
    return sorted(issuer for issuer in found if words & {issuer.split()[0], _head(issuer)})


def _issuer(f: Fields) -> str | None:
    """The body an untitled mention names as its source: its first author, or the periodical of an
    article known only by where it appeared ("an article in yesterday's Courier")."""
    if f.authors:
        return f.authors[0].literal
    return f.container if f.type == "article" else None


def _point(m: Mention, target: str, metas: dict[str, Fields]) -> str:
    """Make ``m`` a citation of the corpus document ``target`` (its record); returns ``target``."""
    meta = metas[target]
    m.fields = Fields(type=meta.type, title=meta.title, authors=list(meta.authors), date=meta.date,
                      container=meta.container, publisher=meta.publisher, url=meta.url, doi=meta.doi)
    return target


# What a writer does in a piece of writing ("Felix Aubry of the Halvorsen Institute argues"), not
# in speech ("said", "told"): such a mention may cite a corpus document that person wrote.
_WRITING_CUES = frozenset("argues argued writes wrote contends contended suggests suggested concludes concluded "
                          "observes observed cautions cautioned".split())


def _person_key(author) -> str:
    return f"{fold(author.family)}|{(author.given or '')[:1].lower()}"


def _writers(corpus: Corpus, metas: dict[str, Fields]) -> list[tuple[Mention, list[str]]]:
    """Person attributions with a verb of writing, each with the corpus documents (published no
    later than the citing one) that person wrote: "Felix Aubry argues" and Aubry's commentary."""
    wrote: dict[str, list[str]] = {}
    for doc in corpus.documents:
        for a in doc.meta.authors:
            if a.family and not a.literal:
                wrote.setdefault(_person_key(a), []).append(doc.id)
    found = []
    for m in corpus.mentions:
        f = m.fields
        if m.kind != "attribution" or f.title or len(f.authors) != 1 or f.authors[0].literal \
                or not f.authors[0].family or (m.cue or "").split()[0].lower() not in _WRITING_CUES:
            continue
        targets = [t for t in wrote.get(_person_key(f.authors[0]), [])
                   if t != m.document and not _later(metas[t].date, metas[m.document].date)]
        if targets:
            found.append((m, targets))
    return found


def link_corpus(corpus: Corpus, facts_of: dict[str, Sequence[int]] | None = None) -> set[str]:
    """Point outlet attributions at the corpus document they report on (fields replaced).
    ``facts_of`` (document id -> :func:`facts`) stands in for texts a large build does not keep.
    Returns the documents whose facts were compared (the others' facts count only towards how
    many documents share a fact)."""
    outlets: dict[str, list[str]] = {}
    issued_by: dict[str, str] = {}  # document -> the name key of the body that issued it (not an outlet)
    metas: dict[str, Fields] = {}
    for doc in corpus.documents:
        metas[doc.id] = doc.meta
        for name in {doc.meta.container, doc.meta.publisher} - {None, ""}:
            outlets.setdefault(name_key(name), []).append(doc.id)
        if doc.meta.publisher and doc.meta.publisher != doc.meta.container:
            issued_by[doc.id] = name_key(doc.meta.publisher)
    by_word: dict[str, set[str]] = {}  # a word of an issuer's name -> the issuers' name keys
    for issuer in outlets:
        for word in _name_words(issuer):
            by_word.setdefault(word, set()).add(issuer)
    own = {doc.id: name_key(doc.meta.publisher) for doc in corpus.documents if doc.meta.publisher}
    named: dict[str, list[str]] = {}  # a mention's body -> the issuers it may name
    candidates: list[tuple[Mention, str]] = []  # (mention, its body's name key)
    for m in corpus.mentions:
        if m.kind != "attribution" or m.fields.title or not (literal := _issuer(m.fields)):
            continue
        body = name_key(literal)
        if body not in named:
            named[body] = _issuers_named(body, outlets, by_word)
        if named[body] and not (len(named[body]) > 1 and own.get(m.document) in named[body]):
            candidates.append((m, body))  # (not "The Ministry expects" in a ministry's own release)
    writers = _writers(corpus, metas)  # (mention, the corpus documents its person wrote)
    if not candidates and not writers:
        return set()
    # bodies the corpus knows another report of (titled or dated, not a corpus document's own
    # record): their undated findings could be any of their reports
    titles = {name_key(meta.title) for meta in metas.values() if meta.title}
    reporting = {name_key(m.fields.authors[0].literal) for m in corpus.mentions
                 if m.kind == "attribution" and m.fields.type == "report" and (m.fields.title or m.fields.date)
                 and m.fields.authors and m.fields.authors[0].literal
                 and not (m.fields.title and name_key(m.fields.title) in titles)}
    given = facts_of or {}
    facts_of = {d.id: given[d.id] if d.id in given else facts(d.text) for d in corpus.documents}
    targets_of = {id(m): [t for issuer in named[body] for t in outlets[issuer] if t != m.document]
                  for m, body in candidates}
    compared = {m.document for m, _ in candidates} | {t for ts in targets_of.values() for t in ts} \
        | {m.document for m, _ in writers} | {t for _, ts in writers for t in ts}
    rare = _distinctive(facts_of, compared)
    links: set[tuple[str, str]] = set()

    @lru_cache(maxsize=None)
    def shared(a: str, b: str) -> int:
        return len(rare[a] & rare[b])

    @lru_cache(maxsize=None)
    def called(genre: str | None, t: str) -> bool:
        return _may_be_called(genre, metas[t])

    for m, body in candidates:
        # a body's words are its document only on that document's day: "Delta Watch, in written
        # evidence, argued" is not its press release, however much the two texts share
        findings = (m.cue or "").lower() in _DOCUMENT_VERBS and body not in reporting
        targets = [t for t in targets_of[id(m)] if _same_time(m.fields.date, metas[t].date)
                   and not _later(metas[t].date, metas[m.document].date)
                   and (called(m.fields.genre, t) or _same_day(m.fields.date, metas[t].date))
                   and (issued_by.get(t) not in named[body] or m.fields.date and metas[t].date or findings
                        or m.fields.type == "report" and m.fields.genre is not None)]
        scored = sorted(((shared(m.document, t), t) for t in targets), reverse=True)
        # a kind of document named ("the Halvard brief") and one such document of the body in the
        # corpus: that document, however little the two texts share that the rest of the corpus does not
        sure = scored and (scored[0][0] >= MIN_SHARED or m.fields.genre is not None and len(scored) == 1)
        if sure and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            links.add((m.document, _point(m, scored[0][1], metas)))
    for m, targets in writers:  # a writer arguing what their own piece of the corpus argues
        scored = sorted(((shared(m.document, t), t) for t in targets), reverse=True)
        if scored[0][0] >= MIN_SHARED and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            links.add((m.document, _point(m, scored[0][1], metas)))
    if not links:
        return compared
    anonymous: dict[str, list[Mention]] = {}  # the unnamed reports of the documents linked
    involved = {doc for link in links for doc in link}
    for m in corpus.mentions:
        if m.document in involved and _anonymous(m):
            anonymous.setdefault(m.document, []).append(m)
    for citing, cited in sorted(links):
        theirs = {m.fields.model_dump_json(): m.fields for m in anonymous.get(cited, [])}
        if len(theirs) != 1:
            continue
        record = next(iter(theirs.values()))
        for m in anonymous.get(citing, []):
            m.fields = record.model_copy(deep=True)
    return compared
