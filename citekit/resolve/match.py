"""Is a bibliographic search hit the work a reference describes?  Validation, apart from fetching.

A hit is accepted only when all of these hold: Crossref's relevance score, divided by the
number of query words (scores grow with query length), reaches ``MIN_SCORE_PER_WORD``; the
titles agree (token-sort similarity >= ``TITLE_MIN``, or the same main title before a
subtitle); the first authors' family names agree when both sides name people; the years are
at most one apart (online-first vs print) when both have one.  The thresholds are set by
hand, not yet calibrated on a labelled sample.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from citekit.extract.normalize.fold import fold
from citekit.models import Fields

MIN_SCORE_PER_WORD = 1.0
TITLE_MIN = 90
NAME_MIN = 85


@dataclass(frozen=True)
class Verdict:
    accepted: bool
    reason: str


def _main_title(title: str) -> str:
    return fold(title.split(":")[0])


def validate(wanted: Fields, got: Fields, score: object, query: str) -> Verdict:
    """Accept ``got`` as the work ``wanted`` describes, or say why not."""
    words = max(1, len(query.split()))
    if isinstance(score, (int, float)) and score / words < MIN_SCORE_PER_WORD:
        return Verdict(False, f"score {score:g} is weak for {words} query words")
    if not wanted.title or not got.title:
        return Verdict(False, "no title to compare")
    similarity = fuzz.token_sort_ratio(fold(wanted.title), fold(got.title))
    same_main = _main_title(wanted.title) == _main_title(got.title) and len(_main_title(got.title)) > 12
    if similarity < TITLE_MIN and not same_main:
        return Verdict(False, f"titles differ (similarity {similarity:.0f})")
    a, b = wanted.authors or wanted.editors, got.authors or got.editors
    if a and b:
        na, nb = fold(a[0].name_key), fold(b[0].name_key)
        if na != nb and fuzz.ratio(na, nb) < NAME_MIN:
            return Verdict(False, f"first authors differ ({a[0].name_key} / {b[0].name_key})")
    elif a and not b and not (wanted.year and got.year and wanted.year == got.year):
        return Verdict(False, "the hit names no author and the years do not confirm it")
    if wanted.year and got.year and abs(int(wanted.year) - int(got.year)) > 1:
        return Verdict(False, f"years differ ({wanted.year} / {got.year})")
    return Verdict(True, f"validated match (title similarity {similarity:.0f})")
