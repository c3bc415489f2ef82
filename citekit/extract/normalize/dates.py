"""Dates in references -> ISO prefixes (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``).

English, French, German, Spanish, Italian, Portuguese and Russian month names; numeric dates
(dotted are day-first; slashed follow ``day_first``, else the unambiguous reading, else US).
"""

from __future__ import annotations

import re
from calendar import monthrange

_MONTH_NAMES: dict[int, str] = {
    1: "january jan janvier janv januar jänner jän enero ene gennaio gen janeiro januari января январь янв",
    2: "february feb febr février fevrier févr fevr februar febrero febbraio fevereiro fev februari февраля февраль фев",
    3: "march mar mars märz maerz marz marzo março marco maart марта март",
    4: "april apr avril avr abril abr aprile apr апреля апрель апр",
    5: "may mai mayo maggio mag maio mei мая май",
    6: "june jun juin juni junio giugno giu junho июня июнь июн",
    7: "july jul juillet juil juli julio luglio lug julho июля июль июл",
    8: "august aug août aout agosto ago augustus августа август авг",
    9: "september sept sep septembre septiembre setiembre settembre set setembro сентября сентябрь сент сен",
    10: "october oct octobre okt oktober octubre ottobre ott outubro out октября октябрь окт",
    11: "november nov novembre noviembre novembro ноября ноябрь ноя",
    12: "december dec décembre decembre déc dezember dez diciembre dic dicembre dezembro декабря декабрь дек",
}
MONTHS: dict[str, int] = {w: n for n, names in _MONTH_NAMES.items() for w in names.split()}
_MON = r"(?P<mon>[^\W\d_]{3,10})\.?"  # any word; _value keeps month names only (a big alternation is slow)
_Y = r"(?P<y>1[4-9]\d\d|20\d\d)"
_D = r"(?P<d>[0-3]?\d)"
_SEASONS = r"(?:spring|summer|fall|autumn|winter|printemps|été|automne|hiver|frühjahr|frühling|sommer|herbst|winter)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("ymd", re.compile(r"(?<![\d.])" + _Y + r"[-/](?P<m>[01]?\d)[-/]" + _D + r"(?!\d)")),
    ("dmy", re.compile(r"(?<!\d)" + _D + r"(?:st|nd|rd|th|er|e|º|°)?\.?\s*(?:de\s+)?" + _MON
                       + r",?\s*(?:de\s+|del\s+)?" + _Y + r"(?!\d)(?:\s*г(?:ода|\.)?)?", re.I)),
    ("mdy", re.compile(_MON + r"\s*" + _D + r"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2})?,?\s+" + _Y + r"(?!\d)", re.I)),
    ("ymd_name", re.compile(r"(?<!\d)" + _Y + r"[a-z]?,?\s+" + _MON + r"(?:\s*" + _D + r"(?![\d:]))?", re.I)),
    ("my", re.compile(_MON + r",?\s*(?:de\s+)?" + _Y + r"(?!\d)", re.I)),
    ("season", re.compile(_SEASONS + r",?\s+" + _Y + r"(?!\d)", re.I)),
    ("dotted", re.compile(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>1[4-9]\d\d|20\d\d)(?!\d)")),
    ("slashed", re.compile(r"(?<![\d/])(?P<a>[0-3]?\d)[/-](?P<b>[0-3]?\d)[/-](?P<y>1[4-9]\d\d|20\d\d)(?!\d)")),
    ("year", re.compile(r"(?<![\w/.-])" + _Y + r"(?:[a-z]|[A-Z](?![A-Za-z]))?(?!\w)")),
]
_ANY_SEASON = re.compile(_SEASONS, re.I)
_NEEDS_MONTH = {"dmy", "mdy", "ymd_name", "my"}
_UNDATED = re.compile(r"^\W*(?:n\.?\s?d|no date|undated|s\.?\s?f|o\.\s?j|б\.\s?г)\W*$", re.I)
_DIGITS = re.compile(r"\d{4}")
_JUST_YEAR = re.compile(r"^\W*(1[4-9]\d\d|20\d\d)[a-z]?\W*$")
_ISO_MONTH = re.compile(r"^\s*(1[4-9]\d\d|20\d\d)-(0[1-9]|1[0-2])\s*$")


def _iso(y: str, m: int | None = None, d: int | None = None) -> str | None:
    year = int(y)
    if m is None:
        return f"{year:04d}"
    if not 1 <= m <= 12:
        return None
    if d is None:
        return f"{year:04d}-{m:02d}"
    if not 1 <= d <= monthrange(year, m)[1]:
        return None
    return f"{year:04d}-{m:02d}-{d:02d}"


def _value(kind: str, m: re.Match[str], day_first: bool | None) -> str | None:
    g = m.groupdict()
    mon = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    d = int(g["d"]) if g.get("d") else None
    if kind in _NEEDS_MONTH:
        return _iso(g["y"], mon, d) if mon else None
    if kind in ("ymd", "dotted"):
        return _iso(g["y"], int(g["m"]), d)
    if kind == "slashed":
        a, b = int(g["a"]), int(g["b"])
        if day_first is None:
            day_first = a > 12 >= b
        return _iso(g["y"], b, a) if day_first else _iso(g["y"], a, b)
    return _iso(g["y"])


def find_dates(text: str, day_first: bool | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping dates in ``text`` as (start, end, ISO value), left to right."""
    found: list[tuple[int, int, str]] = []
    if not _DIGITS.search(text):
        return found
    seasons = bool(_ANY_SEASON.search(text))
    for kind, rx in _PATTERNS:
        if kind == "season" and not seasons:
            continue
        for m in rx.finditer(text):
            value = _value(kind, m, day_first)
            if value:
                found.append((m.start(), m.end(), value))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for start, end, value in found:
        if out and start < out[-1][1]:
            continue
        out.append((start, end, value))
    return out


def parse_date(text: str | None, day_first: bool | None = None) -> str | None:
    """The first date in ``text`` as an ISO prefix; None for 'n.d.' or no date."""
    if not text or _UNDATED.match(text):
        return None
    m = _JUST_YEAR.match(text)
    if m:
        return m.group(1)
    m = _ISO_MONTH.match(text)
    if m:
        return f"{m.group(1)}-{m.group(2)}"
    found = find_dates(text, day_first)
    return found[0][2] if found else None


def normalize_date_fields(rec: dict) -> dict:
    """Record normaliser: ``date`` and ``urldate`` to ISO prefixes (unparsable -> dropped)."""
    for key in ("date", "urldate"):
        if isinstance(rec.get(key), str):
            rec[key] = parse_date(rec[key])
    return rec


_ACCESSED = re.compile(r"(?:accessed|retrieved|viewed|consulted|visited|abgerufen|consulté|consultado)\W*(?:on\W*)?$", re.I)
_URL = re.compile(r"(?:https?://|www\.|doi:\s*|10\.\d{4,}/)\S+", re.I)
_MONTH_WORD = "(?:" + "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True)) + r")\.?"
_DAY_MONTH = re.compile(r"(?<![\w.])(?:" + _D + r"\s+(?P<mon>" + _MONTH_WORD + r")|(?P<mon2>" + _MONTH_WORD
                        + r")\s+(?P<d2>[0-3]?\d))(?![\w/-]|,?\s*\d)", re.I)


def fuller_date(raw: str, year: str, title: str | None = None) -> str | None:
    """A reference dated by its year alone that prints a fuller date of that year outside its
    title ("…, statement on casualties, 16 September 2030", "(2030) … Direction …, 1 October"):
    that date, when it is the only one (an access date and a URL's path aside); else None."""
    raw = _URL.sub(lambda m: " " * len(m.group()), raw)  # ("…/report/2021/05/13/…": no printed date)
    at = raw.lower().find(title.lower()) if title else -1
    inside = (at, at + len(title)) if at >= 0 and title else (0, 0)

    def free(start: int, end: int) -> bool:
        return not (inside[0] <= start and end <= inside[1]) and not _ACCESSED.search(raw[max(0, start - 25):start])

    found = {value for start, end, value in find_dates(raw) if value[:4] == year and len(value) > 4 and free(start, end)}
    if not found:  # a day and month with no year of their own: the entry's year
        for m in _DAY_MONTH.finditer(raw):
            mon = MONTHS.get((m.group("mon") or m.group("mon2") or "").lower().rstrip("."))
            day = m.group("d") or m.group("d2")
            if mon and free(m.start(), m.end()) and (value := _iso(year, mon, int(day))):
                found.add(value)
    return found.pop() if len(found) == 1 else None
