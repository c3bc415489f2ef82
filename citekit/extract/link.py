"""Link an inline citation marker to the reference entry it cites: names, year, suffix."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from citekit.extract.inline import YEAR, Marker
from citekit.extract.normalize.fold import fold
from citekit.models import Fields


@lru_cache(maxsize=4096)  # (a document's markers are tried against each of its entries)
def _split_names(names: str) -> tuple[tuple[str, ...], bool, tuple[str, ...]]:
    """Family names cited, whether ``et al.`` follows them, and the names as cited (folded)."""
    etal = bool(re.search(r"\bet\s+al\b", names))
    names = re.sub(r",?\s*\bet\s+al\b\.?", "", names)
    parts = [fold(p) for p in re.split(r"\s*(?:,\s*(?:and|&)\s+|,\s+|\s+and\s+|\s*&\s*)", names) if fold(p)]
    return tuple(p.split()[-1] for p in parts), etal, tuple(parts)


def _name_score(names: str, fields: Fields) -> float:
    """0–100: how well the cited names fit the entry's authors (or title, for no-author works)."""
    cited, etal, whole = _split_names(names)
    families = [fold(a.name_key) for a in (fields.authors or fields.editors)]
    quoted = names.lstrip()[:1] in "\"'“‘"  # a short title stands for the author
    if cited and families and not quoted:
        firsts = families[0].split()
        if len(families) == 1 and len(firsts) >= 2 and fuzz.ratio(fold(names), families[0]) >= 90:
            return 100.0  # a body's whole name, "and" in it: "Ministry of Energy and Infrastructure"
        words = whole[0].split()
        if len(words) >= 3 or len(words) == 2 and len(firsts) >= 2:
            # a body's name cited whole ("National Assembly Select Committee on Public Service Pensions",
            # "Statistics Karsland"), not any name with its last word ("Karsland Pensions Authority")
            first = fuzz.ratio(whole[0], families[0]) >= 90 or set(words) <= set(firsts)
        else:
            first = cited[0] in firsts or fuzz.ratio(cited[0], families[0]) >= 90
        if first:
            if any(c not in f.split() for c, f in zip(cited[1:], families[1:])):
                return 50.0
            # "(A & B)" names every author of a two-author work; "(A et al.)" means more than one
            if (etal and len(families) == 1) or (not etal and len(families) != len(cited) and len(families) < 3):
                return 80.0
            return 100.0
    flat = fold(names).replace(" ", "")
    if len(flat) < 3:
        return 0.0
    candidates = [fields.title] if quoted else [a.name_key for a in fields.authors or fields.editors] if families else [
        fields.title, fields.publisher, fields.institution, fields.container]  # (a work with authors is cited by them)
    best = 0.0
    for candidate in filter(None, candidates):
        target = fold(candidate).replace(" ", "")[: len(flat) + 3]
        best = max(best, fuzz.ratio(flat, target))
        if len(target) >= len(flat):
            best = max(best, fuzz.partial_ratio(flat, target) - 5)
    if cited and families and not quoted and all(_acronym_match(c, families) for c in cited):
        best = max(best, 95.0)
    return best


def _acronym(name: str) -> str:
    return "".join(w[0] for w in name.split() if w not in ("of", "and", "the", "for", "on", "de"))


def _acronym_match(cited: str, families: list[str]) -> bool:
    """``WHO`` cites "World Health Organization" (an organisation's initials) or "WHO" itself."""
    return any(cited == f or (len(cited) >= 2 and " " in f and cited == _acronym(f)) for f in families)


def _head_score(names: str, raw: str) -> float:
    """90 when the cited names open the entry as printed ("WHO (World …) and UNICEF (…)")."""
    cited, _, _ = _split_names(names)
    words = _head_words(raw)
    if cited and cited[0] in words[:2] and all(c in words for c in cited):
        return 90.0
    return 0.0


@lru_cache(maxsize=4096)
def _head_words(raw: str) -> tuple[str, ...]:
    """The words an entry prints before its year."""
    return tuple(fold(re.split(rf"\b{YEAR}\b", raw, maxsplit=1)[0]).split())


def link(marker: Marker, entries: list[Fields], raws: list[str] | None = None) -> None:
    """Point the marker at the best-fitting entry: names first, then year and suffix letter.

    ``raws`` are the entries as printed, for names the parse normalised away (acronyms)."""
    year = marker.year[:4] if marker.year and marker.year[:4].isdigit() else None
    ranked = []
    for index, fields in enumerate(entries, start=1):
        if year and fields.year and fields.year != year:
            continue
        if year and not fields.year:
            continue
        score = _name_score(marker.names, fields)
        if raws and not marker.names.lstrip().startswith(("\"", "“")):
            head = _head_score(marker.names, raws[index - 1])
            # a list is ordered by what each entry prints first: prefer the entry the name opens
            score = max(score, head) if score < 90 else score - (0 if head else 5)
        if score >= 85:
            ranked.append((score, index))
    if not ranked:
        return
    top = max(s for s, _ in ranked)
    tied = [i for s, i in ranked if s == top]
    suffix = marker.year[4:] if marker.year else ""
    pick = tied[0]
    if suffix and len(tied) > 1 and ord(suffix) - ord("a") < len(tied):
        pick = tied[ord(suffix) - ord("a")]
    marker.reference, marker.score = pick, top / 100
