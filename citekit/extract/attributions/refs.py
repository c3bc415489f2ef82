"""Attributions in a text with a reference list that point at one of its entries.

- An unnamed report of a body followed by an inline citation of a report of that body is
  that reference ("According to a UN report, … (Annual Report on Refugees, 2022)"): only the
  nearest following citation within a short window counts, and only when it names the body.
- An unnamed work with one citation marker in its words or later in its sentence (or clause)
  is that entry.
- A work named by the end of an entry's title ("The Hardening Guide has warned" and "Gateway
  Hardening Guide [6]") is that entry.
- A person or body speaking ("Ostrom showed", "Peng and McCallum argued", "the commission
  confirmed"), people inside a narrative citation's marker ("Van der Maaten and Hinton (2008)
  showed": Hinton is among the entry's authors), or an untitled work of people ("Halvorsen and Idowu (2026) find"), is the work of
  the reference list by those authors (and that year) that a citation right after the name
  points to; for people, else the only such entry.
- An untitled report of a body with no citation after it is the list's one report by that body
  ("The NAO makes three main recommendations"); with two, neither.
- A sentence no cue reached that names a listed document's maker or title and cites it ("The
  special inspection by X [2] examined all 88 cables") is an attribution to that entry
  (``cited_claims``); a bare marker after a claim is only an inline citation.

One job: give such a mention the fields of the reference entry, so merge puts the
attribution on the reference's work.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from citekit.extract.attributions.detect import Hit
from citekit.extract.attributions.entities import Entity
from citekit.extract.attributions.lexicon import FINDING_VERBS, NOMINALS
from citekit.extract.normalize.fold import fold
from citekit.extract.attributions.names import head_word, initials, is_org_like, org_key, without_legal_form
from citekit.models import Fields

_VERSION = re.compile(r",?\s*(?:version|edition|rev\.?|v)\s*[\d.]+\s*$", re.I)  # "Hardening Guide, version 3.1"
WINDOW = 1500  # characters after the attribution (a paragraph or two)


def _bodies(f: Fields) -> str:
    names = [a.name_key for a in f.authors] + [f.institution or "", f.publisher or "", f.container or "",
                                               f.title or ""]
    return " " + " ".join(org_key(n) for n in names if n) + " "


def _makers(f: Fields) -> set[str]:
    """The bodies that made an entry (its authors and institution), as ``org_key``s, also without
    a company's legal form ("Tessaro Medical Systems Ltd" is a work of Tessaro Medical Systems)."""
    keys = {org_key(n) for n in [a.name_key for a in f.authors] + [f.institution or ""] if n}
    return keys | {without_legal_form(key) for key in keys}


def _made_by(body: str, entry: Fields) -> bool:
    """Whether the entry is a work of the body a mention names (``body``: its ``org_key``), by its
    full name or by its initials ("an OECD report": a hyphenated word's first part only).  Not by
    the start of its name: "the Harbour Foundation" may be another body than the Harbour
    Foundation for Public Health."""
    if body in _makers(entry):
        return True
    if " " in body or not 2 <= len(body) <= 8:
        return False
    return any(body.upper() in (initials(name), initials(re.sub(r"-\w+", "", name)))
               for name in [a.literal for a in entry.authors if a.literal] + [entry.institution or ""] if name)


NEAR = 120  # a citation right after a named author ("Peng and McCallum [1] showed")
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]*(?:\s+[A-Z“\"(\[]|\s*$))|;|\n\s*\n")  # (or its clause's)
# A sentence's end with the notes printed right after its full stop: "… a full survey.[^10] The"
_NOTED_END = re.compile(r"[.!?][\"”’)]*(?:\[\^?\d+\]|<sup>\d+</sup>|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)+(?=\s+[A-Z“\"(\[]|\s*$)"
                        r"|[.!?](?=[\"”’)]*(?:\s+[A-Z“\"(\[]|\s*$))|;(?![^()\n]*\))|\n\s*\n")
# (or its clause's; not at a semicolon between the citations of one bracket: "(EPD, 2033; NPHI, 2035)")
_FULL_STOP = re.compile(r"[.!?](?=[\"”’)]*(?:\s+[A-Z“\"(\[]|\s*$))|\n\s*\n")
_ENDS_SENTENCE = re.compile(r"[.!?\"”’)\]]*(?:\s+[A-Z“\"(\[]|\s*$)")  # after a sentence's last citation


def _reach(text: str, hit: Hit) -> int:
    """Where the citations of a hit's words may sit: to the end of its sentence or clause ("The Forum
    stated in its written submission that many patients … [9]."), and at least ``NEAR`` past its words."""
    end = _SENTENCE_END.search(text, hit.end, hit.end + WINDOW)
    return max(end.end() if end else hit.end + NEAR, hit.end + NEAR)


def _cited_near(text: str, hit: Hit, markers: list) -> list[int]:
    """The entries cited within the hit's reach, in order: those of its own sentence (with the notes
    right after its full stop, "… a full survey.[^10]") when it has any, else those a little past its
    words; with none, the citation that closes its sentence past a semicolon ("X recorded 1,146
    consultations …; no deaths were attributed to it.[2]"): a note at a sentence's end stands for all of it."""
    end = _NOTED_END.search(text, hit.end, hit.end + WINDOW)
    if end:
        own = [m.reference - 1 for m in markers if m.reference and hit.start <= m.start < end.end()]
        if own:
            return own
    reach = _reach(text, hit)
    near = [m.reference - 1 for m in markers if m.reference and hit.start <= m.start <= reach]
    for m in [] if near else sorted((m for m in markers if m.reference and reach < m.start <= hit.end + WINDOW), key=lambda m: m.start):
        if _FULL_STOP.search(text[hit.end:m.start].rstrip(" .!?\"”’)")):
            break  # the sentence ended before it
        if _ENDS_SENTENCE.match(text, m.end):
            near.append(m.reference - 1)
            break
    return near


_COLLEAGUES = re.compile(r"\s*(?:,?\s*(?:and|&)\s+(?:(?:his|her|their)\s+)?(?:colleagues|co-?authors|co-?workers|others|team)"
                         r"|\s+et\s+al\.?)\s*$", re.I)


def _families(name: str) -> list[str]:
    """The family names of the people a mention names, first ones only when it says "and colleagues"."""
    parts = re.split(r"\s*(?:,|&|\band\b|\bet al\.?)\s*", _COLLEAGUES.sub("", name))
    return [fold(p.split()[-1]) for p in parts if p.strip() and p.split()]


def _by_people(name: str, entries: list[Fields]) -> list[int]:
    """Entries whose first authors are the people named ('Peng and McCallum')."""
    wanted = _families(name)
    found = []
    for i, entry in enumerate(entries):
        have = [fold(a.family or "").split()[-1:] for a in entry.authors if a.family]
        have = [h[0] for h in have if h]
        if wanted and have[:len(wanted)] == wanted:
            found.append(i)
    return found


def _cited_in(hit: Hit, f: Fields, markers: list, entries: list[Fields]) -> int | None:
    """The entry a citation marker overlapping the hit points to, when the people the hit names are
    among its authors: "Van der Maaten and Hinton (2008) showed", where the marker holds the name."""
    cited = {m.reference - 1 for m in markers if m.reference and m.start < hit.end and hit.start < m.end}
    if len(cited) != 1:
        return None
    entry = entries[next(iter(cited))]
    have = {fold(a.family or "").split()[-1] for a in entry.authors if (a.family or "").split()}
    wanted = [fold(a.family).split()[-1] for a in f.authors if (a.family or "").split()] or _families(hit.source_name)
    return next(iter(cited)) if wanted and set(wanted) <= have else None


def attach_people(text: str, hits: list[Hit], fields: list[Fields], markers: list, entries: list[Fields]) -> None:
    for n, (hit, f) in enumerate(zip(hits, fields)):
        if f.title:
            continue
        if (inside := _cited_in(hit, f, markers, entries)) is not None:
            fields[n] = entries[inside].model_copy(deep=True)
            continue
        people = [a.family for a in f.authors if a.family]
        if hit.entity.kind != "source":  # an untitled work of people: "Halvorsen and Idowu (2026) find"
            if not people or len(people) != len(f.authors):
                continue
            candidates = [i for i in _by_people(" and ".join(people), entries)
                          if not f.year or entries[i].year == f.year]
            body = False
        else:
            body = not hit.entity.person and is_org_like(hit.entity.name or "")
            candidates = [] if body else _by_people(hit.source_name, entries)
            if not candidates and not hit.entity.person:  # a body ("the commission confirmed (Mekong
                body = f" {org_key(hit.entity.name)} "    # River Commission, 2020)", "Greyhollow said")
                candidates = [i for i, entry in enumerate(entries) if body in _bodies(entry)
                              or _same_words(hit.entity.name or "", entry)]
        if not candidates:
            continue
        near = _cited_near(text, hit, markers)
        chosen = next((c for c in near if c in candidates), None)
        if chosen is None and len(candidates) == 1 and not body and not _quoted(text, hit):
            chosen = candidates[0]  # (a body says more than its listed works: only a citation ties it)
        if chosen is not None:
            fields[n] = entries[chosen].model_copy(deep=True)


_SMALL = {"of", "on", "and", "for", "the", "&"}


def _same_words(name: str, entry: Fields) -> bool:
    """The body's name has the words of one of the entry's authors, in another order: "the Committee on
    Water and Health of the Council of Northern States" is "Council of Northern States, Committee on
    Water and Health"."""
    words = set(org_key(name).split()) - _SMALL
    return len(words) >= 3 and any(words == set(org_key(a.name_key).split()) - _SMALL for a in entry.authors)


def _quoted(text: str, hit: Hit) -> bool:
    """A person's words quoted after the cue ('Captain Amberley said: "I ran …"'): what they said,
    not their listed work."""
    return bool(re.match(r"\s*[:,]?\s*[\"“]", text[hit.end:hit.end + 4]))


def attach_titles(fields: list[Fields], entries: list[Fields]) -> None:
    """A work named by the last words of one entry's title ("The Hardening Guide" for "Medaxis
    Gateway Hardening Guide") is that entry."""
    for n, f in enumerate(fields):
        literal = f.authors[0].literal if len(f.authors) == 1 and not f.date else None
        named = f.title or (literal if literal and not is_org_like(literal) else None)
        words = fold(named or "").split()  # (a work read as a body speaking: "The Hardening Guide has warned";
        # a body is no title's end: "Corvenna Rail Infrastructure" made no "… served on Corvenna Rail Infrastructure")
        if len(words) < 2 or f.report_number:
            continue
        found = [entry for entry in entries
                 if entry.title and fold(_VERSION.sub("", entry.title)).split()[-len(words):] == words]
        if len(found) == 1:
            fields[n] = found[0].model_copy(deep=True)


def attach_marked(text: str, hits: list[Hit], fields: list[Fields], markers: list, entries: list[Fields]) -> None:
    """An unnamed work with an inline citation in its own words or right after them ("A paper
    presented to the board in December[^5] recommended", "A survey of 41 centres found that … [7]")
    is the entry cited, when exactly one is."""
    for n, (hit, f) in enumerate(zip(hits, fields)):
        if hit.entity.kind != "work" or f.title or f.authors or f.report_number:
            continue
        cited = set(_cited_near(text, hit, markers))
        if len(cited) == 1:
            fields[n] = entries[cited.pop()].model_copy(deep=True)


def attach_references(text: str, hits: list[Hit], fields: list[Fields], markers: list,
                      entries: list[Fields], doc_date: str | None = None) -> None:
    before = list(fields)
    if markers:  # (in a text that cites nothing inline, "Breck said" is what she told the writer)
        attach_people(text, hits, fields, markers, entries)
    attach_titles(fields, entries)
    attach_marked(text, hits, fields, markers, entries)
    attached = {id(hit.entity): f for hit, f, old in zip(hits, fields, before)
                if f is not old and hit.entity.kind == "work"}  # (a body's other words are not that entry)
    for n, hit in enumerate(hits):  # "The paper described" after "A paper presented … [5] recommended"
        if fields[n] is before[n] and id(hit.entity) in attached:
            fields[n] = attached[id(hit.entity)].model_copy(deep=True)
    for n, (hit, f) in enumerate(zip(hits, fields)):
        if (entry := _listed_findings(hit, f, entries, doc_date)) is not None:
            fields[n] = entry.model_copy(deep=True)
            continue
        if f.title or not f.authors or f.type not in ("report", "misc") or hit.entity.kind != "work":
            continue
        body = org_key(f.authors[0].name_key)
        if not body:
            continue
        if f.type == "misc":  # "Figures published by X show … (see note 3)": only a citation in its sentence
            own = [i for i in _cited_near(text, hit, markers) if _made_by(body, entries[i])]
            if len(own) == 1:
                fields[n] = entries[own[0]].model_copy(deep=True)
            continue
        following = sorted((m for m in markers if m.reference and hit.start <= m.start <= hit.end + WINDOW),
                           key=lambda m: m.start)  # (its own words' citation first: "X's report [9] records")
        following = [m for m in markers if m.reference and m.end <= hit.start and not text[m.end:hit.start].strip()
                     and text[hit.start:hit.start + 4].lower().startswith(("its ", "their "))] + following
        # ("…traced that load to its sources.[^2] Its catchment report attributes": the note just before
        # is of the work "its" names)
        for marker in following:
            entry = entries[marker.reference - 1]
            if (f" {body} " in _bodies(entry) or _made_by(body, entry)) and _may_be(f, entry):
                fields[n] = entry.model_copy(deep=True)
                break
        else:  # no citation: the list's one report by that body ("The NAO makes three recommendations")
            own = [entry for entry in entries if entry.type == "report" and _made_by(body, entry) and _may_be(f, entry)]
            if len(own) == 1:
                fields[n] = own[0].model_copy(deep=True)


_FOUND = FINDING_VERBS | {"recommends", "recommended", "recommend"}


def _listed_findings(hit: Hit, f: Fields, entries: list[Fields], doc_date: str | None) -> Fields | None:
    """A body's undated findings ("the SFIB estimated", "The inquiry recommends") in a text whose
    list holds one entry of that body, of the text's year or the year before: that entry.  Its
    other words ("the SFIB said") stay its statements."""
    if hit.entity.kind != "source" or hit.entity.person or f.title or f.date or not f.authors \
            or not all(a.literal for a in f.authors) or (hit.cue or "").split()[-1].lower() not in _FOUND \
            or not doc_date:
        return None
    body = org_key(f.authors[0].name_key)
    own = [entry for entry in entries if body and _made_by(body, entry)]
    year = int(doc_date[:4])
    return own[0] if len(own) == 1 and own[0].date and year - 1 <= int(own[0].date[:4]) <= year else None


def _may_be(f: Fields, entry: Fields) -> bool:
    """Nothing tells an untitled mention's record from the entry: not its year, nor its number
    ("Report AG-2029/14" is not the entry numbered AG-2025/09)."""
    return (not f.date or not entry.date or entry.date[:4] == f.date[:4]) \
        and (not f.report_number or not entry.report_number or f.report_number == entry.report_number)


_IN_AUTHORS = re.compile(r"In\s+(?:[A-Z][\w’'-]+,?\s+(?:(?:and|&)\s+)?)*(?:[A-Z][\w’'-]+)?(?:\s+et\s+al\.?)?\s*$")  # "In Iyer and Diallo (2012), …"
_PARAGRAPH_NUMBER = re.compile(r"\d+(?:\.\d+)*\.?\s+")
_CLAIM_START = re.compile(r"(?:[.!?][\"”’)\]]*|[.!?]?(?:\[\^?\d+\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+))\s+(?=[A-Z“\"(])|\n\s*\n|\n(?=\s*(?:[-*•]|\d+(?:\.\d+)*\.?)\s)")


def cited_claims(text: str, regions: list[tuple[int, int]], hits: list[Hit], markers: list,
                 entries: list[Fields]) -> list[tuple[Hit, Fields]]:
    """A sentence of the body that no cue reached but that cites an entry of the reference list
    ("The special inspection by X [2] examined all 88 cables", "The CEA measured 4,800 µg/L
    [3, Table B1]"): the text relies on that entry for it.  The mention spans the sentence up to
    its first citation and takes the entry's record.  Only when the sentence names the entry's
    maker or title before the citation (a narrative mention): a bare marker after a claim ("…
    lacked safe water (WHO 2021)") is an inline citation, not an attribution."""
    found: list[tuple[Hit, Fields]] = []
    done: dict[int, int] = {}  # a sentence's start -> the end of the citation its last claim ends with
    starts: dict[tuple[int, int], list[int]] = {}  # region -> where its sentences start (found once)
    for m in sorted((m for m in markers if m.reference), key=lambda m: m.start):
        region = next(((a, b) for a, b in regions if a <= m.start < b), None)
        if region is None:
            continue
        if region not in starts:
            starts[region] = [region[0]] + [x.end() for x in _CLAIM_START.finditer(text, *region)]
        start = starts[region][bisect_right(starts[region], m.start) - 1]
        start += len(text[start:m.start]) - len(text[start:m.start].lstrip())
        if number := _PARAGRAPH_NUMBER.match(text, start, m.start):
            start = number.end()  # ("3.1 The special inspection …": the paragraph's number is not the claim's)
        sentence = start
        if sentence in done:  # a second claim of the sentence starts after the first one's citation
            start = done[sentence] + len(text[done[sentence]:m.start]) - len(text[done[sentence]:m.start].lstrip(" ,;"))
        prose, at = "", start  # the sentence up to this citation, without the names inside its other citations
        for other in sorted((x for x in markers if start <= x.start and x.end <= m.start), key=lambda x: x.start):
            prose, at = prose + text[at:other.start] + " ", max(at, other.end)  # ("(Lambert and Tran, 2005; Lambert, 2010)")
        prose += text[at:m.start]
        entry = entries[m.reference - 1]
        if any(h.start < m.end and h.end > start for h in hits) or m.start - start < 12 \
                or not _names(prose, entry) or _IN_AUTHORS.match(prose):
            continue
        done[sentence] = m.end
        maker = (entry.authors[0].literal or entry.authors[0].family or "") if entry.authors else ""
        found.append((Hit(start, m.end, text[m.start:m.end], maker, Entity(kind="work"), True, 0.5),
                      entry.model_copy(deep=True)))
    return found


DOCUMENT_NOUNS = set(NOMINALS) | {"inspection", "guide", "guidance", "database", "minutes", "notice", "decision",
                                  "standard", "index", "code", "regulations", "directive", "bulletin", "opinion",
                                  "sheet", "manual", "handbook", "programme", "program", "direction", "dataset",
                                  "transcript"}
_TITLE_WORD = re.compile(r"[A-Z][\w-]+|\d[\w/.-]*\d")
_CAPITALISED_NAME = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w-]*)+")
_SMALL_WORDS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "of", "for", "and", "in", "on",
                "to", "by", "with", "s"}


def _names(prose: str, entry: Fields) -> bool:
    """Whether ``prose`` names the entry: an author (a person's family name, a body's full name,
    initials, the name an acronym stands for, or head word after "the"), the periodical of an
    article, its report number, its whole title, words of its title that end in or hold a kind
    of document ("Principal Inspection", "the departure load sheet", "the code of practice"; not
    "Afghan Taliban"), or its year and a kind of document it is ("The 2025 report noted" of a 2025
    inspection report)."""
    words = set(re.findall(r"[\w’'-]+", prose))
    words |= {re.sub(r"[’']s?$", "", w) for w in words if w[:2].isupper()}  # ("the SFIB's range")
    folded = " " + fold(prose) + " "
    for a in entry.authors:
        if a.family and a.family in words:
            return True
        if a.literal and (f" {fold(a.literal)} " in folded or (len(initials(a.literal)) >= 2 and initials(a.literal) in words)
                          or re.search(r" the (?:\w+ )?" + re.escape(head_word(a.literal)) + r"\b", folded)
                          or a.literal.isupper()
                          and any(initials(n) == a.literal for n in _CAPITALISED_NAME.findall(prose))):
            return True  # (the body by its head word: "the regulator's letter" of the National Rail Regulator)
    if entry.container and len(entry.container.split()) >= 2 and f" {fold(entry.container)} " in folded:
        return True  # "The Pellridge Courier's columnist put it"
    title = fold(entry.title or "")
    if len(title.split()) >= 2 and f" {title} " in folded and (named := _as_written(entry.title).search(prose)) \
            and len(re.findall(r"\b(?:[A-Z]|\d)", named.group())) >= 2:
        return True  # the whole title written as a name ("the State of Rivers 2028"; not "long short-term memory
        # cells", nor "Freight costs rose" at a sentence's start)
    capitalised = _TITLE_WORD.findall(entry.title or "")
    pairs = [f"{a} {b}" for a, b in zip(capitalised, capitalised[1:]) if b.lower() in DOCUMENT_NOUNS]
    kinds = DOCUMENT_NOUNS & (set(title.split()) | {entry.type}) & set(folded.split())
    return any(p in prose for p in pairs) or bool(entry.report_number and entry.report_number in prose) \
        or bool(kinds and entry.date and entry.date[:4] in words) or _described(folded, f" {title} ")


@lru_cache(maxsize=4096)
def _as_written(title: str) -> re.Pattern:
    """A title's words in order, whatever is between them ("State of rivers 2028")."""
    return re.compile(r"\b" + r"\W+".join(map(re.escape, re.findall(r"\w+", title))) + r"\b", re.I)


def _described(prose: str, title: str) -> bool:
    """Two to five words of the prose that the title holds as they stand, a kind of document their
    head ("the design basis report" of "Corran Street Footbridge: Design basis report", "the code of
    practice"; not "document recognition")."""
    words = prose.split()
    for n in range(2, 6):
        for i in range(len(words) - n + 1):
            gram = words[i:i + n]
            head = gram[-1] if "of" not in gram else gram[gram.index("of") - 1]
            if gram[0] not in _SMALL_WORDS and gram[-1] not in _SMALL_WORDS and head in DOCUMENT_NOUNS \
                    and f" {' '.join(gram)} " in title:
                return True
    return False
