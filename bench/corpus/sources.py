"""The shared pool of cited works: journal articles, books, reports (some in look-alike
series), news pages; with a Zipf-like popularity for drawing them.

Look-alike series are works by one body with titles that differ only in an ordinal, a year or
an issue number ("Twelfth report of the … Monitoring Team" 2021 vs "Thirteenth report" 2022,
"Economic Outlook, Volume 2023 Issue 1" vs "Issue 2"): they share a ``series`` id and must
never be merged.
"""

from __future__ import annotations

import bisect
import random
import re
from dataclasses import dataclass, field

from bench.corpus import vocab


@dataclass(frozen=True)
class Person:
    family: str
    given: str  # one or two given names, e.g. "Maria Elena"

    def initials(self, sep: str = " ") -> str:
        return sep.join(f"{g[0]}." for g in self.given.split())


@dataclass(frozen=True)
class Body:
    """An organisation as author or speaker."""

    name: str
    short: str
    variants: tuple[str, ...] = ()


Author = Person | Body


@dataclass(frozen=True)
class Source:
    id: str
    kind: str  # article | book | report | webpage
    authors: tuple[Author, ...]
    year: int
    title: str
    month: int | None = None
    day: int | None = None
    journal: tuple[str, str] | None = None  # (full, abbreviation)
    volume: str | None = None
    issue: str | None = None
    pages: tuple[int, int] | None = None
    doi: str | None = None
    publisher: str | None = None
    place: str | None = None
    url: str | None = None
    outlet: str | None = None
    report_number: str | None = None
    un_symbol: str | None = None
    series: str | None = None  # look-alike group id

    @property
    def body(self) -> Body | None:
        first = self.authors[0] if self.authors else None
        return first if isinstance(first, Body) else None


@dataclass
class Pool:
    """All sources, and cumulative Zipf weights for drawing them (by index)."""

    sources: list[Source]
    cumulative: list[float] = field(default_factory=list)
    reports: list[int] = field(default_factory=list)  # indices of body-authored works
    report_cumulative: list[float] = field(default_factory=list)

    def draw(self, rng: random.Random, k: int, *, reports_only: bool = False) -> list[Source]:
        """``k`` distinct sources, popular ones more often (Zipf-like)."""
        cum = self.report_cumulative if reports_only else self.cumulative
        members = self.reports if reports_only else range(len(self.sources))
        k = min(k, len(members))
        chosen: list[int] = []
        seen: set[int] = set()
        tries = 0
        while len(chosen) < k and tries < k * 20:
            tries += 1
            i = members[bisect.bisect_left(cum, rng.random() * cum[-1])]
            if i not in seen:
                seen.add(i)
                chosen.append(i)
        return [self.sources[i] for i in chosen]


def make_title(rng: random.Random, patterns: list[str]) -> str:
    topic, topic2 = rng.sample(vocab.TOPICS, 2)
    text = rng.choice(patterns).format(
        topic=topic, Topic=topic[0].upper() + topic[1:], topic2=topic2,
        place=rng.choice(vocab.PLACES), region=rng.choice(vocab.REGIONS))
    return text[0].upper() + text[1:]


def person(rng: random.Random) -> Person:
    given = rng.choice(vocab.GIVEN)
    if rng.random() < 0.3:
        given += " " + rng.choice(vocab.GIVEN)
    return Person(rng.choice(vocab.FAMILY), given)


def _body(rng: random.Random) -> Body:
    name, short, variants = rng.choice(vocab.BODIES)
    return Body(name, short, tuple(variants))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60]


def _article(rng: random.Random, sid: str) -> Source:
    n = rng.choices([1, 2, 3, 4, 6], weights=[25, 30, 25, 12, 8])[0]
    year = rng.randint(1995, 2024)
    first = rng.randint(1, 900)
    journal = rng.choice(vocab.JOURNALS)
    doi = None
    if rng.random() < 0.7:
        code = "".join(w[0] for w in journal[0].split() if w[0].isupper()).lower()
        doi = f"10.{rng.randint(1000, 9999)}/{code}.{year}.{rng.randint(100, 99999)}"
    return Source(sid, "article", tuple(person(rng) for _ in range(n)), year,
                  make_title(rng, vocab.TITLE_PATTERNS), month=rng.randint(1, 12), journal=journal,
                  volume=str(rng.randint(5, 120)), issue=str(rng.randint(1, 12)),
                  pages=(first, first + rng.randint(8, 30)), doi=doi)


def _book(rng: random.Random, sid: str) -> Source:
    publisher, place = rng.choice(vocab.PUBLISHERS)
    n = rng.choices([1, 2, 3], weights=[60, 30, 10])[0]
    return Source(sid, "book", tuple(person(rng) for _ in range(n)), rng.randint(1985, 2024),
                  make_title(rng, vocab.BOOK_PATTERNS), publisher=publisher, place=place)


def _report(rng: random.Random, sid: str) -> Source:
    body = _body(rng)
    year = rng.randint(2005, 2024)
    title = make_title(rng, vocab.REPORT_PATTERNS)
    domain = _slug(body.short or body.name).replace("-", "") + ".org"
    return Source(sid, "report", (body,), year, title, month=rng.randint(1, 12),
                  publisher=body.name, url=f"https://www.{domain}/publications/{year}/{_slug(title)}")


def _webpage(rng: random.Random, sid: str) -> Source:
    outlet, domain = rng.choice(vocab.OUTLETS)
    year, month, day = rng.randint(2010, 2024), rng.randint(1, 12), rng.randint(1, 28)
    title = make_title(rng, vocab.NEWS_PATTERNS)
    n = rng.choices([1, 2], weights=[80, 20])[0]
    return Source(sid, "webpage", tuple(person(rng) for _ in range(n)), year, title,
                  month=month, day=day, outlet=outlet,
                  url=f"https://www.{domain}/{year}/{month:02d}/{day:02d}/{_slug(title)}")


def _series(rng: random.Random, first_id: int, group: str) -> list[Source]:
    """2–4 consecutive works of one series: same body, title differing by number or year."""
    kind = rng.randrange(4)
    size = rng.randint(2, 4)
    out = []
    if kind == 0:  # UN monitoring team reports, yearly, ordinal + UN symbol
        council = Body(*vocab.BODIES[0][:2], tuple(vocab.BODIES[0][2]))
        team = rng.choice(["Analytical Support and Sanctions Monitoring Team",
                           "Panel of Experts on " + rng.choice(vocab.PLACES)])
        start_ord, start_year = rng.randint(5, 14), rng.randint(2012, 2020)
        resolution = rng.randint(1900, 2700)
        for i in range(size):
            year = start_year + i
            title = (f"{vocab.ORDINALS[start_ord + i]} report of the {team} submitted pursuant "
                     f"to resolution {resolution} ({start_year - 1})")
            symbol = f"S/{year}/{rng.randint(100, 999)}"
            out.append(Source(f"S{first_id + i:06d}", "report", (council,), year, title,
                              month=rng.randint(1, 12), publisher="United Nations",
                              un_symbol=symbol, series=group,
                              url=f"https://undocs.org/{symbol}"))
    elif kind == 1:  # outlook with two issues a year
        body = Body("Organisation for Economic Co-operation and Development", "OECD")
        year = rng.randint(2015, 2023)
        for i in range(size):
            vol_year, number = year + i // 2, i % 2 + 1
            title = f"OECD Economic Outlook, Volume {vol_year} Issue {number}"
            out.append(Source(f"S{first_id + i:06d}", "report", (body,), vol_year, title,
                              month=6 if number == 1 else 12, publisher=body.name,
                              report_number=f"{vol_year}/{number}", series=group))
    elif kind == 2:  # situation reports, numbered, same year
        body = Body("World Health Organization", "WHO")
        disease = rng.choice(["cholera", "mpox", "dengue", "measles", "Ebola virus disease"])
        place = rng.choice(vocab.PLACES)
        year, number = rng.randint(2015, 2024), rng.randint(3, 60)
        for i in range(size):
            title = f"Multi-country outbreak of {disease}, {place}: External situation report {number + i}"
            out.append(Source(f"S{first_id + i:06d}", "report", (body,), year, title,
                              month=min(12, 2 + i), publisher=body.name,
                              report_number=str(number + i), series=group))
    else:  # annual reports of one body
        name, short, variants = rng.choice(vocab.BODIES)
        body = Body(name, short, tuple(variants))
        year = rng.randint(2010, 2021)
        for i in range(size):
            title = f"Annual Report {year + i}"
            out.append(Source(f"S{first_id + i:06d}", "report", (body,), year + i + 1, title,
                              month=rng.randint(3, 7), publisher=name, series=group))
    return out


def build_pool(rng: random.Random, size: int, *, exponent: float = 0.9) -> Pool:
    """``size`` sources (ids ``S000000``…), about 6 % of them in look-alike series."""
    sources: list[Source] = []
    series_count = 0
    series_titles: set[tuple[str, int]] = set()
    makers = [_article, _book, _report, _webpage]
    while len(sources) < size:
        if rng.random() < 0.02:
            group = f"G{series_count:04d}"
            series = _series(rng, len(sources), group)
            if any((s.title, s.year) in series_titles for s in series):
                continue  # the same report twice would be one work, not two look-alikes
            series_count += 1
            series_titles.update((s.title, s.year) for s in series)
            sources.extend(series)
            continue
        maker = rng.choices(makers, weights=[55, 12, 20, 13])[0]
        sources.append(maker(rng, f"S{len(sources):06d}"))
    sources = sources[:size]
    # Popularity rank is independent of kind: shuffle a rank order, weight by it.
    order = list(range(len(sources)))
    rng.shuffle(order)
    weights = [0.0] * len(sources)
    for rank, i in enumerate(order, start=1):
        weights[i] = 1.0 / rank**exponent
    cumulative, total = [], 0.0
    for w in weights:
        total += w
        cumulative.append(total)
    reports = [i for i, s in enumerate(sources) if s.body is not None]
    rep_cum, total = [], 0.0
    for i in reports:
        total += weights[i]
        rep_cum.append(total)
    return Pool(sources, cumulative, reports, rep_cum)
