"""Prose attributions: "according to a June 2023 UN report", "X said", "Source: Y".

``find_attributions(doc, view, meta)`` -> ``Mention(kind="attribution")`` list, each with its
span (cue + source phrase), ``cue``, ``source_name``, a confidence and the fields of the work
it points at.  Modules, one job each: ``text`` (sentences, tokens), ``lexicon`` (the cue
vocabulary), ``names`` (acronyms, normal forms of source names), ``detect`` (the cue
families), ``entities`` (coreference within the document and the fields of each source),
``refs`` (an attribution followed by an inline citation of that body's report takes the
reference's record), ``corpus`` (an outlet whose article is in the corpus), ``turns`` (a
transcript's speakers and the bodies they speak for), ``links`` (the addresses in a sentence and
the links whose text is a citation), ``foreign`` (the cues of other languages), ``deps`` (the
dependency parse's subjects), ``days`` (the days statements were made).

Decisions:
- A back-reference that adds nothing ("the report says", "it says") is resolved (it feeds
  the work's fields) but not emitted as a mention: it would repeat the link the introducing
  mention already makes.  Back-references are emitted when they carry something: a frame
  ("according to the report"), an agent ("the report reviewed by X", "produced by X"), or an
  explicit identity ("that same report").
- Rules first; then, on the sentences the pre-filter passes and the rules left without a hit,
  a dependency parse (``deps``, spaCy) finds subjects of reporting verbs the token rules cannot
  reach.  Its hits go through the same entity machinery; without spaCy the rules run alone.
  ``citekit build --no-parse`` (``CITEKIT_NO_PARSER=1``) turns the parse off; the build cache
  knows whether it was on (``deps.signature`` is part of the pipeline version).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace

from citekit.extract.attributions import deps, foreign
from citekit.extract.language import language
from citekit.extract.attributions.days import sitting_day, spoken_before, spoken_on
from citekit.extract.attributions import lexicon as L
from citekit.extract.attributions.detect import Hit, Sentence, named_laws
from citekit.extract.attributions.entities import Entity, Registry
from citekit.extract.attributions.names import Names
from citekit.extract.attributions.links import link_anchors, link_works, linked_citations, without_links
from citekit.extract.attributions.turns import Turns
from citekit.extract.attributions.names import author_for, initials
from citekit.extract.attributions.names import key as name_key
from citekit.extract.normalize.dates import find_dates
from citekit.extract.normalize.fold import fold
from citekit.extract.attributions.refs import attach_references, cited_claims
from citekit.extract.attributions.text import has_tokens, quoted_regions, sentences, tokens, unwrap
from citekit.ingest.view import TextView
from citekit.models import Document, Fields, Mention

__all__ = ["find_attributions"]

_LOWER_WORD = re.compile(r"(?<![\w.’'-])([a-z][a-z-]{2,})(?![\w’'])")

# The cheap pre-filter, on a sentence's text before it is even tokenised: a sentence can give a
# hit (or change the registry) only through one of the families of ``detect.Sentence.run``, and
# each starts at a token among these: a reporting, reply, inverted, release or authorship verb,
# an issue word, a participle cue (", saying"), a one-word frame, a possessive, a work's makers ("The
# authors write"), or (for longer frames) the frame's longest word.
# Other sentences are only counted, unless they may be a source line (a label at the start, a
# quotation mark, or inside a "Sources" block) or open with "In" ("In its report, X said").
# A sentence the pattern passes wrongly only costs time; keep the words in step with the families.
_LONG_FRAMES = [f for f in L.FRAMES if len(f) > 1]
_CUE_WORDS = frozenset(L.REPORT_VERBS | L.WORK_VERBS | L.NEEDS_AUX | L.MAKERS | L.INVERTED_VERBS
                       | L.RELEASE_VERBS | L.REPLY_VERBS | L.DATA_NOUNS
                       | L.AUTHORSHIP_AGENTS | L.CONFIRMING_AGENTS | L.ISSUE_WORDS | L.PARTICIPLE_CUES | {f[0] for f in L.FRAMES if len(f) == 1}
                       | {max(f, key=len) for f in _LONG_FRAMES}
                       | {"makes", "made", "gave", "gives"})  # each one \w+ word (tested); "makes three recommendations"
_WORD = re.compile(r"\w+")
_OPENING = re.compile(r"\s*(?:in(?!\w)|under(?!\w)|(?:" + "|".join(re.escape(s) for s in L.SOURCE_LABELS) + r"))", re.I)


_COLON_HEADLINE = re.compile(r"\s*(?:\d+[.)]\s*)?\S+:\s")  # "NISA: nobody read the alerts" (detect.Sentence.colon_headline)
_YEAR_IN_PARENS = re.compile(r"\((?:19|20)\d\d[a-z]?\)")  # "Mian and Sufi (2014) …" (detect.Sentence.author_year)


def _may_attribute(sentence_text: str) -> bool:
    """False only for a sentence in which no detector family can start (see _CUE_WORDS)."""
    low = sentence_text.lower()
    return bool("“" in low or '"' in low or "'s" in low or "’s" in low or _OPENING.match(sentence_text)
                or not _CUE_WORDS.isdisjoint(_WORD.findall(low)) or _YEAR_IN_PARENS.search(low)
                or _COLON_HEADLINE.match(sentence_text))


def _parser(parse: bool | None):
    """The spaCy pipeline if the parse is on and installed, else None."""
    return deps.load() if (deps.enabled() if parse is None else parse) else None


ON_DEMAND_UP_TO = 16  # parse-worthy sentences up to which the parse runs sentence by sentence


def _detect(view: TextView, meta: Fields, regions: list[tuple[int, int]],
            prefilter: bool = True, parse: bool | None = None,
            anchors: dict[str, list[int]] | None = None) -> tuple[list[Hit], str | None]:
    """Hits of every sentence of ``regions``; ``prefilter``: skip the sentences in which no
    detector can start (the result is the same; False runs every detector everywhere);
    ``parse``: add the dependency-parse hits (None: on unless CITEKIT_NO_PARSER is set);
    ``anchors``: where the text's links start (``link_anchors``).

    The parse is for the sentences the rules leave without a hit.  With few parse-worthy
    sentences (most reports and papers: 632 in 200 synthetic documents, of which the rules
    left 23) each is parsed as the pass reaches it.  With more (news prose), the rules run
    once alone first to learn which sentences they leave; those are parsed in one batch
    (``nlp.pipe``, about twice as fast per sentence) and the second run adds their hits."""
    nlp = _parser(parse)
    text = view.text
    spans = [span for start, end in regions for span in sentences(text, start, end)]  # split once
    cues = foreign.LANGUAGES.get(meta.language or language(text) or "en")  # a text in French, Spanish, German …
    anchors = anchors or {}
    if nlp is None:
        return _run(view, meta, spans, prefilter, cues, anchors=anchors)
    worthy = [(s, e) for s, e in spans if _parse_worthy(text[s:e])]
    if len(worthy) <= ON_DEMAND_UP_TO:
        return _run(view, meta, spans, prefilter, cues, nlp=nlp, anchors=anchors)
    answered: set[int] = set()
    _run(view, meta, spans, prefilter, cues, answered=answered, anchors=anchors)
    todo = [(s, e) for s, e in worthy if s not in answered]
    parsed = dict(zip(todo, nlp.pipe((text[s:e] for s, e in todo), batch_size=64)))
    return _run(view, meta, spans, prefilter, cues, nlp=nlp, parsed=parsed, anchors=anchors)


PARSE_UP_TO = 5_000  # characters: a longer "sentence" is a table or a run-on dump, not prose to parse


def _parse_worthy(sentence_text: str) -> bool:
    return len(sentence_text) <= PARSE_UP_TO and _may_attribute(sentence_text) and deps.worth_parsing(sentence_text)


def _source_line_publisher(meta: Fields, text: str) -> str | None:
    """The publisher when a closing "Source: X" line names it: an outlet-like publisher whose own
    mentions are no attribution.  A body named in the masthead is kept out: "As the Ministry
    announced on 2 September", in the ministry's own statement, cites its earlier one."""
    pub = meta.publisher
    return pub if pub and re.search(r"(?im)^\s*(?:source|источник|quelle|fuente)\s*:\s*" + re.escape(pub), text) else None


_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")


def _run(view: TextView, meta: Fields, spans: list[tuple[int, int]], prefilter: bool, cues: foreign.Cues | None,
         nlp=None, parsed: dict | None = None, answered: set[int] | None = None,
         anchors: dict[str, list[int]] | None = None) -> tuple[list[Hit], str | None]:
    """One pass over the sentences (``spans``): the rules, then (``nlp``) the parse of each sentence they
    leave without a hit (from ``parsed`` when parsed ahead); ``answered`` collects the starts of
    the sentences the rules gave a hit; ``cues``: the text's other language (``foreign``), if any."""
    text = view.text
    names = Names(text)
    reg = Registry(meta.publisher, meta.container)
    lower_words = set(_LOWER_WORD.findall(text))
    own = {name_key(n) for n in (meta.container, _source_line_publisher(meta, text)) if n}
    quoted = quoted_regions(text)
    turns = Turns(text, names.acronyms)
    hits: list[Hit] = []
    last_works: tuple[int, list] = (-10, [])  # the last sentence with a hit, and the works it spoke through
    first = True
    for s, e in spans:
        # a sentence of quoted speech is not counted: "He added:" after the speaker's quoted
        # paragraphs looks back past them to the speaker
        counted = not _within(quoted, s, e)
        laws = named_laws(text[s:e])  # (read after the sentence: what the next ones may call "the Act")
        turn = turns.at(s)
        said = turn.said if turn and s <= turn.said < e else None  # (where a speaker's label ends)
        if prefilter and not first and not reg.source_block and cues is None and not _may_attribute(text[s:e]) \
                and not (said and _may_attribute(text[said:e])) and not (anchors and "://" in text[s:e]):
            reg.sentence += counted and has_tokens(text, s, e)  # counted all the same: pronouns look back
            reg.named_laws.extend(laws)
            continue
        toks, links = without_links(text, tokens(text, s, e))
        if len(toks) > 1 and _PARAGRAPH_NUMBER.fullmatch(toks[0].text) and toks[1].text[:1].isupper():
            toks = toks[1:]  # "2.4 Dr Sorvik said …": a numbered paragraph's sentence starts after its number
        if not toks:
            continue
        reg.sentence += counted
        reg.speaker_body, reg.turn_said = (turn.body if turn else None), said
        sentence = Sentence(text[s:e], s, toks, names, reg, meta.date, lower_words, own)
        found = sentence.run(first_line=first)
        if links:
            link_works(sentence, links)
            if anchors:
                linked_citations(sentence, links, anchors)
        if cues is not None:
            foreign.find(sentence, cues)
            found = sentence.hits
        if found and answered is not None and not deps.uncovered_cue(sentence):
            answered.add(s)
        if nlp is not None and (not found or deps.uncovered_cue(sentence)) and _parse_worthy(text[s:e]):
            doc = (parsed or {}).get((s, e))
            deps.parse_hits(sentence, doc if doc is not None else nlp(text[s:e]))
        kept = [hit for hit in sentence.hits
                if not any(qs < hit.start and hit.end <= qe for qs, qe in quoted)]  # not inside quoted speech
        if not _ELSEWHEN.search(text[s:e]):
            _continue_work(kept, last_works, reg.sentence)
        hits.extend(kept)
        reg.named_laws.extend(laws)
        for hit in kept:
            if hit.spokesperson:  # "A spokeswoman for the VFSA confirmed …  She said …": the VFSA
                reg.spokesperson = (reg.sentence, hit.start, hit.entity)
        if kept:
            last_works = (reg.sentence, [h.entity for h in kept if h.entity.kind == "work" and h.emit])
        first = False
    _resolve_forward(hits, reg, text)
    return hits, meta.date


def _within(regions: list[tuple[int, int]], s: int, e: int) -> bool:
    """Whether text[s:e] lies inside one of ``regions`` (sorted, not overlapping)."""
    at = bisect_right(regions, (s, float("inf"))) - 1
    return at >= 0 and regions[at][1] >= e


def _author_words(ent) -> set[str]:
    return set(fold(" ".join(a.literal or a.family or "" for a in ent.authors)).split())


def _resolve_forward(hits: list[Hit], reg: Registry, text: str) -> None:
    """A headline's unnamed source ("…, new report finds", "…, committee warns") is the first
    work of that head the text goes on to name (with a maker, title or container), else the work
    of the first body cited whose name has that head in it ("…, audit finds": the National Audit
    Office's); a source, the first body whose name ends in that head (cited, else written in the text)."""
    for hit in hits:
        if not hit.forward:
            continue
        ent = hit.entity
        at = next((x for x, e in enumerate(reg.entities) if e is ent), None)
        if at is None:
            continue
        later = reg.entities[at + 1:]
        new = None
        if ent.kind == "work" and hit.described:  # "central bank report says": a work of a body so described
            words = set(fold(hit.described).split())
            new = next((e for e in later if e.kind == "work" and words & _author_words(e)), None)
        elif ent.kind == "work" and not (ent.title or ent.authors):
            new = next((e for e in later if e.kind == "work" and e.head == ent.head
                        and (e.title or e.authors or e.container)), None)
            body = None if new is not None else next(
                (e for e in later if e.kind == "source" and not e.person and e.authors and ent.head
                 and ent.head in fold(e.name or "").split()), None)
            if body is not None:  # "…, audit finds" and then "the National Audit Office said": its audit
                ent.authors = list(body.authors)
        elif ent.kind == "source" and ent.name:  # "committee warns", "fiscal watchdog warns"
            words = set(fold(ent.name).split())
            new = next((e for e in later if e.kind == "source" and not e.person and words & set(fold(e.name or "").split())
                        or e.kind == "work" and words & _author_words(e)), None)
            head = fold(ent.name).split()[-1]
            if new is None:
                named = re.search(r"\b((?:[A-Z][\w’'-]*,?\s+(?:of\s+|for\s+|and\s+|the\s+)?){1,6}(?i:"
                                  + re.escape(head) + r"))\b", text[hit.end:])
                if named and named.group(1)[:1].isupper() and named.group(1).split()[0] not in ("The", "A", "An"):
                    name = named.group(1)
                    new = reg.source(name, False, author_for(name, False))
        if new is not None and new.kind == "source" and not new.person and new.authors:
            new = _only_work(new, reg.entities) or new
        if new is not None:
            for other in hits:
                if other.entity is ent:
                    other.entity = new


def _only_work(body, entities) -> object | None:
    """The one work a body a headline names ("…, fiscal watchdog warns") makes in the text,
    when it makes exactly one and the text dates it: the headline reports that work's
    findings, not a statement of the body's."""
    keys = body.author_keys()
    works = [e for e in entities if e.kind == "work" and e.authors and keys <= e.author_keys()]
    return works[0] if len(works) == 1 and works[0].date and works[0].type == "report" else None


# A sentence that names another time or a work of its own ("Five years earlier, in *T*, the
# Fund had projected") does not go on with the work the sentence before spoke through.
_ELSEWHEN = re.compile(r"\b(?:earlier|previously|before that)\b|\*[^*\n]{3,}\*|“[^”\n]{3,}”", re.I)


def _continue_work(hits: list[Hit], last: tuple[int, list], sentence: int) -> None:
    """'The X Fund, in its Article IV report, estimated …  The Fund recommended …': a body
    speaking again, with no work of its own, in the sentence right after the one in which it
    spoke through a new work of its own (the previous sentence with a hit, at most two back)
    goes on speaking through that work.  People are left alone (their words to a reporter are
    not their paper), and so is a body that had two works there."""
    at, works = last
    if not works or sentence - at > 2:
        return
    for hit in hits:
        ent = hit.entity
        if ent.kind != "source" or ent.person or not ent.authors or hit.spokesperson:
            continue
        keys = ent.author_keys()
        mine = [w for w in works if w.type == "report" and w.head not in ("plan", "notice") and w.authors
                and _same_body(keys, w.author_keys())]  # (a body arguing does not speak through its plan,
        # nor through the notice it served)
        if len(mine) == 1 and len({id(w) for w in works if _same_body(keys, w.author_keys())}) == 1:
            hit.entity = mine[0]


def _same_body(keys: set[str], work_keys: set[str]) -> bool:
    """The body (``keys``) is among the work's makers, by name or as their acronym ("OCV" for
    "Office for Clinical Value", when the text never defined it)."""
    return bool(keys) and (keys <= work_keys or len(keys) == 1 and next(iter(keys)).upper() in {initials(k) for k in work_keys})


def _date_statements(hits: list[Hit], text: str, doc_date: str | None) -> None:
    """A body or person that the text says spoke on a given day ("X said on Monday", "On 8 May, X
    said") speaks on that day (``days``) in that mention and in the mentions that follow it
    closely ("It added"); its mentions of another day, or of none, are other statements: each day
    gets its own copy of the source, so "the ministry said on 8 May" and "the ministry said
    today" in one text are not one statement.  In a record of proceedings, what is said is said
    on the day of the sitting (``days.sitting_day``)."""
    last: dict[int, tuple[int, str | None]] = {}  # id(entity) -> (end of its last mention, its day)
    copies: dict[tuple[int, str], Entity] = {}
    sitting = sitting_day(text[:DATELINE_CHARS * 2])  # a record of proceedings: its witnesses spoke that day
    for hit in sorted(hits, key=lambda h: h.start):
        ent = hit.entity
        if ent.kind != "source" or ent.date or ent.findings:
            continue
        day = hit.day or spoken_on(text[hit.end:], doc_date) or spoken_before(text[:hit.start], doc_date)
        if day is None and id(ent) in last and hit.start - last[id(ent)][0] <= CARRY_DAY_CHARS:
            day = last[id(ent)][1]  # "It added", "She told reporters" right after
        if day is None and hit.spokesperson and doc_date and len(doc_date) == 10:
            day = doc_date  # a spokesperson's words to the writer: that day's, not the body's report
        day = day or sitting
        last[id(ent)] = (hit.end, day)
        if day is not None:
            hit.entity = copies.setdefault((id(ent), day), replace(ent, date=day, authors=list(ent.authors)))


CARRY_DAY_CHARS = 300  # how close a mention must follow a dated one to share its day


DATELINE_CHARS = 600  # how far into a text its own date line may be


def _dateline(text: str) -> str | None:
    """The text's own date when its metadata has none: the first full date (day, month and
    year) of its opening lines ("Displacement Watch | Issue 31 | 15 July 2025", "By … · 16 March
    2026"), which "in May" and "last month" are relative to."""
    head = text[:DATELINE_CHARS]
    cut = head.rfind("\n")
    found = find_dates(head[:cut] if cut > 0 and len(text) > DATELINE_CHARS else head)
    return next((iso for _, _, iso in found if len(iso) == 10), None)


_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][A-Za-z&.]{1,9}\)$")


def _own_voice(hit: Hit, fields: Fields, meta: Fields, doc_date: str | None, words: str = "") -> bool:
    """The issuing body speaking in the present in its own document ("The Authority finds", "The
    Ministry notes" in their own decision or release), or today ("The Department (DOE) today
    announced" in its own release; ``words``: the mention's text): the document itself, whose
    record it gets."""
    issuer = name_key(meta.publisher) if meta.publisher and ";" not in meta.publisher else None
    cue = (hit.cue or "").split()[0] if hit.cue else ""
    bodies = {name_key(_ACRONYM_AFTER.sub("", a.literal)) for a in fields.authors if a.literal} | (
        {name_key(fields.institution)} if fields.institution else set())  # ("… Department of Energy (DOE)")
    present = cue.endswith("s") and not cue.endswith("ss") or re.search(r"\btoday\b", words, re.I) is not None
    return bool(issuer and not fields.title and bodies == {issuer} and cue.islower() and present
                and fields.date in (None, doc_date))


def find_attributions(doc: Document, view: TextView, meta: Fields,
                      regions: list[tuple[int, int]] | None = None,
                      markers: list | None = None, entries: list[Fields] | None = None) -> list[Mention]:
    """Attribution mentions of one document (``regions``: the body, reference lists excluded)."""
    regions = regions or [(0, len(view.text))]
    view = replace(view, text=unwrap(view.text))  # (hard-wrapped paragraphs read as prose)
    if not meta.date and (dateline := _dateline(view.text)):
        meta = meta.model_copy(update={"date": dateline})
    hits, doc_date = _detect(view, meta, regions, anchors=link_anchors(doc.text, view))
    _date_statements(hits, view.text, doc_date)
    hits = [h for h in hits if h.emit]
    fields = []
    for hit in hits:
        record = hit.entity.fields(doc_date)
        fields.append(meta if _own_voice(hit, record, meta, doc_date, view.text[hit.start:hit.end]) else record)
    if entries:  # (a list without markers in the text still names the reports a body's mention may be)
        markers = markers or []
        attach_references(view.text, hits, fields, markers, entries, doc_date)
        for hit, f in cited_claims(view.text, regions, hits, markers, entries):
            hits.append(hit)
            fields.append(f)
    mentions = []
    seen: set[tuple[int, int, str]] = set()
    for hit, f in sorted(zip(hits, fields), key=lambda p: (p[0].start, p[0].end)):
        s, e = view.to_source(hit.start, hit.end)
        ident = (s, e, f.model_dump_json())
        if ident in seen:
            continue
        seen.add(ident)
        mentions.append(Mention(document=doc.id, kind="attribution", start=s, end=e, text=doc.text[s:e],
                                fields=f, confidence=hit.confidence, cue=hit.cue,
                                source_name=" ".join(hit.source_name.split())))
    return mentions
