"""One body, one name across the corpus (one job: the names of bodies and people, corpus-wide).

Documents name one body differently, and an acronym defined in one document is often used bare
in another.  Before clustering, the bodies of prose attributions get one name:

- "Lakeland Basin Commission (LBC)": the name without its acronym, which it defines;
- "the Lakeland Basin Commission's": the name without the possessive;
- "LBC": the one body of the corpus that a record defines it for, or whose initials (small words
  skipped) it is; of two or more, the one its document names, else the one whose documents
  name the most bodies and people that its document names too (the same affair), else the one
  whose own words ("Karsland") its document's names use; a tie leaves it as it is;
- "Ground, Lakeland" (a body read as a person): the body that another record names in those
  words;
- "Information Security Agency": the one body of the corpus whose name is that with one more
  word in front ("National Information Security Agency"), when it has at least three words.

A person quoted by their family name alone ("Governor Renn says", in a text that never gives
the first name) is the one person of the corpus with that family name and a first name, when
there is exactly one (``unify_people``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from citekit.extract.attributions.lexicon import INSTITUTION_HEADS
from citekit.extract.attributions.names import initials, is_acronym, org_key
from citekit.extract.normalize.fold import fold
from citekit.merge.identity import is_personal_communication
from citekit.models import Author, Fields, Mention

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
    named = _names_by_document(mentions)
    naming: dict[str, set[str]] = defaultdict(set)  # org_key -> the documents naming it
    for document, keys in named.items():
        for key in keys:
            naming[key].add(document)
    around: dict[str, set[str]] = {}  # org_key -> the names of the documents naming it

    def neighbours(key: str) -> set[str]:
        if key not in around:
            around[key] = set().union(*(named[d] for d in naming[key]))
        return around[key]
    by_initials: dict[str, set[str]] = defaultdict(set)
    longer: dict[str, set[str]] = defaultdict(set)  # org_key -> keys of the names it ends, one word shorter
    for key, name in full.items():
        if letters := initials(name):
            by_initials[letters].add(key)
        words = key.split()
        if len(words) >= 4:
            longer[" ".join(words[1:])].add(key)

    def rename(literal: str, document: str) -> str:
        name, _ = _clean(literal)
        if name in defined or is_acronym(name):
            keys = defined.get(name) or by_initials.get(name.replace(".", "")) or set()
            if len(keys) > 1:
                keys = _in_context(keys, named.get(document, set()), neighbours)
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


def _names_by_document(mentions: list[Mention]) -> dict[str, set[str]]:
    """document -> the bodies (org_key) and people ("given family", folded) its citing mentions name."""
    named: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind not in ("attribution", "reference"):
            continue
        for literal in _bodies(m.fields):
            name, _ = _clean(literal)
            if not is_acronym(name) and len(name.split()) >= 2:
                named[m.document].add(org_key(name))
        named[m.document].update(fold(f"{a.given} {a.family}") for a in m.fields.authors if a.given and a.family)
    return named


def _in_context(keys: set[str], context: set[str], neighbours: Callable[[str], set[str]]) -> set[str]:
    """Of the bodies an acronym may stand for, the one a document means (see the module); a tie
    keeps them all."""
    if len(here := keys & context) == 1:
        return here
    shared = {key: len(context & neighbours(key) - keys) for key in keys}
    if len(best := _unique_best(shared)) == 1:
        return best
    words = {w for name in context for w in name.split()}
    own = {key: set(key.split()) - INSTITUTION_HEADS - {w for other in keys - {key} for w in other.split()}
           for key in keys}
    return _unique_best({key: len(own[key] & words) for key in keys}) or keys


def _unique_best(scores: dict[str, int]) -> set[str]:
    best = max(scores.values())
    winners = {key for key, n in scores.items() if n == best}
    return winners if best > 0 and len(winners) == 1 else set()


def unify_people(mentions: list[Mention]) -> None:
    """Give a person quoted by family name alone the first name of the corpus's one person of
    that family name (see the module); two such people leave the name as it is."""
    said = [m for m in mentions if m.kind == "attribution" and is_personal_communication(m.fields)]
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)  # folded family name -> (family, given)
    for m in said:
        for a in m.fields.authors:
            if a.family and a.given:
                named[fold(a.family)].add((a.family, a.given))
    for m in said:
        authors = []
        for a in m.fields.authors:
            known = named.get(fold(a.family), set()) if a.family and not a.given else set()
            if len(known) == 1:
                family, given = next(iter(known))
                a = a.model_copy(update={"family": family, "given": given})
            authors.append(a)
        if authors != m.fields.authors:
            m.fields = m.fields.model_copy(update={"authors": authors})
