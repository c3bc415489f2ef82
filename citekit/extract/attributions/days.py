"""The day a source spoke, relative to the document's own date (one job: days of statements).

"X said on Monday" (or "On Monday, X said") in a text of Tuesday 29 September 2026 is 28 September; "said on Sept. 2",
"announced on 2 September" are that day of the text's year (of the year before when the month
is still to come); "said yesterday" is the day before the text, "today" its own day; the same in
French, Spanish, German and Italian ("a déclaré mardi", "dès le 2 mars", "el 3 de marzo", "hier").  Only the clause right after
the cue is read: "told several hundred people on the harbour wall on Monday", not a later
sentence or quoted speech.
"""

from __future__ import annotations

import datetime as _dt
import re

from citekit.extract.normalize.dates import MONTHS

_WEEKDAYS = {d: i % 7 for i, d in enumerate(
    "monday tuesday wednesday thursday friday saturday sunday "
    "lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo "
    "montag dienstag mittwoch donnerstag freitag samstag sonntag lunedì martedì mercoledì giovedì venerdì sabato "
    "domenica segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split())}
_DAY_MONTH = (r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?P<m1>[A-Z][a-z]{2,8})\b(?!\.?,?\s*\d)"  # "2 September"
              r"|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?!,?\s*\d)")  # "Sept. 2"
# French, Spanish, German, Italian, Portuguese, Dutch: "(dès) le 2 mars", "el 2 de marzo", "am 2. März", "il 2 marzo",
# "em 2 de março", "a 2 de março", "op 2 maart", "mardi", "hier"
_FOREIGN_DAY = (r"(?i:(?:dès\s+)?le|el|am|il|em|a|no\s+dia|op)\s+"
                r"(?P<d3>[0-3]?\d)(?:er|\.)?\s+(?:de\s+)?(?P<m3>[^\W\d_]{3,9})\b(?!\.?,?\s*\d)"
                r"|\b(?P<wd2>(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|"
                r"viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedì|martedì|"
                r"mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|"
                r"sexta-feira|"
                r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag))\b")
_WHEN = re.compile(r"\bon\s+(?:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|" + _DAY_MONTH + r")"
                   r"|\b(?P<yesterday>yesterday|hier|ayer|gestern|ieri|ontem|gisteren)\b"
                   r"|\b(?P<today>today|aujourd'hui|hoy|heute|oggi|hoje|vandaag)\b"
                   r"|" + _FOREIGN_DAY)
_CLAUSE_END = re.compile(r"[;:“”\"—–(]|(?<!\b\d)(?<!\b[0-3]\d)[.!?](?=\s+[A-Z“\"]|\s*$)")
# ("Sept. 2" and the German "am 6. April" are no sentence end)
REACH = 90  # characters after the cue that may still belong to its clause


def doc_day(doc_date: str | None) -> _dt.date | None:
    """The document's own day, when its date gives one."""
    if not doc_date or len(doc_date) < 10:
        return None
    try:
        return _dt.date.fromisoformat(doc_date[:10])
    except ValueError:
        return None


def _iso(m: re.Match, today: _dt.date) -> str | None:
    """The day of a "2 September" / "Sept. 2" match without a year: in the text's year, or the
    year before when that day is still to come."""
    groups = m.groupdict()
    name, day = next((groups[f"m{n}"], groups[f"d{n}"]) for n in (1, 2, 3) if groups.get(f"m{n}"))
    month = MONTHS.get(name.lower())
    if not month:
        return None
    year = today.year - 1 if (month, int(day)) > (today.month, today.day) else today.year
    try:
        return _dt.date(year, month, int(day)).isoformat()
    except ValueError:
        return None


def spoken_on(after: str, doc_date: str | None) -> str | None:
    """The ISO day given at the start of ``after`` (the text right after a cue), or None."""
    today = doc_day(doc_date)
    if today is None:
        return None
    clause = after[:REACH]
    if end := _CLAUSE_END.search(clause):
        clause = clause[:end.start()]
    m = _WHEN.search(clause)
    if not m:
        return None
    if m.group("yesterday"):
        return (today - _dt.timedelta(days=1)).isoformat()
    if m.group("today"):
        return today.isoformat()
    if weekday := m.group("wd") or m.group("wd2"):
        back = (today.weekday() - _WEEKDAYS[weekday.lower()]) % 7
        return (today - _dt.timedelta(days=back)).isoformat()
    return _iso(m, today)


_LEADING = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:[Oo]n|(?:At|Before|Speaking\s+(?:at|to|before)|Appearing\s+before)"
                      r"\s+[^,;:.!?\n]{3,80}?\s+on)\s+(?P<when>[^,;:.!?\n]{1,25}?),?\s*$")


def spoken_before(before: str, doc_date: str | None) -> str | None:
    """The ISO day of a sentence opening "On 8 May, …" / "On Monday, …" / "Before the banking
    committee on 10 June, …" that ``before`` (the text up to the source's name) ends with, or None."""
    m = _LEADING.search(before[-160:])
    return spoken_on(" on " + m.group("when"), doc_date) if m else None


_SITTING = re.compile(r"^\s*(?i:(?:session|sitting|hearing|meeting)(?:\s+held)?\s+(?:of|on))\s+"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<d>[0-3]?\d)\s+(?P<m>[A-Z][a-z]+)\s+(?P<y>\d{4})",
                      re.M)


def sitting_day(head: str) -> str | None:
    """The day a record of proceedings was heard ("Session held on Wednesday 11 August 2027",
    "Sitting of Tuesday 13 October 2026"): what its witnesses said was said that day, whenever
    the record was published."""
    m = _SITTING.search(head)
    month = MONTHS.get(m.group("m").lower()) if m else None
    if not month:
        return None
    try:
        return _dt.date(int(m.group("y")), month, int(m.group("d"))).isoformat()
    except ValueError:
        return None


_SET_OFF_DAY = re.compile(r"\s*\(\s*(?:" + _DAY_MONTH + r")\s*\)\s*\.?$")
# with its year: "(24 April 2027)", "(24. April 2027)", "(April 24, 2027)"
_SET_OFF_DATE = re.compile(r"\s*\(\s*(?:(?P<d>[0-3]?\d)\.?\s+(?P<m>[^\W\d_]{3,9})|(?P<m2>[^\W\d_]{3,9})\.?\s+(?P<d2>[0-3]?\d),?)"
                           r"\s+(?P<y>\d{4})\s*\)\s*\.?$")


def set_off_day(item: str, doc_date: str | None) -> tuple[str, str | None]:
    """A source-list item without its day in brackets, and that day ("Headwater Notes (3 June)"
    in a text of 5 June 2026: 2026-06-03); the item as it is, and None, without one."""
    if (dated := _SET_OFF_DATE.search(item)) and (month := MONTHS.get((dated.group("m") or dated.group("m2")).lower())):
        try:
            day = _dt.date(int(dated.group("y")), month, int(dated.group("d") or dated.group("d2")))
        except ValueError:
            return item, None
        return item[:dated.start()], day.isoformat()
    today = doc_day(doc_date)
    m = _SET_OFF_DAY.search(item)
    if today is None or m is None:
        return item, None
    return item[:m.start()], _iso(m, today)
