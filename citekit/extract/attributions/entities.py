"""What attributions point at, within one document (one job: coreference and fields).

A *source* entity is a body or person speaking ("the OBR said"); a *work* entity is a
document ("a June 2023 UN report", "the report", "the Carnegie paper").  Every mention
of an entity gets the entity's final fields, so merge groups them into one work; a definite
"the report" / "this investigation" / "it" refers back to the work last introduced.
"""

from __future__ import annotations

from collections.abc import Callable

import re
from dataclasses import dataclass, field, replace

from citekit.extract.attributions.lexicon import PLURAL_NOMINALS
from citekit.extract.attributions.names import author_for, is_news_outlet
from citekit.extract.normalize.fold import fold
from citekit.models import Author, Fields


# Heads of a body's untitled documents and data that are not its statements: kept as the
# record's note, so the body's figures or filing stay apart from what it said in that document.
DOCUMENT_HEADS = {"figures", "data", "statistics", "estimates", "filing", "filings", "notice", "ruling",
                  "judgment", "judgement", "complaint", "guidelines"}
# Heads of a body's untitled documents of a kind of their own, kept as the record's note too:
# "a Vellgrid memo" is not Vellgrid's report, nor "the union's survey" its bulletin
# (``merge.bridge`` joins an untitled record only to a work of its kind).
KIND_HEADS = {"memo": "memo", "memorandum": "memo", "letter": "letter", "guidance": "guidance",
              "survey": "survey", "poll": "survey", "bulletin": "bulletin", "directive": "directive",
              "interview": "interview", "speech": "speech", "testimony": "testimony", "minutes": "minutes",
              "advisory": "advisory", "submission": "submission", "plan": "plan", "notification": "notification",
              "alert": "alert", "notice": "notice", "warning": "warning", "warnings": "warning"}
# Heads that refer back only to a work of their kind.
_OWN_KIND_HEADS = set(KIND_HEADS) | {"statement", "tweet", "post", "book", "preprint"}
# Heads and modifiers that name what kind of document a work is, beyond "report" (its genre):
# a body's "interim review" is not its "summer outlook", whoever calls either "the report".
GENRE_HEADS = set(KIND_HEADS) | {"review", "audit", "assessment", "outlook", "update", "yearbook", "factsheet",
                                 "index", "summary", "post-mortem", "valuation", "evaluation", "dossier",
                                 "briefing", "brief", "preprint"}
GENRE_MODIFIERS = {"annual", "quarterly", "monthly", "weekly", "daily", "yearly", "biannual", "interim",
                   "preliminary", "provisional", "final", "draft", "special", "joint", "first", "second",
                   "third", "fourth", "fifth", "sixth", "revised", "updated"}


_BYLINE = re.compile(r"[ \t*_]*(?:By|BY|Von|Por|Par|Door)[ \t]")  # "By Ann Writer": the writer's own line


@dataclass
class Entity:
    kind: str  # "work" | "source"
    type: str = "misc"
    name: str | None = None  # source entities: canonical name
    person: bool = False
    title: str | None = None
    authors: list[Author] = field(default_factory=list)
    institution: str | None = None
    date: str | None = None
    series: str | None = None
    number: str | None = None  # a document's number or symbol ("ODPC/DEC/2027/006")
    head: str | None = None  # nominal head of a work ("report", "letter")
    descriptors: list[str] = field(default_factory=list)
    findings: bool = False
    container: str | None = None
    relayed: bool = False  # known only through another source's account ("reviewed by X")
    url: str | None = None  # the link the text gives it: "the company's [preliminary report](https://…)"
    doi: str | None = None  # or its DOI: "A study in the Annals (doi:10.7326/M21-2977) found"

    def described(self) -> bool:
        """A source the text only describes, in lower case ("the master", "the chief officer"):
        no name to know it by in another document."""
        return self.kind == "source" and bool(self.authors) and all(
            a.literal and a.literal.islower() for a in self.authors)

    def author_keys(self) -> set[str]:
        return {fold(a.name_key) for a in self.authors if a.name_key}

    def describes(self, words: set[str]) -> bool:
        """All content words of a description ('Dublin firm') are in this work's bodies."""
        bodies = " ".join([self.institution or "", *(a.name_key for a in self.authors)])
        have = set(fold(bodies.replace("-", " ")).split())
        return bool(words) and words <= have

    def fields(self, doc_date: str | None) -> Fields:
        if self.kind == "source":
            if self.person:
                return Fields(type="misc", authors=list(self.authors), institution=self.institution,
                              date=self.date or doc_date, note="personal communication")
            if self.name and is_news_outlet(self.name):  # "The Herald reported", "reported by the Herald": its story
                return Fields(type="article", authors=list(self.authors), container=self.name, date=self.date,
                              url=self.url)
            if self.findings:
                return Fields(type="report", authors=list(self.authors), institution=self.name)
            if self.described():  # "the master": one text's, however dated (bridge.is_statement)
                return Fields(type="misc", authors=list(self.authors))
            return Fields(type="misc", authors=list(self.authors), date=self.date)  # the day it spoke, if given
        note = None
        if not self.title and self.authors and self.type == "misc" and self.head in DOCUMENT_HEADS:
            note = self.head  # "the EPA's enforcement notice": not the EPA's own words ("the EPA said")
        elif not self.title and self.authors and self.head in KIND_HEADS:
            note = KIND_HEADS[self.head]
        if not (self.title or self.authors):
            words = [w for w in self.descriptors if w] + [self.head or "document"]
            note = " ".join(dict.fromkeys(words))
            if self.institution:
                note += f" by {self.institution}"
        type_, container = self.type, self.container
        outlets = [a.literal for a in self.authors if a.literal and is_news_outlet(a.literal)]
        if type_ == "report" and self.head in (None, "report", "reports", "findings") and outlets \
                and len(outlets) == len(self.authors):
            type_, container = "article", container or outlets[0]  # a newspaper's report is its story
        return Fields(type=type_, title=self.title, authors=list(self.authors),
                      institution=self.institution, date=self.date, series=self.series,
                      report_number=self.number, container=container, note=note, genre=self.genre(), url=self.url,
                      doi=self.doi)

    def genre(self) -> str | None:
        """What the text calls this work when that is more than "report": "interim review", "survey",
        "preliminary report" (a body's preliminary findings are not its final report)."""
        modifiers = [w for w in dict.fromkeys(self.descriptors) if w in GENRE_MODIFIERS]
        if self.head in ("report", "findings") and modifiers:
            return " ".join(modifiers + ["report"])
        if self.head not in GENRE_HEADS:
            return None
        return " ".join(modifiers + [KIND_HEADS.get(self.head, self.head)])


# The person a writer spoke to, whose words follow: "When I spoke to Dr Amos Feld, …, he told me".
_INTERVIEWED = (r"\b(?:(?:spoke|talked)\s+(?:to|with)|interviewed|asked|reached)\s+"
                r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?(?:[A-Z][\w’'-]+\s+){0,3}")


class Registry:
    """The entities of one document, in order of introduction."""

    def __init__(self, issuer: str | None = None, outlet: str | None = None) -> None:
        self.issuer = issuer  # the body whose document this is: "our survey" is its survey
        self.outlet = outlet  # the periodical it appeared in: "as this newspaper reported"
        self.entities: list[Entity] = []
        self.aside: list[Entity] = []  # works named where nothing was said of them (detect.named_works)
        self.sources: dict[str, Entity] = {}
        self.sentence = 0  # number of the sentence being read
        self.seen: list[tuple[int, int, Entity]] = []  # (sentence, offset, entity) of each mention
        self.source_block = False  # inside a "Sources:" list
        self.named_laws: list[str] = []  # titles of the laws named so far (detect.named_laws), in order
        self.spokesperson: tuple[int, int, Entity] | None = None  # (sentence, offset, body) of the last spokesperson
        self.speaker_body: str | None = None  # the body a transcript's current speaker speaks for (``turns``)
        self.turn_said: int | None = None  # where the speaker's words start, when the sentence opens a turn

    def mentioned(self, offset: int, ent: Entity) -> None:
        self.seen.append((self.sentence, offset, ent))

    def state(self) -> tuple[int, int, int, dict[str, Entity]]:
        """What ``restore`` needs to forget every entity and mention registered after this call."""
        return len(self.entities), len(self.aside), len(self.seen), dict(self.sources)

    def restore(self, state: tuple[int, int, int, dict[str, Entity]]) -> None:
        entities, aside, seen, sources = state
        del self.entities[entities:], self.aside[aside:], self.seen[seen:]
        self.sources.clear()
        self.sources.update(sources)

    def antecedent(self, pronoun: str, offset: int, window: int = 2) -> Entity | None:
        """The nearest source a pronoun can stand for, in its sentence or the `window` before:
        a person for "he"/"she"; a body (or a work) for "it"/"they"."""
        found = self.antecedent_at(pronoun, offset, window)
        return found[1] if found else None

    def antecedent_at(self, pronoun: str, offset: int, window: int = 2) -> tuple[int, Entity] | None:
        """:meth:`antecedent` with the offset of the mention it was found at."""
        candidates = sorted((c for c in self.seen if self.sentence - window <= c[0]
                             and (c[0], c[1]) < (self.sentence, offset)), key=lambda c: (c[0], c[1]))
        if pronoun == "it" and candidates:  # the first one of the latest sentence: its subject
            latest = candidates[-1][0]
            candidates = [c for c in candidates if c[0] < latest] + sorted(
                (c for c in candidates if c[0] == latest), key=lambda c: -c[1])
        for _, at, ent in reversed(candidates):
            if pronoun in ("he", "she"):
                if ent.kind == "source" and ent.person:
                    return at, ent
            elif pronoun == "it" and ent.head in PLURAL_NOMINALS:
                continue  # figures and data are "they", not "it"
            elif pronoun == "they" and ent.head == "act":
                continue  # a law is "it": "the Claimants rely on section 34(2) of the Act, which … They argue"
            elif ent.kind == "work" or not ent.person:
                return at, ent
        return None

    def person_named_before(self, text: str, offset: int, reach: int = 400, named: dict[str, str] | None = None,
                            anywhere: bool = False, accept: Callable[[str], bool] = lambda name: True
                            ) -> tuple[int, Entity] | None:
        """The person whose family name the text writes last before offset, in this sentence or
        the two before (at most `reach` characters): a source already cited, or one of the
        people the text names in full (``named``: family key -> full name, those ``accept`` takes),
        then made a source: "Welch disputes that. He told …" is Welch; "Mr Asante-Ruiz pointed to
        the review. He said …" is Kwame Asante-Ruiz.  A person not cited counts only as the subject
        opening a sentence, unless ``anywhere`` ("Eine der Patientinnen ist Anneliese Brunner.")."""
        lo, best = max(0, offset - reach), None
        ends = [m.end() for m in re.finditer(r"[.!?][\"”’“»]?\s+", text[lo:offset])]
        if len(ends) >= 3:  # this sentence and the two before
            lo += ends[-3]
        people: dict[str, Entity | str] = {fold(full.split()[-1]): full for full in (named or {}).values()
                                           if accept(full)}
        for ent in self.sources.values():
            if ent.person and ent.authors and ent.authors[0].family and accept(ent.name or ""):
                people[fold(ent.authors[0].family)] = ent
        for family, who in people.items():
            cited = isinstance(who, Entity)
            shown = who.authors[0].family if cited else who.split()[-1]
            pattern = r"\b" if cited or anywhere else (
                r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s)|(?<=\n))"  # a sentence or a paragraph
                r"(?:[*_]*\d{1,2}[:.]\d\d[*_]*\s*[—–-]\s*)?"  # after a live blog's time: "10:05 — Kerry Dunmore"
                r"(?:(?:The|[A-Z][\w-]*['’]s)\s+[a-z]+,\s+)?"  # "The mayor, Petra Olund, met us", "Stennock's mayor, …"
                r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+|(?:[A-Z][\w’'-]+\s+){1,4})?")  # "Kestrian Infrastructure Minister Rafael Duarte"
            found = list(re.finditer(pattern + re.escape(shown) + r"\b", text[lo:offset]))
            if not cited and not anywhere:  # "When I spoke to Dr Amos Feld last Tuesday, he told me"
                found += re.finditer(_INTERVIEWED + re.escape(shown) + r"\b", text[lo:offset])
            for m in found:
                if not cited and _BYLINE.match(m.group()):
                    continue  # the writer's own byline speaks for no one quoted
                if best is None or lo + m.start() > best[0]:
                    best = (lo + m.start(), who)
        if best is None or isinstance(best[1], Entity):
            return best
        full = best[1]
        return best[0], self.source(full, True, author_for(full, True))

    def source(self, name: str, person: bool, author: Author) -> Entity:
        key = fold(name)
        ent = self.sources.get(key)
        if ent is None:
            ent = Entity(kind="source", name=name, person=person, authors=[author])
            self.sources[key] = ent
            self.entities.append(ent)
        return ent

    def new_work(self, head: str | None, type_: str) -> Entity:
        ent = Entity(kind="work", head=head, type=type_)
        self.entities.append(ent)
        return ent

    def retitled(self, ent: Entity, title: str) -> Entity:
        """Another work like ``ent`` but titled ``title``: a work has one title, so "a 2016
        report by X titled “T2”" after X's 2016 report “T1” is a second report."""
        other = replace(ent, title=title, authors=list(ent.authors), descriptors=list(ent.descriptors))
        self.entities.append(other)
        return other

    def last_work(self, head: str | None = None, singular: bool = False) -> Entity | None:
        works = [e for e in self.entities if e.kind == "work" and not (singular and e.head in PLURAL_NOMINALS)]
        if head in _OWN_KIND_HEADS:  # "the survey" is no earlier memo
            same = [e for e in works if e.head == head or (e.title and head in e.title.lower())]
            return same[-1] if same else None
        same = [e for e in works if head and (e.head == head or (e.title and head in e.title.lower()))]
        if same or not works:
            return same[-1] if same else None  # "that audit": the audit, not a later review
        last = works[-1]  # "the study" after "a paper by X"; not "the valuation" after an investigation
        return None if head in GENRE_HEADS and last.head in GENRE_HEADS | {"investigation", "story", "article"} else last

    def work_by(self, author_key: str, date: str | None = None) -> Entity | None:
        for ent in reversed(self.entities):
            if ent.kind == "work" and author_key in ent.author_keys():
                if date and ent.date and ent.date[:len(date)] != date[:len(ent.date)]:
                    continue
                return ent
        return None

    def work_described(self, words: set[str]) -> Entity | None:
        for ent in reversed(self.entities):
            if ent.kind == "work" and ent.describes(words):
                return ent
        return None
