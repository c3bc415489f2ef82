"""Reference-string parser: one entry -> :class:`~citekit.models.Fields`.

:func:`parse_reference_rules` is the rule-based parser (:func:`~.text.prepare`, a front reader
for authors, date and title, the tail readers for container, locators and publisher, then the
shared normalisers of :mod:`citekit.extract.normalize`). :func:`parse_reference`, which the
build uses, keeps the rules' reading when they are sure of it (confidence >= RULES_TRUSTED) and
otherwise takes the trained labeller's (:mod:`citekit.extract.labeller`) when that is surer:
the model covers the long tail of styles the rules were never written for.
"""

from __future__ import annotations

import re

from citekit.extract.normalize.names import capitalised_name, looks_like_organisation, parse_names, parse_person
from citekit.extract.normalize.numbers import SYMBOL, printed_number

from pydantic import BaseModel, Field

from citekit.extract.attributions.names import is_news_outlet, is_org_like
from citekit.extract.normalize.fold import fold
from citekit.models import Author, Fields

from ..normalize import normalize_record
from ..normalize.dates import find_dates, fuller_date, parse_date
from ..normalize.titles import ITALIC_CLOSE as I1
from ..normalize.titles import ITALIC_OPEN as I0
from .front import Front, read_front
from .tail import (
    _SERIES,
    STANDARD,
    assign_segments,
    is_institution,
    is_media,
    is_publishing_house,
    read_date,
    read_in_container,
    read_locators,
    split_container,
    take_document_number,
    whole_date,
)
from .text import cut_access_date, prepare, split_top

__all__ = ["ParsedReference", "parse_reference", "parse_reference_rules", "STYLES"]

STYLES = ("apa", "chicago", "mla", "harvard", "ieee", "vancouver", "legal", "unknown")


class ParsedReference(BaseModel):
    """One parsed reference: the fields, the style guessed, a confidence and what was doubtful."""

    fields: Fields
    style: str = "unknown"
    confidence: float = 0.0
    problems: list[str] = Field(default_factory=list)


def _guess_style(front: Front, votes: list[str], rec: dict, raw: str, online: bool = False) -> str:
    style = front.style
    if style in ("mla", "unknown", "chicago"):
        if "vancouver" in votes:
            return "vancouver"
        if "chicago" in votes:
            return "chicago"
        if "mla" in votes and style == "mla":
            return "mla"
        if style == "mla" and re.search(r"\(\s*\d{4}\s*\)\s*:", raw):
            return "chicago"
        if style == "unknown" and "mla" in votes and re.search(r"^\S.*\bvol\.\s*\d", raw):
            return "ieee" if front.authors and front.authors.form == "forward" else "mla"
    if re.search(r"\(Accessed:?\s|Available at:", raw) and style in ("apa", "unknown", "mla"):
        return "harvard"
    if style == "mla" and not front.authors and online:
        return "ieee"
    if style == "unknown" and front.title_first and rec.get("_standard") and re.search(r",\s*" + STANDARD + ",", raw):
        return "ieee"  # 'Title, ISO 690:2021, Organisation, …'
    return style


_BY_AUTHOR = re.compile(r"^By\s+(?P<names>[A-Z][^,.;]+?(?:\s+and\s+[A-Z][^,.;]+?)?)\s*[,.]\s*(?P<rest>.*)$", re.S)


RULES_TRUSTED = 0.75  # at or above this confidence the rule parser's reading is kept


def parse_reference(text: str) -> ParsedReference:
    """Parse one reference entry (numbering, Markdown italics and line breaks tolerated): the
    rules first; when they are unsure, the trained labeller's reading if it is surer."""
    also = _SEE_ALSO.search(text)
    parsed = _parse(text[: also.start()] if also else text)
    f = parsed.fields
    if also:  # "…, 17 May 2027; see also NRR press release “…”, 18 May 2027": one work, a pointer to another
        f.note = "; ".join(filter(None, [f.note, also.group("also")]))
    if f.date and len(f.date) == 4 and (fuller := fuller_date(" ".join(cut_access_date(text)[1].split()), f.date, f.title)):
        f.date = fuller
    if not (f.authors or f.editors) and f.title and (m := _MAKER_FIRST.match(f.title)) and _a_maker(m.group("maker")):
        f.authors, f.title = [Author(literal=m.group("maker"))], m.group("rest")  # "Corrin Lake Lines plc, Departure load sheet"
    if not (f.authors or f.editors) and f.title and (sender := _sender(f.title)) is not None:
        f.authors = [sender]  # "Letter from Declan Maybury, Director of …, to the General Secretary, URCU, 23 March 2027"
    if f.title and (", " in f.title or " v " in f.title):
        _trim_title_tail(f)
    return parsed


_SEE_ALSO = re.compile(r"(?<=.{12});\s+(?P<also>(?:see also|see|cf\.)\s.+)$", re.I | re.S)
# Where in a work a note points, as a segment of its own: "pp. 61–88", "paras 8–15", "col. 412", "section 5"
_POINTER = re.compile(r"(?:pp?\.?|pages?|paras?\.?|paragraphs?|cols?\.?|columns?|sections?|ss?\.|tables?|figs?\.|"
                      r"figures?|annex|appendix|chapter|ch\.)\s*[\d\[][\w\[\]().]*(?:\s*(?:[-–]|and|to|&)\s*[\w.]+)*", re.I)
_NEUTRAL_CITATION = re.compile(r"\s*(?P<cite>\[(?:19|20)\d\d\]\s+[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*)?\s+\d+"
                               r"(?:\s*\([A-Za-z]+\))?)(?=\s*(?:,|$))")
_DANGLING = re.compile(r",\s*(?:para|paras|ref|pp?|col|at)\.?$", re.I)


def _trim_title_tail(f: Fields) -> None:
    """Cut what a note prints after its title: its day ("…, 19 January 2028"), where in the
    work it points ("…, paras 8–15", "…, col. 412"), an aside in brackets ("(Annex B)") and a
    dangling "ref"/"para"; the title keeps a date range ("…, 14-20 January 2027") and all the rest."""
    title = _DANGLING.sub("", f.title)
    if (case := _NEUTRAL_CITATION.search(title)) and " v " in title[: case.start()]:
        f.report_number = f.report_number or case.group("cite")  # "R (Okafor) v ESA [2037] EWHC 3187 (Admin)"
        title = title[: case.start()] + title[case.end():]
    parts = split_top(title, ",")
    notes = []
    while len(parts) > 1:
        seg = parts[-1].strip(" .")
        if (aside := re.fullmatch(r"(?P<seg>.*?)\s*\((?P<aside>[^()]+)\)", seg)) and aside.group("seg"):
            seg = aside.group("seg")
        day = whole_date(seg) or (f.date and whole_date(f"{seg} {f.date[:4]}"))  # "1 October" of 2030
        if day and len(day) == 10 and f.date in (None, day):
            f.date = day  # the entry's own day (not "…, October 2026" of an edition, nor an event's day in a title)
        elif number := re.fullmatch(rf"(?:ref\.?\s+)?({SYMBOL})", seg, re.I):
            f.report_number = f.report_number or number.group(1)  # "…, NSSA/DIR/2030/004", "…, ref. NSSA/LA/2029/017"
        elif not _POINTER.fullmatch(seg):  # (the page a note cites is no field of the work)
            break
        if aside:
            notes.append(aside.group("aside"))
        parts.pop()
    kept = ", ".join(p.strip() for p in parts).strip(" ,")
    if kept and kept != f.title:
        f.title = kept
        if notes and not f.note:
            f.note = "; ".join(notes)


_FROM_TO = re.compile(r"(?:Letter|E-?mail|Memo(?:randum)?|Note|Submission)\s+from\s+(?P<who>.+?),?\s+to\s+", re.I)


def _sender(title: str) -> Author | None:
    """Who an untitled letter's description says sent it: the person first named ("Declan
    Maybury, Director of …"), else the body ("Norrhaven Energi AS", "the General Secretary, URCU")."""
    if (m := _FROM_TO.match(title)) is None:
        return None
    parts = [p.strip() for p in m.group("who").split(",") if p.strip()]
    if (person := parse_person(parts[0])) is not None and person.family and not is_org_like(parts[0]):
        return person
    body = next((p for p in parts if capitalised_name(p) and is_org_like(p)), None)
    return Author(literal=body) if body else None


def _a_maker(name: str) -> bool:
    """A body's name opening a title ("Corrin Lake Lines plc", "Ministry of Energy and Infrastructure"):
    capitalised words, organisation-like, no news outlet (that is the container)."""
    return capitalised_name(name) and looks_like_organisation(name) and not is_news_outlet(name)


_MAKER_FIRST = re.compile(r"(?P<maker>[A-Z][^,:;]{2,80}?)\s*[,:]\s+(?P<rest>\S+\s+\S.*)", re.S)


def _parse(text: str) -> ParsedReference:
    rules = parse_reference_rules(text)
    if rules.style == "ieee":
        ieee_venue(" ".join(text.split()), rules.fields)
    if rules.confidence >= RULES_TRUSTED:
        return rules
    from citekit.extract.labeller.model import ModelError
    from citekit.extract.labeller.reference import label_reference

    try:
        labelled = label_reference(text)
    except ModelError as exc:
        rules.problems.append(f"reference model unavailable: {exc}")
        return rules
    if not labelled.is_reference or labelled.confidence <= rules.confidence:
        return rules
    if rules.fields.title and rules.fields.title == labelled.fields.title:
        # same reading of the title: the rules' entry type stands, as it also weighs cues the
        # model never sees (italics) and report-like titles and URL paths
        labelled.fields.type = rules.fields.type
    return ParsedReference(fields=labelled.fields, style=rules.style, confidence=labelled.confidence,
                           problems=[*labelled.problems, f"rule parser unsure ({rules.confidence}): "
                                     f"trained labeller used ({labelled.confidence})"])


_IEEE_JOURNAL_RE = re.compile(r",[\"”]\s+(?!in\s)(?P<venue>[^\"“”]+?),\s+vol\.\s*\d")
_IEEE_PROCEEDINGS_RE = re.compile(r",[\"”]\s+in\s+(?P<venue>[^\"“”]+?\(\w+\)),\s+(?:19|20)\d\d\b")


def ieee_venue(text: str, fields: Fields) -> None:
    """An IEEE entry's venue as written between the title's closing quote and ", vol." (an
    abbreviated journal with commas: "IEEE/ACM Trans. Audio, Speech, Lang. Process., vol. 29"), or
    after "in" up to a conference's acronym and the year ("in Advances in Neural Information
    Processing Systems 30 (NeurIPS), 2017"): no part of it is a publisher."""
    m = _IEEE_JOURNAL_RE.search(text) or _IEEE_PROCEEDINGS_RE.search(text)
    if m is None or not fields.container or fields.container not in m.group("venue"):
        return
    if fields.publisher and fields.publisher in m.group("venue"):
        fields.publisher = None
    fields.container = m.group("venue")
    if m.re is _IEEE_PROCEEDINGS_RE:
        fields.type = "paper-conference"


def parse_reference_rules(text: str) -> ParsedReference:
    """Parse one reference entry with the rules alone."""
    prep = prepare(text)
    problems: list[str] = []
    if not prep.text.strip(" .,;:" + I0 + I1):
        fields = normalize_record({**_ids(prep), "type": "webpage" if prep.ids.get("url") else "misc"})
        return ParsedReference(fields=fields, confidence=0.1 if prep.ids else 0.0,
                               problems=["no text besides identifiers" if prep.ids else "empty reference"])
    front = read_front(prep.text)
    rec: dict = {"title": front.title}
    if front.authors:
        rec["editor" if front.editors_as_authors else "author"] = list(front.authors)
    if front.date:
        rec["date"] = front.date
    votes: list[str] = []
    for d in front.descriptors:
        read_locators(d, rec, votes, False)
    rest = read_in_container(front.rest.strip(" .,;:—–"), rec, votes)
    if (by := _BY_AUTHOR.match(rest)) and not rec.get("author"):  # MLA "Eds. Title. By Author,"
        rec["author"], rest = list(parse_names(by.group("names"))), by.group("rest")
    rest = read_locators(take_document_number(rest, rec), rec, votes, need_date=not front.date)
    if not front.date and not rec.get("date"):
        rest = read_date(rest, rec)
    if not rec.get("date") and not rec.get("_undated"):
        rec["date"] = _last_date(prep.text, front.title)
    has_url = bool(prep.ids.get("url"))
    day_date = bool(re.search(r"\d{4}.*[A-Za-z]|\b\d{1,2}\b.*\d{4}|[A-Za-z]+\.?\s+\d{4}", rec.get("date") or ""))
    comma_style = front.style in ("ieee",) or (front.style == "mla" and front.title_quoted)
    pre = rec.pop("_pre", None)
    if pre is not None and not rec.get("container-title") and not rec.get("_in"):
        container, more = split_container(pre, comma_style)
        if container and _SERIES.search(pre.strip(" .,;")) and not rec.get("volume") and not rec.get("pages") \
                and rest.lstrip(" ,").startswith(pre.strip(" ,")):
            rest = rest.lstrip(" ,")[len(pre.strip(" ,")):]  # "Fragile States Series, No. 3": a series and its number
            rec["collection-title"], container = pre.strip(" .,;"), None
        if container and rest.lstrip(" ,").startswith(pre.strip(" ,")):
            rest = rest.lstrip(" ,")[len(pre.strip(" ,")):]
            rec["container-title"] = container
            if more and front.title_kind == "plain" and not front.title_first:
                rec["title"] = f"{rec['title']}{',' if comma_style else '.'} {more}" if rec.get("title") else more
            elif more:
                rest = more + ", " + rest
    seps = {"apa": ".;", "harvard": ".;", "ieee": ",;", "vancouver": ".;"}.get(front.style, ".,;")
    left = assign_segments(split_top(rest, seps), rec, front, has_url, day_date)
    style = _guess_style(front, votes, rec, prep.text, prep.online)
    rec.update(_ids(prep))
    if prep.urldate:
        rec["urldate"] = prep.urldate
    _finish(rec, front, style)
    fields = normalize_record(rec)
    if prep.doi_url and not fields.url:
        fields.url = prep.doi_url  # 'https://doi.org/10…' is printed as a link: kept as the URL too
    if rec.get("_month_day") and fields.date and len(fields.date) == 4:
        md = parse_date(f"{rec['_month_day']} {fields.date}")
        if md:
            fields.date = md
    conf = 1.0
    if prep.ditto:
        problems.append("ditto author (———): same authors as the previous entry")
    if not fields.title:
        problems.append("no title found")
        conf -= 0.4
    if not fields.date and not rec.get("_undated") and not re.search(r"\bn\.\s?d\.", text):
        problems.append("no year found")
        conf -= 0.2
    if not fields.authors and not fields.editors and not front.title_first and not prep.ditto:
        conf -= 0.1
    if style == "unknown":
        conf -= 0.15
    if left:
        problems.append("unparsed: " + "; ".join(left))
        conf -= min(0.3, 0.1 * len(left))
    return ParsedReference(fields=fields, style=style, confidence=round(max(0.0, min(1.0, conf)), 2),
                           problems=problems)


def _last_date(text: str, title: str | None) -> str | None:
    """Fallback date: the last date outside the title, else one set off by ',' or '(' in it."""
    if title and title in text:
        i = text.index(title)
        found = find_dates(text[:i] + " " * len(title) + text[i + len(title):])
        if found:
            return found[-1][2]
        found = [d for d in find_dates(title) if not title[: d[0]].strip() or title[: d[0]].rstrip()[-1:] in ",("]
        return found[-1][2] if found else None
    found = find_dates(text)
    return found[-1][2] if found else None


def _ids(prep) -> dict:
    out = {k: v for k, v in prep.ids.items() if k in ("url", "doi", "isbn", "arxiv", "un_symbol")}
    return out


def _finish(rec: dict, front: Front, style: str) -> None:
    """Institution for report-like publishers; type hints the readers left."""
    rec["_style"] = style
    if style == "ieee" and str(rec.get("container-title") or "").rstrip().endswith("."):
        rec["_container_dot"] = True  # 'Neural Comput., vol. 9': the period abbreviates
    reportish = _reportish(rec)
    if rec.pop("_institution", False) and not rec.get("container-title"):
        if reportish or not rec.get("url"):
            rec.setdefault("institution", rec.get("publisher"))
        else:
            rec["type"] = "webpage"  # an organisation's web page
    if rec.get("un_symbol") and not rec.get("report_number"):
        rec["report_number"] = rec["un_symbol"]
    authors = rec.get("author") or []
    orgs = bool(authors) and all(a.literal for a in authors)
    container, in_book = rec.get("container-title"), rec.get("_in")
    own_name = orgs and container and any(fold(a.literal) == fold(str(container)) for a in authors)
    if orgs and container and not in_book and not any(rec.get(k) for k in ("volume", "pages")) \
            and (not rec.get("issue") or own_name) \
            and not rec.get("publisher") and not is_news_outlet(str(container)) \
            and _organisation_publisher(str(container), authors):
        rec["publisher"], container = rec.pop("container-title"), None  # "World Bank. (2020). Title. World Bank."
        if rec.get("issue"):  # "Body. Title. No. 2016/1, Body, 2016.": the body's own series number
            rec.setdefault("report_number", rec.pop("issue"))
            reportish = True
    if orgs and not container and not in_book and not rec.get("publisher") and not rec.get("edition"):
        # an organisation's dated publication is a report; a news item, a day-dated or undated page is a web page
        year_only = bool(re.fullmatch(r"\D*\d{4}[a-z]?\D*", str(rec.get("date") or "")))
        news = bool(_NEWS_PATH.search(str(rec.get("url") or "").lower()))
        rec["type"] = "report" if reportish or not rec.get("url") or (year_only and not news) else "webpage"
    elif orgs and not container and not in_book and not rec.get("edition") and not rec.get("isbn") \
            and (_organisation_publisher(rec["publisher"], authors) or not is_publishing_house(rec["publisher"])):
        rec["type"] = "report"  # grey literature: an organisation's work that no publishing house put out
    if front.editors_as_authors and not container:
        rec["type"] = "book"
    if not authors and not container and not in_book and not rec.get("publisher") and rec.get("url") \
            and rec.get("title") and reportish:
        rec["type"] = "report"  # a linked title only: a report when the title or URL says so
    if not authors and front.title_quoted and container and rec.get("url") and not in_book \
            and not any(rec.get(k) for k in ("volume", "issue", "pages", "publisher")) \
            and not is_media(container):
        rec["type"] = "webpage"  # MLA '"Title." Site Name, date, url.'
    if "/RES/" in str(rec.get("un_symbol") or "").upper():
        rec["type"] = "misc"  # a resolution (A/RES/…, S/RES/…), not a report


def _organisation_publisher(publisher: str, authors: list) -> bool:
    """Is the publisher one of the authoring organisations or another body (not a publishing house)?"""
    low = publisher.lower()
    if any(a.literal.lower() in low or low in a.literal.lower() for a in authors):
        return True
    acronym = publisher.strip(" .")
    if re.fullmatch(r"[A-Z][A-Z&-]{1,9}", acronym):  # 'Rome: FAO' after 'Food and Agriculture Organization'
        return any(_initials_contain(a.literal, acronym.replace("&", "").replace("-", "")) for a in authors)
    return is_institution(publisher) and not is_publishing_house(publisher)


def _initials_contain(name: str, acronym: str) -> bool:
    """Are the acronym's letters, in order, initials of the name's capitalised words?"""
    initials = iter(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return all(ch in initials for ch in acronym)


_REPORTISH = re.compile(r"\b(?:report|brief|briefing|paper|assessment|review of|guidelines?|strategy|roadmap|"
                        r"resolution|declaration|statement|monitoring)\b", re.I)


_NEWS_PATH = re.compile(r"/(?:news|newsroom|press(?:-releases?)?|blogs?|stories)/")


def _reportish(rec: dict) -> bool:
    """Cues that an organisation's publication is a report rather than a web page."""
    url = str(rec.get("url") or "").lower()
    if rec.get("genre") or rec.get("report_number") or rec.get("un_symbol") or printed_number(rec.get("title") or ""):
        return True
    if _NEWS_PATH.search(url):
        return False  # a news item or press release about a report is a web page
    return bool(_REPORTISH.search(rec.get("title") or "") or url.endswith(".pdf") or "/report" in url
                or "pdf" in url.rsplit("/", 1)[-1])
