"""Field comparisons used by the scorer: folding, names, dates, pages, titles, URLs, DOIs.

Every function takes a gold value and a predicted value (either may be None) and returns
whether the prediction is right under the rules of the gold README.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote

from rapidfuzz import fuzz, utils

CONTAINER_THRESHOLD = 90
SOURCE_THRESHOLD = 70

_DASHES = re.compile(r"\s*[-\u2010-\u2015\u2212]+\s*")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def fold(value: Any) -> str:
    """NFC, case-fold, collapse every run of white space into one space, strip."""
    text = unicodedata.normalize("NFC", str(value)).casefold()
    return " ".join(text.split())


def is_empty(value: Any) -> bool:
    """None, an empty or blank string, an empty list or dict."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple, set, dict)):
        return not value
    return False


def family(name: str) -> str:
    """The folded family name of a "Family, Given" string; an organisation's whole name."""
    head = name.split(",", 1)[0] if "," in name else name
    return fold(head)


def as_list(value: Any) -> list[str]:
    """A list of non-empty strings from a list, a ';'/','-separated string, or None."""
    if is_empty(value):
        return []
    if isinstance(value, str):
        return [part for part in re.split(r"[;,]", value) if part.strip()]
    if isinstance(value, Iterable):
        return [str(v) for v in value if not is_empty(v)]
    return [str(value)]


def authors_as_set(gold: Any, predicted: Any) -> bool:
    """Document metadata: the sets of family names are equal."""
    gold_list = gold if isinstance(gold, list) else as_list(gold)
    pred_list = predicted if isinstance(predicted, list) else []
    return {family(a) for a in gold_list} == {family(str(a)) for a in pred_list}


def authors_in_order(readings: list[list[str]], predicted: Any) -> bool:
    """References: the family names, in order, equal those of one of the gold readings."""
    pred = [family(str(a)) for a in (predicted or [])]
    return any([family(a) for a in reading] == pred for reading in readings)


def date_matches(gold: Any, predicted: Any) -> bool:
    """The prediction agrees with the gold date to the precision the gold gives.

    Gold "2024" accepts "2024-03-05"; gold "2024-03-22" needs the full date.
    """
    if is_empty(predicted):
        return False
    g, p = str(gold).strip(), str(predicted).strip()
    return p[: len(g)] == g and (len(p) == len(g) or p[len(g)] in "-T ")


def pages_equal(gold: Any, predicted: Any) -> bool:
    """Page ranges equal once '-', '--', '–' and '—' are one separator and an abbreviated end is
    written out ("211-24" is "211-224")."""
    if is_empty(predicted):
        return False
    return _full_range(_DASHES.sub("-", fold(gold))) == _full_range(_DASHES.sub("-", fold(predicted)))


def _full_range(pages: str) -> str:
    m = re.fullmatch(r"(\d+)-(\d+)", pages)
    if not m or len(m.group(2)) >= len(m.group(1)):
        return pages
    first, last = m.groups()
    return f"{first}-{first[:len(first) - len(last)]}{last}"


def title_key(value: Any) -> str:
    """Case-folded, with every character that is not a letter or digit removed."""
    return "".join(ch for ch in fold(value) if ch.isalnum())


def titles_equal(gold: Any, predicted: Any) -> bool:
    """Titles equal after case-folding and stripping punctuation and white space."""
    return not is_empty(predicted) and title_key(gold) == title_key(predicted)


def containers_match(gold: Any, predicted: Any) -> bool:
    """Token-set ratio >= 90 (rapidfuzz default processing: lower case, alphanumerics)."""
    if is_empty(predicted):
        return False
    score = fuzz.token_set_ratio(str(gold), str(predicted), processor=utils.default_process)
    return score >= CONTAINER_THRESHOLD


def url_key(value: Any) -> str:
    """A URL percent-decoded and stripped of surrounding white space and angle brackets."""
    return unquote(str(value).strip().strip("<>"))


def urls_equal(gold: Any, predicted: Any) -> bool:
    """URLs equal after percent-decoding (otherwise strict: case, slashes, query)."""
    return not is_empty(predicted) and url_key(gold) == url_key(predicted)


def doi_key(value: Any) -> str:
    """A DOI without resolver prefix, case-folded (DOIs are case-insensitive)."""
    return fold(_DOI_PREFIX.sub("", unquote(str(value).strip())))


def dois_equal(gold: Any, predicted: Any) -> bool:
    return not is_empty(predicted) and doi_key(gold) == doi_key(predicted)


def isbns_equal(gold: Any, predicted: Any) -> bool:
    """ISBNs compare by their digits (hyphenation is presentation)."""
    digits = lambda v: re.sub(r"[^0-9Xx]", "", str(v)).upper()  # noqa: E731
    return not is_empty(predicted) and digits(gold) == digits(predicted)


_ORDINALS = {w: str(i) for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}


def editions_equal(gold: Any, predicted: Any) -> bool:
    """"2nd", "2nd ed.", "Second" and "2" are one edition."""
    def number(v: Any) -> str:
        text = fold(v)
        m = re.match(r"\d+", text)
        return m.group() if m else _ORDINALS.get(text.split(" ")[0], text)
    return not is_empty(predicted) and number(gold) == number(predicted)


_NUMBER_WORDS = re.compile(r"\b(?:no|nos|nr|number|num)\b\.?|#")


def number_core(value: Any) -> str:
    """A document number without the label printed before it: "NPHI Report 2035:4", "Policy
    Brief No. 11" -> "2035:4", "11" (a build keeps the label apart, as BibTeX's ``type``)."""
    words = _NUMBER_WORDS.sub(" ", fold(value)).split()
    return words[-1] if words else ""


def numbers_equal(gold: Any, predicted: Any) -> bool:
    """The same document number, with or without its label."""
    return not is_empty(predicted) and (fold(gold) == fold(predicted) or number_core(gold) == number_core(predicted))


def sets_equal(gold: Any, predicted: Any) -> bool:
    """Lists (keywords) compared as sets of folded strings."""
    return {fold(v) for v in as_list(gold)} == {fold(v) for v in as_list(predicted)}


def folded_equal(gold: Any, predicted: Any) -> bool:
    """Generic rule: equal after case- and white-space folding; lists compare as sets."""
    if isinstance(gold, list):
        return sets_equal(gold, predicted)
    return not is_empty(predicted) and fold(gold) == fold(predicted)


def names_match(work_names: Iterable[str], source_names: Iterable[str]) -> bool:
    """Any pair of names has a token-set ratio >= 70 (attribution source matching)."""
    sources = [s for s in source_names if not is_empty(s)]
    for name in work_names:
        if is_empty(name):
            continue
        for source in sources:
            score = fuzz.token_set_ratio(name, source, processor=utils.default_process)
            if score >= SOURCE_THRESHOLD:
                return True
    return False
