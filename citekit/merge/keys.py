"""Readable, stable citation keys: ``<name><year><first significant title word>``.

Keys once written are pinned: a work that matches a pinned identity keeps its key.  New
works that clash with a taken key get ``a``, ``b``, … suffixes, in a deterministic order.
"""

from __future__ import annotations

import re
from string import ascii_lowercase

from anyascii import anyascii

from citekit.models import Work

STOPWORDS = frozenset(
    "a an and are as at be but by de del der des di die du el en et for from how in into is it "
    "its la le les of on or over the their this to under und unto upon vs was what when where "
    "which who why with".split()
)


def _words(text: str) -> list[str]:
    """ASCII words; hyphens and apostrophes inside a word join it ("Al-Amin's" -> alamins)."""
    text = re.sub(r"(?<=\w)['’-](?=\w)", "", text)
    return re.findall(r"[a-z0-9]+", anyascii(text).lower())


def _significant(text: str) -> list[str]:
    return [w for w in _words(text) if w not in STOPWORDS and not w.isdigit() and len(w) > 1]


def body_key(name: str) -> str:
    """A body's part of a key: the initials of a long name ("Special Inspector General for
    Afghanistan Reconstruction" -> sigar, "United Nations Security Council" -> unsc), the words
    of a short one joined ("World Bank" -> worldbank, "The Soufan Center" -> soufancenter), its
    acronym as it is ("OECD" -> oecd): not "united", "uniteda", "unitedb" for every United body.
    A body only described in lower case ("a private, London-based firm") gives its first word."""
    words = _significant(name)
    if not words or not name.lstrip("“\"'(")[:1].isupper():
        return words[0] if words else ""
    return "".join(w[0] for w in words) if len(words) >= 4 else "".join(words)


def base_key(work: Work) -> str:
    """The key before clash suffixes, e.g. ``smith2023water``."""
    f = work.fields
    title_words = _significant(f.title or f.note or "")
    name = ""
    people = f.authors or f.editors  # an edited volume is keyed by its first editor
    if people:
        first = people[0]
        if first.literal:
            name = body_key(first.literal)
        elif name_words := _words(first.family or ""):
            name = name_words[-1]
    elif f.institution or f.publisher:
        name = body_key(f.institution or f.publisher or "")
    if not name and not title_words and f.url:  # a bare link: the site, then its path
        host, _, path = f.url.split("://", 1)[-1].partition("/")
        labels = [w for w in host.lower().split(".") if w not in ("www", "m", "en")]
        name = _words(labels[0])[0] if labels and _words(labels[0]) else ""
        segments = [seg for seg in path.split("?")[0].split("/") if _significant(seg.replace("-", " "))]
        title_words = _significant(segments[-1].replace("-", " "))[:1] if segments else []
    if not name and title_words:
        name = title_words.pop(0)
    title = title_words[0] if title_words else ""
    if not name and work.document:  # an untitled corpus document: its file name
        name = "".join(_words(work.document))
    return (name + (f.year or "") + title) or "anon"


def suffixed(base: str, taken: set[str]) -> str:
    """``base`` if free, else the first free ``base`` + a, b, …, z, aa, ab, …"""
    if base not in taken:
        return base
    n = 0
    while True:
        letters, k = "", n
        while True:
            letters = ascii_lowercase[k % 26] + letters
            k = k // 26 - 1
            if k < 0:
                break
        if base + letters not in taken:
            return base + letters
        n += 1


def assign_keys(works: list[Work], identities: list[list[str]], pinned: dict[str, list[str]]) -> None:
    """Set ``work.key`` on every work: pinned keys first, then fresh keys in sorted order.

    ``identities[i]`` are work i's identity strings; ``pinned`` maps old keys to theirs.
    """
    owner: dict[str, str] = {}
    shared: set[str] = set()  # an identity two pinned works had (a URL both cite) decides nothing
    for key, ids in pinned.items():
        for ident in set(ids):
            if owner.setdefault(ident, key) != key:
                shared.add(ident)
    for ident in shared:
        del owner[ident]
    taken: set[str] = set()
    fresh = []
    for work, ids in zip(works, identities):
        # The strongest identity decides (document, identifiers, then the author-year-title
        # fingerprint, which unrelated works without a title or author can share).
        key = next((owner[i] for i in ids if i in owner and owner[i] not in taken), None)
        if key:
            work.key = key
            taken.add(key)
        else:
            fresh.append(work)
    taken |= set(pinned)  # a removed work's key is not handed to another work in the same build
    fresh.sort(key=lambda w: (base_key(w), w.fields.date or "", (w.fields.title or "").lower(), w.document or ""))
    for work in fresh:
        work.key = suffixed(base_key(work), taken)
        taken.add(work.key)
