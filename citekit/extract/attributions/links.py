"""Links in a sentence: the addresses written in it, the works they belong to, and the links
whose text is itself a citation (newsletters, columns and blogs cite by hyperlink)."""

from __future__ import annotations

import re
from bisect import bisect_left

from citekit.extract.attributions import lexicon as L
from citekit.extract.attributions.detect import Sentence
from citekit.extract.attributions.entities import Entity
from citekit.extract.attributions.names import author_for, is_news_outlet
from citekit.ingest.view import TextView

_LINK_RE = re.compile(r"(?:https?://|www\.|(?i:doi):\s?10\.)[^\s<>\"“”]+")
_DOI_LINK_RE = re.compile(r"(?i)(?:doi:\s?|https?://(?:dx\.)?doi\.org/)(10\.\d{4,9}/\S+)")


def without_links(text: str, toks: list) -> tuple[list, dict[int, str]]:
    """A sentence's tokens without the links written in it (a Markdown or HTML link's target
    follows its text in the view: "the company's preliminary report https://…/TN-DR.pdf of 26
    January"), and each link by the index of the token it follows, so the cue families read the
    prose and the works they find can take their links."""
    span = text[toks[0].start:toks[-1].end] if toks else ""
    if not ("://" in span or "www." in span or "doi:" in span.lower()):
        return toks, {}
    spans = []
    for m in _LINK_RE.finditer(text, toks[0].start, toks[-1].end):
        url = m.group().rstrip(".,;:!?)]»’'")
        spans.append((m.start(), m.start() + len(url), url))
    kept, links = [], {}
    for tok in toks:
        link = next((span for span in spans if span[0] <= tok.start < span[1]), None)
        if link is None:
            kept.append(tok)
        elif kept and link[2] not in links.values():
            links[len(kept) - 1] = link[2]
    return kept, links


_SHOWN_ADDRESS = re.compile(r"\w\.\w{2,}(?:/|$)|/\w")
_MD_LINK_RE = re.compile(r"\[([^\]\n]{2,300})\]\(<?(https?://[^)\s>]+)>?\)")


def link_anchors(original: str, view: TextView) -> dict[str, list[int]]:
    """Where each Markdown link's text starts in the view, by its address (in order)."""
    anchors: dict[str, list[int]] = {}
    if "](" not in original:
        return anchors
    for m in _MD_LINK_RE.finditer(original):
        if _SHOWN_ADDRESS.search(m.group(1)):
            continue  # "[tavistow.gov.ak/corran-street/documents](https://…)": the address shown, no words
        at = bisect_left(view.source, m.start(1))
        if at < len(view.text) and view.source[at] == m.start(1):
            anchors.setdefault(m.group(2).rstrip(".,;:!?)]»’'"), []).append(at)
    return anchors


_SPOKE = {"spoke", "talked", "interviewed"}  # "[The Courier spoke to Ada Ruiz](…)": its interview


def linked_citations(sentence: Sentence, links: dict[int, str], anchors: dict[str, list[int]]) -> None:
    """A link whose text is a work ("the [interim update](…)", "His [principal inspection
    report](…) recommended", "its [statement in February](…)") or says what a named source did
    ("Minister Ada Ruiz [posted on Relay](…) that", "[The Courier spoke to Ada Ruiz](…)") cites
    the page it links to."""
    for index, url in sorted(links.items()):
        starts = [a for a in anchors.get(url, ()) if sentence.base <= a <= sentence.t[index].start]
        a = next((k for k, tok in enumerate(sentence.t) if tok.start >= starts[-1]), None) if starts else None
        if a is None or a > index:
            continue
        noun = max((k for k in range(a, index + 1) if sentence.low(k) in L.NOMINALS), default=None)
        said = any(sentence.is_verb(k) or sentence.low(k) in _SPOKE for k in range(a, index + 1))
        covering = next((h for h in sentence.hits if h.start <= sentence.t[index].end and sentence.t[a].start < h.end),
                        None)
        if covering is not None:
            ent = covering.entity
            if ent.kind == "source" and said:
                work = sentence.reg.new_work("page", "webpage")  # "X [posted on Relay](…)": what X posted there
                work.authors, work.url = list(ent.authors), url
            elif ent.kind == "work" and ent.url not in (None, url) and noun is not None:
                work = sentence.reg.new_work(sentence.low(noun), L.NOMINALS[sentence.low(noun)])
                work.url = url  # "The [interim update](…) put": not the work linked before
            else:
                continue
            covering.entity = work
            sentence.reg.mentioned(covering.start, work)
        elif noun is not None and not said:
            span = sentence.nominal_back(noun + 1, anywhere=True)
            start = span[0] if span and span[0] >= a - 3 else a  # "The council's [2025 report](…)"
            if not sentence.free(start, index + 1):
                continue
            head = sentence.low(noun)
            found = sentence.work_nominal(start, noun + 1)
            if found and not found[1] and found[0].head != head:
                found = None  # another work than the one cited before: the link says which
            work = found[0] if found else _owned_work(sentence, start, noun, head)
            work.url = work.url or url
            work.date = work.date or sentence.dates_in(noun + 1, index + 1)  # "[statement in February](…)"
            sentence.add(start, index + 1, "link", sentence.span_text(start, noun + 1), work, confidence=0.55)
        elif said:
            i = sentence.name_back(a)
            j = a if i is not None else sentence.name_fwd(a + (sentence.low(a) == "the"))
            i = i if i is not None else a + (sentence.low(a) == "the")  # "[The Courier spoke to X](…)"
            if not j or j <= i or not sentence.free(i, index + 1):
                continue
            name, person = sentence.names.canonical(sentence.span_text(i, j))
            work = sentence.reg.new_work("page", "webpage")
            work.authors, work.url = [author_for(name, person)], url
            sentence.add(min(i, a), index + 1, "link", sentence.span_text(i, j), work, confidence=0.55)


def _owned_work(sentence: Sentence, start: int, head: int, noun: str) -> Entity:
    """A new work of the kind ``noun`` (at t[head]), made by the owner its phrase names before a
    possessive ("The regulator's [incident assessment](…)": the regulator the text named)."""
    work = sentence.reg.new_work(noun, L.NOMINALS[noun])
    poss = next((x for x in range(start, head) if sentence.t[x].text in ("’s", "'s")), None)
    owner = [x for x in range(start, poss or start) if sentence.low(x) not in L.DETERMINERS]
    if not owner:
        return work
    if sentence.t[owner[-1]].text.islower():
        body = sentence.body_named(sentence.low(owner[-1]), sentence.t[start].start, nearest=False)
        name, person = (body.name, False) if body is not None else (None, False)
    else:
        name, person = sentence.names.canonical(sentence.span_text(owner[0], owner[-1] + 1))
    if name:
        work.authors = [author_for(name, person)]
    return work


def link_works(sentence: Sentence, links: dict[int, str]) -> None:
    """A link right after a hit's work, or inside its mention, is the work's address: "The TNB
    wire's [day-four story](https://…) of 17 January sets"."""
    for hit in sentence.hits:
        ent = hit.entity
        outlet = ent.kind == "source" and not ent.person and ent.container is None and bool(ent.name) \
            and is_news_outlet(ent.name)
        if ent.url or ent.doi or not (ent.kind == "work" or outlet):
            continue
        for index, url in sorted(links.items()):
            tok = sentence.t[index]
            if hit.start <= tok.start and tok.end <= hit.end + 1:
                if doi := _DOI_LINK_RE.match(url):
                    ent.doi = ent.doi or doi.group(1)
                else:
                    ent.url = url
                break
