"""Which records may merge beyond what their fields alone say.

- **Statements stay in their document.** An untitled, undated statement of a body or person
  ("the WHO said", "according to the World Food Programme") is that source speaking in one
  document: two documents quoting the WHO quote two statements, not one work.  So is an
  untitled, undated report ("the EEA, in its annual assessment, reported"): two documents
  describing "a report" of one body may describe two.  Such records are scoped to their
  document before clustering; anything titled, dated or identified still merges across
  documents.
- **An unnamed report is its body's only report of that date.** A group known only by body and
  date ("a June 2023 UN report", "IDMC, 2025", "a 2025 study by Mbeki and Tran": people who
  wrote a work together are one maker) joins the one titled work of that maker and year
  in the corpus, when there is exactly one (of that month, when the mention gives one); with two
  candidates it stays
  apart, so two reports of one body are never merged through it.  A titled work dated only by its
  year is a candidate for a mention dated to the month ("published in May" and "Global Report
  2025 (2025)") when it is a report too (a web page of that year is not), unless the corpus knows unnamed reports of that body in two months of that year:
  then the year-only work could be either.
- **An unnamed report of an ambiguous date stays in its document.** When the corpus knows two
  titled works of one body from that month (or, for a mention dated by its year, that year),
  "its March 2016 report" in two documents may be two reports: each mention is scoped to its
  document for clustering, as a statement is, and joins no titled work, unless its own document
  cites exactly one of them: the text's own reference list tells which report it means.  The
  mentions left are then one untitled work of that body and month (next rule): one entry cited by
  many texts, not one entry per text, and never one of the titled reports.
- **A survey is not a review.** A group the texts call a kind of document ("the union's
  survey", "EURA's interim review": ``Fields.genre``) joins, by either rule above, only a work
  called that kind too or titled with its head word ("Household Survey 2025").
- **One unnamed report, however its body is written.** Two unnamed reports of one body with the
  same date and type are one work (``source_key``), also when one names the body as its
  institution too ("the LBC reported in February" against "a February report by the LBC"):
  what tells them apart is the body, the date, the type and the note, not where the name sits;
  a number of its own makes a report another one.
- **One person, one source.** What a person is quoted as saying, on any day and under any office,
  is one work (``identity.source_key``): the person is the source; what they wrote (a letter, a
  post) is another work.
- **One body, one day, one work.** What a body is said to have said or published on a given day
  ("the Fund said on 12 June", "the Fund's payout figures, published on 12 June") is one work,
  unless two of them have different titles or numbers; people's words stay theirs.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from citekit.extract.attributions.names import org_key
from citekit.extract.normalize.fold import fold
from citekit.merge.identity import is_personal_communication
from citekit.models import Fields

_SCOPE = "\x00scope:"


def is_statement(fields: Fields) -> bool:
    """Known only by who made it: no title, date or identifier.  A statement ("the WHO said"),
    and just as much an unnamed, undated report ("the EEA, in its annual assessment, reported"),
    or one whose maker the text only describes ("the vendor's advisory": a lower-case
    institution) or does not give at all ("a statement posted", "the survey found"): nothing
    tells two documents' mentions of it apart from another such work.
    Not what a person said, dated or not: one person is one source (``is_personal_communication``)."""
    return (not is_personal_communication(fields) and not fields.title and not fields.date and not fields.url and not fields.doi
            and not fields.un_symbol and not fields.isbn and not fields.arxiv
            and (bool(fields.authors) or fields.maker_described or not (fields.institution or fields.container)))


def scoped(fields: Fields, document: str, ambiguous: set[tuple[str, str]] | frozenset = frozenset()) -> Fields:
    """The record as clustering sees it: a statement, or an unnamed report whose body and date
    are in ``ambiguous`` (:func:`ambiguous_dates`), carries its document in its identity."""
    if not is_statement(fields) and not _ambiguous(fields, ambiguous):
        return fields
    return fields.model_copy(update={"note": f"{fields.note or ''}{_SCOPE}{document}"})


def _dates(date: str) -> set[str]:
    """The year and, when given, the month of an ISO date."""
    return {date[:4], date[:7]}


def ambiguous_dates(records: list[Fields]) -> set[tuple[str, str]]:
    """(body, year or month) pairs for which the records know titled works of two or more
    titles: an unnamed report of that body and date ("its March 2016 report") could be any of
    them, so two documents' mentions of one are not taken for the same work."""
    titles: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in records:
        if f.title and f.date:
            title = fold(f.title)
            for body in _bodies(f):
                for date in _dates(f.date):
                    titles[(body, date)].add(title)
    return {key for key, seen in titles.items() if len(seen) > 1}


def _ambiguous(fields: Fields, ambiguous: set[tuple[str, str]] | frozenset) -> bool:
    if not ambiguous or _unnamed_key(fields) is None:
        return False
    date = fields.date[:7] if len(fields.date) >= 7 else fields.date[:4]
    return any((body, date) in ambiguous for body in _bodies(fields))


_org_key = lru_cache(maxsize=100_000)(org_key)  # a corpus names its bodies thousands of times


def _bodies(fields: Fields) -> set[str]:
    """The makers a record names: its bodies' keys, and its people as one key ("people:mbeki+tran")
    when people alone wrote it."""
    names = [a.literal for a in fields.authors if a.literal]
    if fields.institution and not fields.maker_described:
        names.append(fields.institution)
    keys = {key for key in map(_org_key, names) if key}
    people = [fold(a.family) for a in fields.authors if a.family and not a.literal]
    if people and len(people) == len(fields.authors):
        keys.add(PEOPLE + "+".join(people))
    return keys


PEOPLE = "people:"


def _unnamed_key(fields: Fields) -> tuple | None:
    """What tells an untitled, dated record of a body apart from another (``identity.source_key``
    with the body's names as a set, wherever they are written); None for other records."""
    if fields.title or not fields.date or fields.url or fields.doi or fields.un_symbol or fields.report_number \
            or fields.isbn or fields.arxiv or not fields.authors or not all(a.literal for a in fields.authors):
        return None
    bodies = _bodies(fields)
    if not bodies:
        return None
    date = fields.date[:7] if fields.type == "report" else fields.date  # a body's report is cited by its month
    return fields.type, frozenset(bodies), date, fold(fields.note or "")


def _join_same_unnamed(groups: list[list[int]], records: list[Fields],
                       documents: list[str | None] | None) -> list[list[int]]:
    """Groups of untitled, dated records of one body, date, type and note joined into one."""
    first: dict[tuple, int] = {}
    into: dict[int, int] = {}
    for g, group in enumerate(groups):
        keys = {_unnamed_key(records[r]) for r in group}
        if len(keys) != 1 or None in keys:
            continue
        key = keys.pop()
        into[g] = first.setdefault(key, g)
    return _regroup(groups, {g: t for g, t in into.items() if g != t}, documents)


def _join_same_day(groups: list[list[int]], records: list[Fields],
                   documents: list[str | None] | None) -> list[list[int]]:
    """Groups of one body dated to the same day joined into one: "the Fund said on 12 June" in one
    document and "the Fund's payout figures, published on 12 June" in another are that day's
    statement of the Fund, whatever each text calls it.  Never when they differ in title (at most
    one may have one), in number, DOI or link, or when people rather than a body made them."""
    first: dict[tuple[str, str], int] = {}
    into: dict[int, int] = {}
    marks: dict[int, tuple[set, set]] = {}
    for g, group in enumerate(groups):
        members = [records[r] for r in group]
        days = {f.date for f in members if f.date and len(f.date) == 10}
        bodies = set().union(*(_org_bodies(f) for f in members))
        if len(days) != 1 or not bodies or any(a.family and not a.literal for f in members for a in f.authors) \
                or any(f.date and not next(iter(days)).startswith(f.date) for f in members):
            continue
        day = next(iter(days))
        titles = {fold(f.title) for f in members if f.title}
        numbers = {n for f in members for n in (f.report_number, f.un_symbol, f.doi, f.url) if n}
        target = next((first[(body, day)] for body in sorted(bodies) if (body, day) in first), None)
        if target is None:
            marks[g] = (titles, numbers)
            for body in bodies:
                first[(body, day)] = g
            continue
        t_titles, t_numbers = marks[target]
        if len(t_titles | titles) <= 1 and len(t_numbers | numbers) <= 1:
            into[g] = target
            t_titles |= titles
            t_numbers |= numbers
            for body in bodies:
                first.setdefault((body, day), target)
    return _regroup(groups, into, documents)


def _org_bodies(fields: Fields) -> set[str]:
    """The bodies (not people) a record names as its makers."""
    return {key for key in map(_org_key, [a.literal for a in fields.authors if a.literal]
                               + ([fields.institution] if fields.institution else [])) if key}


def _regroup(groups: list[list[int]], into: dict[int, int],
             documents: list[str | None] | None = None) -> list[list[int]]:
    """``groups`` with each group ``g`` of ``into`` moved into group ``into[g]`` (never itself
    moved); order kept.  With ``documents`` (None for a corpus document's own record), no move
    puts two corpus documents in one group: each document is a work of its own."""
    if documents is not None:
        holds_document = {g for g, group in enumerate(groups) if any(documents[r] is None for r in group)}
        kept = {}
        for g, target in into.items():
            if g in holds_document and target in holds_document:
                continue
            kept[g] = target
            if g in holds_document:
                holds_document.add(target)
        into = kept
    if not into:
        return groups
    merged: dict[int, list[int]] = {g: list(group) for g, group in enumerate(groups)}
    for g, target in into.items():
        merged[target].extend(merged.pop(g))
    return [sorted(group) for _, group in sorted(merged.items())]


def join_unnamed_reports(groups: list[list[int]], records: list[Fields],
                         documents: list[str | None] | None = None) -> list[list[int]]:
    """``groups`` with each untitled, dated report group joined to its body's only titled work
    of that year (see the module's docstring), after joining the groups of one unnamed report
    written two ways; order kept.  ``documents``: the document each record is cited in (None
    for a corpus document's own record), for :func:`_join_undated`."""
    groups = _join_same_day(_join_same_unnamed(groups, records, documents), records, documents)
    titled: dict[tuple[str, str], set[int]] = defaultdict(set)
    facts, kinds = [], []
    for g, group in enumerate(groups):
        members = [records[r] for r in group]
        title = any(f.title for f in members)
        bodies = set().union(*(_bodies(f) for f in members))
        years = {f.year for f in members if f.year}
        months = {f.date[:7] for f in members if f.date and len(f.date) >= 7}
        report = any(f.type == "report" for f in members)
        facts.append((title, bodies, years, months, report))
        kinds.append(_kinds(members))
        if title and len(years) == 1:
            for body in bodies:
                titled[(body, next(iter(years)))].add(g)
    unnamed_months: dict[tuple[str, str], set[str]] = defaultdict(set)  # months of unnamed reports
    for title, bodies, years, months, report in facts:
        if not title and report and len(years) == 1:
            for body in bodies:
                unnamed_months[(body, next(iter(years)))].update(months)
    into: dict[int, int] = {}
    anchored: dict[int, int] = {}  # record -> group: see _anchored
    for g, (title, bodies, years, months, report) in enumerate(facts):
        if title or not report or len(years) != 1 or not bodies:
            continue
        year = next(iter(years))
        candidates = set().union(*(titled.get((body, year), set()) for body in bodies))
        seen = set().union(*(unnamed_months.get((body, year), set()) for body in bodies))
        scholarly = any(body.startswith(PEOPLE) for body in bodies)
        # "June 2023" needs June, or a report known only by its year when no other month is cited;
        # "a 2024 X report" needs a work the corpus dates more closely than that year, but "a 2025
        # study by Mbeki and Tran" is their one work of 2025
        exact = {c for c in candidates if months and facts[c][3] == months}  # (a work of that very month first)
        candidates = exact or {c for c in candidates if not months and facts[c][3]
                               or months and not facts[c][3] and facts[c][4] and len(seen) <= 1
                               or scholarly and not months and not facts[c][3]}
        candidates = {c for c in candidates if _joinable(kinds[g], kinds[c])
                      and _same_people([records[r] for r in groups[g]], [records[r] for r in groups[c]])}
        if len(candidates) == 1:
            into[g] = candidates.pop()
        elif candidates and documents is not None:
            anchored.update(_anchored(groups, g, candidates, records, documents))
    groups = [group for group in _regroup(_moved(groups, anchored), into, documents) if group]
    return groups if documents is None else _join_undated(groups, records, documents)


def _anchored(groups: list[list[int]], g: int, candidates: set[int], records: list[Fields],
              documents: list[str | None]) -> dict[int, int]:
    """Records of the unnamed report group ``g`` whose own document cites exactly one of the
    ``candidates`` (its body's titled works of that date): "the ICG said in its December 2010
    report" in a text whose reference list holds one ICG report of December 2010 is that one,
    however many the corpus knows.  A record dated to the day looks only at the candidates of
    that day when there are any ("the preliminary report, published on 9 March" is not the
    March statistics the text also cites).  Record -> the candidate group it joins."""
    citing: dict[str, set[int]] = defaultdict(set)  # document -> the candidates it cites
    for c in candidates:
        for r in groups[c]:
            citing[documents[r]].add(c)
    days: dict[str, set[int]] = defaultdict(set)
    for c in candidates:
        for r in groups[c]:
            if records[r].date and len(records[r].date) == 10:
                days[records[r].date].add(c)
    moves = {}
    for r in groups[g]:
        cited = citing.get(documents[r], set()) & (days.get(records[r].date or "") or candidates)
        if len(cited) == 1:
            moves[r] = next(iter(cited))
    return moves


def _moved(groups: list[list[int]], moves: dict[int, int]) -> list[list[int]]:
    """``groups`` with each record of ``moves`` taken from its group into the group given;
    places kept (a group left empty stays, empty)."""
    if not moves:
        return groups
    out = [[r for r in group if r not in moves] for group in groups]
    for r, target in moves.items():
        out[target].append(r)
    return [sorted(group) for group in out]


def _join_undated(groups: list[list[int]], records: list[Fields], documents: list[str | None]) -> list[list[int]]:
    """Each group of an untitled, undated report of a body ("the LBC's annual report", "in its
    review") joined to the one report of that body which the corpus knows by a title or date,
    when that report is cited in other documents only: where one document cites both, its
    own reading kept them apart.  A body's findings ("the LBC estimates": the body named as
    its own institution) are its words, not a report, and stay apart."""
    known: dict[str, set[int]] = defaultdict(set)  # body -> its report groups known by title or date
    undated: list[tuple[int, set[str]]] = []
    kinds = {}
    for g, group in enumerate(groups):
        members = [records[r] for r in group]
        if not all(f.type == "report" for f in members):
            continue
        bodies = set().union(*(_bodies(f) for f in members))
        kinds[g] = _kinds(members)
        if any(f.title or f.date for f in members):
            for body in bodies:
                known[body].add(g)
        elif bodies and not any(f.title or f.date or f.url or f.doi or f.report_number or f.un_symbol or _findings(f)
                                for f in members):  # (a number of its own makes it another report)
            undated.append((g, bodies))
    into: dict[int, int] = {}
    for g, bodies in undated:
        candidates = {c for c in set().union(*(known.get(body, set()) for body in bodies))
                      if _joinable(kinds[g], kinds[c])
                      and _same_people([records[r] for r in groups[g]], [records[r] for r in groups[c]])}
        if len(candidates) != 1:
            continue
        target = candidates.pop()
        if not {documents[r] for r in groups[g]} & {documents[r] for r in groups[target]}:
            into[g] = target
    return _regroup(groups, into, documents)


def _same_people(some: list[Fields], others: list[Fields]) -> bool:
    """No person of one family name is two people here: "Greta Varga" is not "Tomas Varga"
    (initials compared where both give them)."""
    def initials(members: list[Fields]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = defaultdict(set)
        for f in members:
            for a in f.authors:
                if a.family and a.given and not a.literal:
                    out[fold(a.family)].add(fold(a.given)[:1])
        return out

    mine, theirs = initials(some), initials(others)
    return all(mine[family] & theirs[family] for family in mine.keys() & theirs.keys())


def _kinds(members: list[Fields]) -> tuple[set[str], set[str]]:
    """What the members are called ("interim review", "survey": ``Fields.genre``) and the words
    of their titles and series ("Product Recall Notice")."""
    names = " ".join(fold(name) for f in members for name in (f.title, f.series) if name)
    return {f.genre for f in members if f.genre}, set(names.split())


def _joinable(kinds: tuple[set[str], set[str]], target: tuple[set[str], set[str]]) -> bool:
    """A group called a kind of document ("the union's survey", "EURA's interim review") joins
    only a work called that kind too, or titled with its head word ("Household Survey 2025"):
    a body's review is not taken for a report of it known by nothing else."""
    genres, (target_genres, title_words) = kinds[0], target
    return all(_fits(genre, target_genres, title_words) for genre in genres)


def _fits(genre: str, genres: set[str], title_words: set[str]) -> bool:
    words = genre.split()
    if any(g.split()[-1] == words[-1] and (set(words) <= set(g.split()) or set(g.split()) <= set(words))
           for g in genres):
        return True
    # a "preliminary report" is any report not called something else, by the texts or by its title
    return words[-1] in title_words or words[-1] == "report" and not genres and not title_words & _OTHER_KINDS


# Title words that call a work another kind of document than a report ("Port Statistics, March 2027")
_OTHER_KINDS = frozenset("statistics data figures bulletin index outlook yearbook factsheet minutes notice poll "
                         "estimates letter statement speech memo memorandum survey advisory update".split())


def _findings(fields: Fields) -> bool:
    return bool(fields.institution) and _org_key(fields.institution) in {
        _org_key(a.literal) for a in fields.authors if a.literal}
