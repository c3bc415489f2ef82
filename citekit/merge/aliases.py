"""One body, one name across the corpus (one job: the names of bodies and people, corpus-wide).

Documents name one body differently, and an acronym defined in one document is often used bare
in another.  Before clustering, the bodies of prose attributions get one name:

- "Lakeland Basin Commission (LBC)": the name without its acronym, which it defines;
- "the Lakeland Basin Commission's": the name without the possessive;
- "LBC": the one body of the corpus that a record defines it for, or whose initials (small words
  skipped) it is; of two or more, the one its document's affair means (``Affairs``);
- "Ground, Lakeland" (a body read as a person): the body that another record names in those
  words;
- "Information Security Agency": the one body of the corpus whose name is that with one more
  word in front ("National Information Security Agency"), when it has at least three words;
  "Crisis Group", of two words, when that word is "International", "National", "World" or the like.

A reference entry's group author written as an acronym ("SFIB (2027) …") gets the name the same
way; its other names are as the entry wrote them.

A person quoted by their family name alone ("Governor Renn says", in a text that never gives
the first name) is the one person of the corpus with that family name and a first name, or of
two or more the one the document's affair means (``unify_people``).
"""

from __future__ import annotations

import re
from collections import defaultdict

from citekit.extract.attributions.lexicon import INSTITUTION_HEADS
from citekit.extract.attributions.names import initials, is_acronym, org_key
from citekit.extract.normalize.fold import fold
from citekit.merge.identity import is_personal_communication
from citekit.models import Author, Fields, Mention

# The first word of a body's name that its short name leaves out ("Crisis Group": the
# International Crisis Group)
_QUALIFIERS = {"international", "national", "world", "global", "united", "european", "african", "federal", "royal"}
_DEFINED = re.compile(r"^(?P<name>\S.*?\S)\s+\((?P<acro>[A-Z][A-Za-z&]{1,11})\)$")
_POSSESSIVE = re.compile(r"[’']s?$")


def _clean(literal: str) -> tuple[str, str | None]:
    """The name without a trailing possessive or defined acronym, and that acronym."""
    name = literal.strip()
    if name.endswith(("’s", "'s", "s’", "s'")):
        name = _POSSESSIVE.sub("", name).rstrip()
    m = _DEFINED.match(name)
    return (m.group("name"), m.group("acro")) if m else (name, None)


def _bodies(fields: Fields) -> list[str]:
    return [a.literal for a in fields.authors if a.literal] + ([fields.institution] if fields.institution else [])


def unify_bodies(mentions: list[Mention]) -> None:
    """Give the bodies of the attribution mentions one name each across the corpus (see the module)."""
    attributions = [m for m in mentions if m.kind == "attribution"]
    full: dict[str, str] = {}  # org_key -> a full name as written
    defined: dict[str, set[str]] = defaultdict(set)  # acronym -> org_keys of the names defining it
    for m in attributions:
        for literal in _bodies(m.fields):
            name, acro = _clean(literal)
            if is_acronym(name) or len(name.split()) < 2:
                continue
            full.setdefault(org_key(name), name)
            if acro:
                defined[acro].add(org_key(name))
    affairs: Affairs | None = None  # made when an acronym first needs it
    by_initials: dict[str, set[str]] = defaultdict(set)
    longer: dict[str, set[str]] = defaultdict(set)  # org_key -> keys of the names it ends, one word shorter
    for key, name in full.items():
        if letters := initials(name):
            by_initials[letters].add(key)
        words = key.split()
        if len(words) >= 4 or len(words) == 3 and words[0] in _QUALIFIERS and name.istitle():
            longer[" ".join(words[1:])].add(key)

    def rename(literal: str, document: str) -> str:
        nonlocal affairs
        name, _ = _clean(literal)
        if name in defined or is_acronym(name):
            keys = defined.get(name) or by_initials.get(name.replace(".", "")) or set()
            if len(keys) > 1:
                affairs = affairs or Affairs(mentions)
                keys = affairs.choose(keys, document)
            if len(keys) == 1:
                return full[next(iter(keys))]
        elif len(keys := longer.get(org_key(name), set())) == 1:
            return full[next(iter(keys))]  # "the Information Security Agency": the National one, the corpus's only
        return name

    for m in attributions:
        f = m.fields
        authors = []
        for a in f.authors:
            if a.literal:
                authors.append(Author(literal=rename(a.literal, m.document)))
            elif a.family and a.given and f.note != "personal communication" \
                    and org_key(f"{a.given} {a.family}") in full:
                authors.append(Author(literal=full[org_key(f"{a.given} {a.family}")]))
            else:
                authors.append(a)
        institution = rename(f.institution, m.document) if f.institution else None
        if authors != f.authors or institution != f.institution:
            m.fields = f.model_copy(update={"authors": authors, "institution": institution})
    for m in mentions:  # a reference entry's group author by its acronym: "SFIB (2027) …"
        if m.kind == "reference" and any(a.literal and is_acronym(a.literal) for a in m.fields.authors):
            authors = [Author(literal=rename(a.literal, m.document)) if a.literal and is_acronym(a.literal) else a
                       for a in m.fields.authors]
            if authors != m.fields.authors:
                m.fields = m.fields.model_copy(update={"authors": authors})


class Affairs:
    """Which of two or more names a document means, by the names its citing mentions give
    (bodies by ``org_key``, people as "given family" folded): the one it names, else the one
    whose documents name the most of the names it names too (the same affair), else the one
    whose own words ("Karsland") its names use; a tie: all of them."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.named: dict[str, set[str]] = defaultdict(set)  # document -> the names it gives
        for m in mentions:
            if m.kind not in ("attribution", "reference"):
                continue
            for literal in _bodies(m.fields):
                name, _ = _clean(literal)
                if not is_acronym(name) and len(name.split()) >= 2:
                    self.named[m.document].add(org_key(name))
            self.named[m.document].update(person_key(a) for a in m.fields.authors if a.given and a.family)
        self.naming: dict[str, set[str]] = defaultdict(set)  # name -> the documents giving it
        for document, names in self.named.items():
            for name in names:
                self.naming[name].add(document)
        self._around: dict[str, set[str]] = {}

    def around(self, name: str) -> set[str]:
        """The names that the documents giving ``name`` give."""
        if name not in self._around:
            self._around[name] = set().union(*(self.named[d] for d in self.naming[name]))
        return self._around[name]

    def choose(self, names: set[str], document: str) -> set[str]:
        context = self.named.get(document, set())
        if len(here := names & context) == 1:
            return here
        if len(best := _unique_best({n: len(context & self.around(n) - names) for n in names})) == 1:
            return best
        words = {w for name in context for w in name.split()}
        own = {n: set(n.split()) - INSTITUTION_HEADS - {w for other in names - {n} for w in other.split()}
               for n in names}
        return _unique_best({n: len(own[n] & words) for n in names}) or names


def person_key(author: Author) -> str:
    return fold(f"{author.given} {author.family}")


def _unique_best(scores: dict[str, int]) -> set[str]:
    best = max(scores.values())
    winners = {key for key, n in scores.items() if n == best}
    return winners if best > 0 and len(winners) == 1 else set()


def unify_people(mentions: list[Mention]) -> None:
    """Give a person quoted by family name alone the first name of the corpus's one person of
    that family name, or of two or more the one its document's affair means (``Affairs``)."""
    said = [m for m in mentions if m.kind == "attribution" and is_personal_communication(m.fields)]
    named: dict[str, dict[str, Author]] = defaultdict(dict)  # folded family name -> person_key -> the person
    for m in said:
        for a in m.fields.authors:
            if a.family and a.given:
                named[fold(a.family)].setdefault(person_key(a), a)
    affairs = None
    for m in said:
        authors = []
        for a in m.fields.authors:
            known = named.get(fold(a.family), {}) if a.family and not a.given else {}
            keys = set(known)
            if len(keys) > 1:
                affairs = affairs or Affairs(mentions)
                keys = affairs.choose(keys, m.document)
            if len(keys) == 1:
                person = known[next(iter(keys))]
                a = a.model_copy(update={"family": person.family, "given": person.given})
            authors.append(a)
        if authors != m.fields.authors:
            m.fields = m.fields.model_copy(update={"authors": authors})
