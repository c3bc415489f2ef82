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
    confidence: float = 0.0  # reported, not decisive: the checks above decide


def _main_title(title: str) -> str:
    return fold(title.split(":")[0])


def validate(wanted: Fields, got: Fields, score: object, query: str) -> Verdict:
    """Accept ``got`` as the work ``wanted`` describes, or say why not.

    The confidence is the product of four agreements in [0, 1]: relevance per query word
    (capped at the threshold), title similarity, first-author similarity (1 when the reference
    names nobody, 0.5 when only the reference names someone) and year (1 same or unknown, 0.9 one
    apart, 0.5 further).
    """
    words = max(1, len(query.split()))
    per_word = score / words if isinstance(score, (int, float)) else None
    relevance = 1.0 if per_word is None else min(1.0, per_word / MIN_SCORE_PER_WORD)
    similarity = same_main = 0.0
    if wanted.title and got.title:
        similarity = fuzz.token_sort_ratio(fold(wanted.title), fold(got.title))
        same_main = _main_title(wanted.title) == _main_title(got.title) and len(_main_title(got.title)) > 12
    a, b = wanted.authors or wanted.editors, got.authors or got.editors
    na, nb = (fold(a[0].name_key), fold(b[0].name_key)) if a and b else ("", "")
    names = (100.0 if na == nb else fuzz.ratio(na, nb)) if a and b else (50.0 if a else 100.0)
    gap = abs(int(wanted.year) - int(got.year)) if wanted.year and got.year else 0
    confidence = round(relevance * max(similarity, 100.0 * same_main) / 100 * names / 100
                       * (1.0 if gap == 0 else 0.9 if gap == 1 else 0.5), 3)

    def no(reason: str) -> Verdict:
        return Verdict(False, reason, confidence)

    if per_word is not None and per_word < MIN_SCORE_PER_WORD:
        return no(f"score {score:g} is weak for {words} query words")
    if not wanted.title or not got.title:
        return no("no title to compare")
    if similarity < TITLE_MIN and not same_main:
        return no(f"titles differ (similarity {similarity:.0f})")
    if a and b and names < NAME_MIN:
        return no(f"first authors differ ({a[0].name_key} / {b[0].name_key})")
    if a and not b and not (wanted.year and got.year and wanted.year == got.year):
        return no("the hit names no author and the years do not confirm it")
    if gap > 1:
        return no(f"years differ ({wanted.year} / {got.year})")
    return Verdict(True, f"validated match (title similarity {similarity:.0f})", confidence)
