"""A document's own bibliographic record, read from its layout conventions.

The header zone (the lines before the first body paragraph) gives the title, a date line, a
byline or author line, a journal line with volume/issue/pages and a DOI.  The end of the text
gives author bios ("X is a columnist at Y"), a "Source: …" line naming the publisher, and
a tag line glued to a repeated title (web-page scrapes).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from citekit.extract.attributions.names import JOURNAL_WORDS_RE, is_news_outlet, strip_honorific
from citekit.extract.identifiers import find_identifiers
from citekit.extract.kind import document_kind
from citekit.extract.issuer import (DATELINE_RE, SMALL_WORDS, body_name, numbered, read_issuer, report_label,
                                   series_and_date, title_case)
from citekit.extract.labeller.model import load_labeller
from citekit.extract.normalize.dates import parse_date
from citekit.extract.normalize.names import looks_like_organisation, parse_person
from citekit.extract.normalize.pages import normalize_pages
from citekit.ingest.htmlmeta import EDITED_BY_RE
from citekit.ingest.view import TextView
from citekit.models import Author, Fields

MAX_HEADER_LINES = 12
BODY_WORDS = 25  # a line this long that ends a sentence starts the body
MAX_TITLE_WORDS = 40
DATE_LINE_RE = re.compile(
    r"^(?:(?:published|posted|updated|last updated|date|dated|first published)\s*(?:on)?\s*:?\s*)?"
    r"(?P<date>[\w ,./-]{4,40}?)\s*$",
    re.I,
)
BYLINE_RE = re.compile(r"^\s*(?:(?:an?\s+)?(?:investigation|commentary|analysis|opinion|essay|feature|column|report"
                       r"|interview|words|text)\s+by|by|from|written by|authors?:|von|par|por|door)\s+(?P<names>.+?)"
                       r"(?-i:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?$", re.I)  # "From Jane Doe in Lisgard"
PERSON = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|van|von|der|al|bin|da|di|la|le)){1,3}"
NAME_LINE_RE = re.compile(rf"^(?P<name>{PERSON}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+){PERSON})*)$")
NOT_NAME_WORDS = frozenset(
    "is are was the a an of in on for to with how why what when new report review journal "
    "senior fellow director editor professor analyst correspondent reporter staff writer "
    "columnist chief head associate special visiting department university institute "
    "newswire wire desk news agency service online".split()
)
AUTHOR_MARKS_RE = re.compile(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]|(?<=[^\W\d])\d+(?:,\d+)*")  # a mark follows a name: "Jane Doe1,2"
VOLUME_RE = re.compile(r"\bvol(?:ume)?\.?\s*(?P<volume>\d+)\s*(?:\((?P<paren>[\w/-]+)\)|,?\s*(?:no|issue|iss)\.?\s*(?P<number>\d+))?", re.I)
PAGES_RE = re.compile(r"\b(?:pages|pp?\.)\s*(?P<pages>\d+\s*[-–—]+\s*\d+|\d+)", re.I)
YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")
KEYWORDS_RE = re.compile(r"^\s*(?:key\s?words?|tags|index terms)\s*[:—-]\s*(?P<words>.+)$", re.I)
SOURCE_LINE_RE = re.compile(r"^\s*(?:source|источник|quelle|fuente|source originale)\s*:\s*(?P<name>.{2,120}?)\s*$", re.I)
BIO_RE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}) (?:is|was|serves as|works as) "
    r"(?:a|an|the) (?P<role>[^.]{0,80}?)\b(?:at|for|with|of) (?:the )?"
    r"(?P<org>[A-Z][\w'’&.-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’&.-]*){0,6})"
)
# A header line may carry several items: "*Jane Doe, Senior Fellow · 11 December 2026*",
# "Issue 112 | 14 November 2025", "**By X** | *Outlet*, December 2026 issue | Published online 23 November 2026"
PART_SEPARATOR_RE = re.compile(r"\s+[·|•]\s+|\s+[—–]\s+")
ITEM_SEPARATOR_RE = re.compile(rf"{PART_SEPARATOR_RE.pattern}|\s+-\s+")  # a byline's too: "By X, Outlet - 19 April 2027"
EMPHASIS_RE = re.compile(r"(?<![\w*_])[*_]{1,3}(?=\S)|(?<=\S)[*_]{1,3}(?![\w*_])")
_MONTH = (r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec"  # and French, Spanish, German, Italian:
          r"|janv|févr|fevr|avr|mai|juin|juil|août|aout|déc|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
          r"|septiembre|setiembre|octubre|noviembre|diciembre|januar|februar|märz|maerz|juni|juli|oktober|dezember"
          r"|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|novembre|dicembre"
          r"|januari|februari|maart|mei|fevereiro|março|marco|setembro|outubro|dezembro)[a-zé]*\.?")  # Dutch, Portuguese
_WEEKDAY = (r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
            r"|lunes|martes|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag"
            r"|samstag|sonntag|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica"
            r"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag"
            r"|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira)")
_FULL_DATE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th|er|\.)?(?:\s+de)?(?:\s+|-){_MONTH},?(?:\s+de)?(?:\s+|-)\d{{4}}"
              rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
              r"|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{4})")
_TIME = r"(?:,?\s+(?:at\s+|um\s+|à\s+|às\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?i:[ap]\.?m\.?))?(?:\s+(?:[A-Z]{2,5}|Uhr))?)?"  # "4:41 PM", "11:05 CET", "17.45 Uhr"
_PLACE = r"[A-Z][\w.’'()-]*(?:(?:\s+|\s*/\s*)(?:[A-Z][\w.’'()-]*|de|del|do|da|am|on|upon))*"
DATED_PART_RE = re.compile(
    r"^(?:(?i:(?:first\s+)?published(?:\s+online)?|posted|(?:last\s+)?updated|issued|released|dated?"
    r"|date\s+of\s+[a-z]+|(?:publication|release)\s+date|for\s+immediate\s+release|embargoed(?:\s+until)?"
    r"|publiée?\s+le|publicado\s+el|veröffentlicht\s+am|pubblicato\s+il"
    rf"|as\s+(?:of|at))\s*(?:on\s+)?:?\s*(?:\d{{1,2}}[:.]\d{{2}}(?:\s*[A-Z]{{2,5}})?,?\s*)?|{_PLACE},\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?"
    rf"(?P<date>{_FULL_DATE}){_TIME}(?:,\s*{_PLACE}(?:\s+\d+[A-Z]?)?){{0,3}}\s*[.,;]?$"
)  # a label ("Published online", "For immediate release:") or a dateline's places, then a full date,
#    perhaps then where ("Wednesday 27 May 2026, Committee Room 4, Venmoor")
NAMES_THEN_DATE_RE = re.compile(rf"^(?P<names>[^,]+?\s(?:and|&)\s[^,]+?),\s*(?P<date>{_FULL_DATE})$")
DATELINE_DAY_RE = re.compile(rf"^[A-Z][A-Z .'’/-]{{1,40}},\s+(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+"
                             rf"(?P<m2>{_MONTH}))\s*\([^()\n]{{2,60}}\)\s*[-–—]")  # "HALDERN, March 4 (NPA) -"
_SENTENCE_ENDS = (".", "!", "?", "”", "\"")
DOI_LINE_RE = re.compile(r"\W*(?:doi\b|https?://(?:dx\.)?doi\.org/)", re.I)  # "DOI: 10.…", "https://doi.org/10.…"
JOURNAL_YEAR_RE = re.compile(r"(?P<name>.*?)(?:,?\s+\(?(?P<year>(?:19|20)\d\d)\)?)?$")
DATELINE_FULL_RE = re.compile(r"^[*_]*[A-Z][A-Z .'’/-]{1,40},\s+(?P<date>[^*_()\n]{6,30}?(?:19|20)\d\d)[*_]*"
                              r"\s*(?:/[^/\n]{2,40}/|\([^()\n]{2,60}\))?\s*[-–—]")  # "**VELMORA, 2 February 2027** -"
EPISODE_RE = re.compile(r"^(?:(?P<show>[^:\n]{2,60}?)\s*[-–—:|,]\s*)?(?i:episode|ep\.)\s*(?P<number>\d+)\s*[:.–—-]\s*"
                        r"(?P<title>\S.{2,})$")
HOST_RE = re.compile(rf"\b(?:(?i:host(?:ed\s+by)?|presenter|presented\s+by)\s*:?\s*)(?P<name>{PERSON})")
PUBLISHED_RE = re.compile(
    r"(?i:\b(?:published|issued|released|tabled|presented|laid|adopted|approved\s+for\s+publication|(?:first\s+)?broadcast"
    r"|aired|posted|submitted|publié|publiée|publicad[oa]|veröffentlicht|pubblicat[oa]|gepubliceerd)(?:\s+online)?)"
    r"(?:\s+(?i:in|to|before|by)\s+[^,.;:\n]{1,30}?)?(?i:\s+(?:on|le|el|am|il|op|em))?\s*:?\s*"
    r"(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s*)?"  # "Published: Venmoor, 25 May 2026"
    rf"(?:{_WEEKDAY},?\s+)?(?P<date>{_FULL_DATE})"
)
# A header line ending in its day, as a sentence of its own or before the hour: "A weekly newsletter …, by
# Nell Marchetti. Saturday 7 October 2034.", "Thursday 27 August 2037, 18:00-18:30 (lead item and headlines)"
DAY_AT_END_RE = re.compile(rf"(?:^|[.;|·]\s+)(?:{_WEEKDAY},?\s+)?(?P<date>{_FULL_DATE})(?:,?\s+\d{{1,2}}[:.]\d{{2}}\S*.*|\.)?$")
UPDATED_RE = re.compile(rf"(?i:\b(?:last\s+)?(?:updated|revised|modified))(?i:\s+on)?\s*:?\s*(?:{_WEEKDAY},?\s+)?(?P<date>{_FULL_DATE})")
STATE_HEADS = frozenset("republic kingdom government state commonwealth principality".split())
MASTHEAD_ITEM_RE = re.compile(
    r"^(?:(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|summary|statement|briefing)|statement|communiqu[ée]"
    r"|(?:weekly|monthly|daily)?\s*(?:bulletin|digest|newsletter|briefing|update)|blog|commentary)"
    r"|(?i:no\.?|issue|number|vol\.?|volume)\s*[\w/.-]+|\d+[a-z]?\s+[A-Z][\w'’. -]+(?:,\s*[A-Z][\w'’ -]+)?"
    r"|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+\d{3,6})$"
)  # a genre label, an issue number, a street address ("40 Harbour Row", "Lisgard 1004")
COMPILED_BY_RE = re.compile(r"^(?i:(?:compiled|prepared|edited|produced|translated|published)(?:\s+and\s+\w+)?\s+by)\s")
MEDIA_ROLES_RE = re.compile(
    r"columnist|correspondent|reporter|editor|writer|journalist|contributor|staff|producer|"
    r"bureau chief|news",
    re.I,
)


@dataclass
class Line:
    start: int
    end: int
    text: str
    heading: int | None  # Markdown heading level


def _lines(view: TextView) -> list[Line]:
    headings = {s: lv for s, _, lv in view.headings}
    out, pos, text = [], 0, view.text
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = pos + raw.find(stripped)
            out.append(Line(lead, lead + len(stripped), stripped, headings.get(pos, headings.get(lead))))
        pos += len(raw) + 1
    return out


def _plain(text: str) -> str:
    """A header line without Markdown emphasis markers."""
    return EMPHASIS_RE.sub("", text).strip() if ("*" in text or "_" in text) else text


def _dated_part(parts: list[str], day_first: bool | None = None) -> tuple[int, str] | None:
    """(index, ISO date) of the first part that is a full date, labelled or after a dateline's places."""
    for i, part in enumerate(parts):
        if not (m := DATED_PART_RE.match(part)):
            continue
        written = re.sub(r"^(\d{1,2})-([A-Za-z]+)-(\d{4})$", r"\1 \2 \3", m.group("date"))  # "19-Oct-2026"
        if date := parse_date(written, day_first=day_first):
            return i, date
    return None


def _byline_or_date(text: str) -> bool:
    plain = _plain(text)
    return len(plain.split()) <= 15 and (bool(BYLINE_RE.match(plain)) or _dated_part(ITEM_SEPARATOR_RE.split(plain)) is not None)


def _published(header: list[Line]) -> str | None:
    """The date the header says the document was published on ("Summary published on Friday 13
    August 2027", "Third Report of Session 2026. Published 18 March 2026.", "Tabled in Parliament
    on 16 April 2025"): it beats any other date; the day it was last updated, if the header
    gives one, beats that (the version in hand)."""
    for pattern in (UPDATED_RE, PUBLISHED_RE):
        for line in header:
            if (m := pattern.search(_plain(line.text))) and (date := parse_date(m.group("date"))):
                return date
    return None


# A wire's slug before its headline or on a line of its own: "UPDATE 2 - adds brokers' note", "REFILE-Dam …"
CONTACT_ITEM_RE = re.compile(r"\bwww\.|@|https?://|\b(?i:tel|phone|fax)\b|(?i:\bno\.?\s*\d)|^\d+[a-z]?\s+[A-Z]"
                             r"|^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*\s+\d{3,6}$")
SUBJECT_LINE_RE = re.compile(r"^(?i:subject|re)\s*:\s*(?P<title>\S.{3,})$")  # "Subject: The Velmora Dam spillway incident"
WIRE_SLUG_RE = re.compile(r"^(?:UPDATE\s+\d+|REFILE|RPT|CORRECTED)\s*[-–—:]\s*(?P<rest>.*)$")


def _masthead(text: str) -> bool:
    """A line naming the issuing body, the genre or the issue, not the title: capitals throughout
    ("PRESS RELEASE", "MINISTRY OF X"), "Compiled by …", or items that are each a body's name, a
    state's, a genre label, an issue number or an address ("World Health Organization (WHO) |
    United Nations Children's Fund (UNICEF)", "Press Summary | Monetary Policy Committee | No. 9/2026")."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) > 3 and all(c.isupper() for c in letters):
        # (a long line of words in capitals is a headline; with items or figures, a masthead)
        return len(text.split()) < 7 or body_name(text) or bool(PART_SEPARATOR_RE.search(text) or re.search(r"\d", text))
    if COMPILED_BY_RE.match(text):
        return True
    parts = PART_SEPARATOR_RE.split(text)
    if len(parts) > 1 and any(CONTACT_ITEM_RE.search(part) for part in parts):
        return True  # a contact or registration line: "Press Office | 7 Quay Square | Corvane 2010 | www.x.gov"
    return all(body_name(part) or _state_name(part) or MASTHEAD_ITEM_RE.match(part)
               for part in PART_SEPARATOR_RE.split(text))


def _title_cased(text: str) -> bool:
    """Every word capitalised but the small ones, as a journal's name is ("Journal of Peace
    Studies"), unlike a headline in sentence case ("Ministry response to the review")."""
    return all(w[:1].isupper() or w.lower() in SMALL_WORDS or not w[:1].isalpha() for w in text.split())


def _state_name(text: str) -> bool:
    words = text.split()
    return 3 <= len(words) <= 6 and words[0].lower() in STATE_HEADS and words[1].lower() == "of" \
        and all(w[:1].isupper() or w.lower() in SMALL_WORDS for w in words)


def _is_body(line: Line) -> bool:
    words = line.text.split()
    return line.heading is None and len(words) >= BODY_WORDS and line.text[-1:] in ".!?”\"’)"


def _wrapped_paragraph(lines: list[Line], n: int, text: str) -> bool:
    """Line n opens a hard-wrapped paragraph: three or more lines with no blank line between them,
    all but the last filling the width (60 characters or more), of body length, with a sentence
    ending inside ("OLIVER PENHALLOW: Good afternoon. This week …"); not a block of label lines."""
    k = n
    while k + 1 < len(lines) and text.count("\n", lines[k].end, lines[k + 1].start) == 1 \
            and lines[k + 1].heading is None:
        k += 1
    block = lines[n:k + 1]
    return len(block) >= 3 and block[0].heading is None and all(len(line.text) >= 60 for line in block[:-1]) \
        and sum(len(line.text.split()) for line in block) >= BODY_WORDS \
        and any(_SENTENCE_INSIDE.search(line.text) for line in block)


_SENTENCE_INSIDE = re.compile(r"[a-z]{2,}[.!?][\"”’)]?\s+[A-Z]")  # "Good afternoon. This week", not "Vol. 14"


BOLD_LINE_LEVEL = 6  # a line all in **bold**: a heading to Markdown converters, often a masthead or a rubric


def _section(line: Line) -> bool:
    return line.heading is not None and line.heading < BOLD_LINE_LEVEL


def header_lines(view: TextView) -> list[Line]:
    """The lines before the body: title, dek, byline, date, journal line."""
    header = []
    lines = _lines(view)
    for n, line in enumerate(lines):
        if n >= MAX_HEADER_LINES:
            break
        if _is_body(line) or _wrapped_paragraph(lines, n, view.text):
            if any(_byline_or_date(later.text) for later in lines[n + 1:n + 3]):
                continue  # a standfirst under the headline, before the byline and date
            if n == 1 and any(s <= line.start and line.end <= e for s, e in view.emphasis):
                header.append(line)  # an italic note under the title: "*Transcript. Recorded …, published …*"
                continue
            break
        if header and _section(line) and any(h.heading is not None for h in header) \
                and not (line.heading == 1 and not any(_section(h) for h in header)) \
                and not _post_title(header, line, lines[n + 1:n + 3]):
            break  # the first section heading after the title (a "# Title" under bold mastheads is the title)
        header.append(line)
    return header


def _post_title(header: list[Line], line: Line, after: list[Line]) -> bool:
    """A "## Title" right under a site's "# Name" and over its byline or date: a blog post's
    or a web page's title, the "# Name" its site (``extract_metadata``)."""
    return (len(header) == 1 and header[0].heading == 1 and line.heading == 2
            and len(header[0].text.split()) <= 5 and any(_byline_or_date(a.text) for a in after))


_DATE_WORDS_RE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|spring|summer|autumn|fall"
    r"|winter)[a-z]*\.?|\b(?i:of|the|st|nd|rd|th|am|pm|a\.m|p\.m|at)\b|[A-Z]{2,5}\b")


def _date_like(text: str) -> bool:
    """Nothing but a date's words: "Monday 22 June 2026", "March 3, 2022", "05.12.2023"; not "Standing
    up for consumers since 1964"."""
    return not re.search(r"[^\W\d_]", _DATE_WORDS_RE.sub(" ", text))


def _as_date(text: str, day_first: bool | None) -> str | None:
    m = DATE_LINE_RE.match(text)
    if not m or not re.search(r"\d", text) or not _date_like(m.group("date")):
        return None
    return parse_date(m.group("date"), day_first=day_first)


SECTION_HEADING_RE = re.compile(
    r"^(?:[\dIVX]+(?:\.\d+)*\.?\s+)?(?:introduction|abstract|summary|background|overview|contents|"
    r"interview|preface|foreword|executive summary|key findings)\s*:?$",
    re.I,
)
AFFILIATION_RE = re.compile(
    r"@|\b(?:universi|univ\.|institu|lab\b|laborator|department|dept\.|faculty|school of|college|centre|center|cnrs)",
    re.I,
)


def _title_score(line: Line, tail: str, position: int) -> float:
    """How much a header line looks like the title: early, headline-long, a heading, repeated."""
    score = min(len(line.text.split()), 12) - position * 2
    if line.heading is not None:
        score += 30 - line.heading
    if line.text.lower() in tail:
        score += 15
    if line.text.endswith(".") and not line.text.endswith("..."):
        score -= 12  # a dek or a sentence, not a headline
    if not any(c.islower() for c in line.text):
        score -= 3  # a line in capitals may be a kicker or a service line: a headline in mixed case wins
    return score


_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_MONTH_YEAR = re.compile(r"\b\d{1,2}\s+" + _MONTH_WORD + r"\s+\d{4}", re.I)
# (the look-ahead lets the engine skip most words at once: the text is scanned whole)
_MONTH_DAY_YEAR = re.compile(r"\b(?=[adfjmnos])" + _MONTH_WORD + r"\s+\d{1,2},\s+\d{4}", re.I)
_NOT_ENGLISH_LETTER = re.compile(r"[а-яА-ЯёЁäöüßéèàç]")


def day_first_signal(text: str) -> bool | None:
    """Whether ambiguous numeric dates are day-first: by the text's own spelled-out dates."""
    day_month = len(_DAY_MONTH_YEAR.findall(text))
    month_day = len(_MONTH_DAY_YEAR.findall(text))
    if _NOT_ENGLISH_LETTER.search(text) or day_month > month_day:
        return True
    return False if month_day > day_month else None


def extract_metadata(view: TextView, body_end: int, base: Fields | None = None) -> Fields:
    """The document's own record; ``base`` (e.g. HTML meta tags) wins where it has a value."""
    meta = Fields(type="article")
    text = view.text
    header = [line for line in header_lines(view) if line.end <= body_end]  # (a short text's reference list is no header)
    header_end = header[-1].end if header else 0
    tail = text[max(header_end, body_end - 600) : body_end].lower()  # a title repeated at the end
    day_first = day_first_signal(text)

    candidates: list[tuple[float, Line]] = []
    author_block = False  # name lines, each followed by its e-mail and affiliation lines
    subject_title = None
    bylines: set[int] = set()  # header lines read as bylines: no issuer's name ("Jane Doe, Professor, University of X")
    meta.date = stated = _published(header)
    form = _form_block(header, text)
    for position, line in enumerate(header):
        plain = _plain(line.text)
        parts = _byline_parts(plain)
        if position == 0 and len(header) > 1 and _post_title(header[:1], header[1], header[2:4]):
            meta.container = plain.strip(" *#")  # the site's name over the post's title
            continue
        if meta.date is None and (date := _as_date(plain, day_first)):
            meta.date = date
            continue
        if meta.date is None and (m := DAY_AT_END_RE.search(plain.strip(" *_"))):
            meta.date = parse_date(m.group("date"), day_first=day_first)
            if m.start() == 0:
                continue  # a date line ("Thursday 27 August 2037, 18:00-18:30"); else a byline may precede it
        if _read_vancouver(plain, meta) or _read_parts(parts, meta, day_first) or PUBLISHED_RE.search(plain):
            continue
        if (pair := series_and_date(plain)) and meta.date is None:
            meta.date = _as_date(pair[1], day_first)  # "Policy Brief No. 17, June 2023"
        if SECTION_HEADING_RE.match(line.text.strip(" *#")) or numbered(plain) or pair:
            continue  # (a series or issue line is read by extract.issuer)
        if (edited := EDITED_BY_RE.match(plain.strip())) and not meta.editors:
            meta.editors = _person_names(edited.group("names"))  # "Edited by Fenna Achterberg": no author
            continue
        if author_block and AFFILIATION_RE.search(line.text):
            continue
        after_title = bool(candidates) and candidates[-1][1] is header[position - 1]
        if author_block and is_news_outlet(plain.strip(" *_")) and len(plain.split()) <= 6:
            meta.container = meta.container or plain.strip(" *_")  # "By Jane Doe" / "Reuters", "El País"
            continue
        if author_block and (more := _person_names(line.text)) and NAME_LINE_RE.match(line.text):
            meta.authors += more
            continue
        if _read_byline(line.text, meta, after_title):
            author_block = True
            bylines.add(position)
            continue
        author_block = False
        if _read_journal_line(line.text, meta):
            continue
        if JOURNAL_WORDS_RE.search(line.text) and len(line.text.split()) <= 12 and line.heading is None \
                and _title_cased(plain) and not report_label(plain) and ": " not in plain:  # (not "Caffeine: A Review")
            journal = JOURNAL_YEAR_RE.match(line.text.strip(" *"))  # "Journal of Island Studies, 2021"
            meta.container = meta.container or title_case(journal.group("name"))
            meta.date = meta.date or journal.group("year")
            continue
        if any(i.kind in ("doi", "url") for i in find_identifiers(line.text)) and len(line.text.split()) <= 4:
            continue
        if not any(c.isalpha() for c in line.text):
            continue  # a rule of dashes
        if subject := SUBJECT_LINE_RE.match(plain):
            subject_title = subject_title or subject.group("title").strip(" *")
            continue
        if line.heading is None and (_masthead(plain) or LABEL_LINE_RE.match(plain)) or position in form:
            continue
        if len(plain.split()) > MAX_TITLE_WORDS:
            continue  # a question or a paragraph the header reached, not a headline
        if slug := WIRE_SLUG_RE.match(plain):
            if not slug.group("rest")[:1].isupper():
                continue  # the slug line's own note ("adds opposition comment")
            line = Line(line.start, line.end, slug.group("rest"), line.heading)  # the headline after its slug
        candidates.append((_title_score(line, tail, len(candidates)), line))  # mastheads and date lines cost no rank
    if subject_title:
        meta.title = subject_title  # a record's or a memo's "Subject:" line names it
    elif candidates and (best := max(candidates, key=lambda c: c[0]))[0] > 0:
        meta.title = _unquoted(_with_wrapped_end(best[1], header, text).strip(" *#"))

    head_text = "\n".join(line.text for line in header)
    # the body opens at the header's end, or at a wire's dateline the header ran into ("CORRAMORE, June 12 (KNA) - …")
    opening = next((line.start for line in header if DATELINE_RE.match(_plain(line.text))), header_end)
    if meta.title and (episode := EPISODE_RE.match(meta.title)):
        _read_episode(episode, head_text, meta)
    elif (at := next((n for n, line in enumerate(header[:6]) if EPISODE_RE.match(_plain(line.text).strip(" *#"))), None)) \
            is not None:  # "THE FLOW — a podcast about …" over "Episode 41: "Nine days dry"": the episode is the work
        _read_episode(EPISODE_RE.match(_plain(header[at].text).strip(" *#")), head_text, meta)
        show = re.split(r"\s+[—–-]\s+|:\s", _plain(header[0].text).strip(" *#"))[0] if at else None
        if not meta.container and show and len(show.split()) <= 6:
            meta.container = title_case(show) if show.isupper() else show
    for line in header:
        if len(line.text.split()) <= 6 or DOI_LINE_RE.match(line.text) or not line.text.rstrip(" *_").endswith(_SENTENCE_ENDS):
            # (not a DOI a sentence cites: "A study in the Annals (doi:10.7326/…) found that …")
            for ident in find_identifiers(line.text):
                if ident.kind == "doi" and not meta.doi:
                    meta.doi = ident.value
    read_issuer([_plain(line.text) for n, line in enumerate(header) if n not in bylines],
                text[opening:opening + 2000], meta)
    _read_tail(text[:body_end], meta)
    if meta.date is None:
        meta.date = _dateline_date(text[header_end:header_end + 2000], text)
    if base:
        meta = Fields(**{**meta.model_dump(), **base.filled()})
        meta.date = stated or meta.date  # "Published: 18 May 2027" on the page beats a date guessed from its markup
        if meta.type != "article" and meta.container and not meta.publisher and body_name(meta.container) \
                and not is_news_outlet(meta.container):
            meta.publisher, meta.container = meta.container, None  # a body's own site publishes its pages
    if kind := document_kind(text[:body_end]):
        meta.type, meta.genre = kind[0], meta.genre or kind[1]
    _drop_edition(meta)
    return meta


QUOTED_LINE_RE = re.compile(r'^(?:"(?P<straight>[^"]+)"|“(?P<curly>[^“”]+)”)$')


_OPEN_ENDS = ("of", "and", "in", "at", "on", "for", "to", "the", "from", "by", "with")


def _with_wrapped_end(line: Line, header: list[Line], text: str) -> str:
    """A title line and, when it breaks off (a comma, "of", "and" at its end), the line right under
    it: "Overdoses of morphine in children at St Aldric's, Corramore," / "28 February to 8 March 2034"."""
    n = next((n for n, h in enumerate(header) if h.start == line.start), None)
    words = line.text.split()
    if n is None or n + 1 == len(header) or not (line.text.endswith(",") or words[-1] in _OPEN_ENDS):
        return line.text
    after = header[n + 1]
    plain = _plain(after.text)
    if text.count("\n", line.end, after.start) != 1 or after.heading is not None or line.heading is not None \
            or _date_like(plain) or PUBLISHED_RE.search(plain) or len(plain.split()) > 12 \
            or plain.endswith(_SENTENCE_ENDS) or not any(c.isalpha() for c in plain):
        return line.text
    return f"{line.text} {after.text}"


def _unquoted(title: str) -> str:
    """A programme's or a series' name printed in quotes on its own line: "Brannock This Morning",
    or an episode's one question ("St Aldric's: Who owns the pump?"); not a quotation used as a
    headline ("We planned for a storm. We did not plan for a week")."""
    m = QUOTED_LINE_RE.match(title)
    name = (m.group("straight") or m.group("curly")).strip() if m else ""
    question = name.endswith("?") and not re.search(r"[.!?;]", name[:-1])
    return name if name and (question or _title_cased(name) and not re.search(r"[.!?;,]", name)) else title


EDITION_RE = re.compile(r"\s*(?:\(\s*|[—–-]\s*)?(?i:english|international|online|print)\s+(?i:edition)\s*\)?\s*$")


def _drop_edition(meta: Fields) -> None:
    """"El Diario del Aveno (English edition)" is El Diario del Aveno; "English edition" alone names no publisher."""
    if meta.container:
        meta.container = EDITION_RE.sub("", meta.container) or None
    if meta.publisher and not EDITION_RE.sub("", meta.publisher):
        meta.publisher = None


def _byline_parts(text: str) -> list[str]:
    """A header line's items; "Sara Lindgren and Jonas Mikkola, 6 April 2027" (two or more
    names, then the date after a comma) is two."""
    parts = ITEM_SEPARATOR_RE.split(text)
    if (m := NAMES_THEN_DATE_RE.match(parts[-1])) and NAME_LINE_RE.match(m.group("names")):
        parts[-1:] = [m.group("names"), m.group("date")]
    return parts


def _form_block(header: list[Line], text: str) -> set[int]:
    """Positions of header lines that are fields of a form, two or more on consecutive lines
    ("Reference: …", "Date of issue: …", "Requested by: …"): a notice's or a report's
    particulars, never its title (which a blank line sets apart)."""
    labelled = [bool(FORM_LINE_RE.match(_plain(line.text))) for line in header]
    joined = [n > 0 and text.count("\n", header[n - 1].end, line.start) == 1 for n, line in enumerate(header)]
    return {n for n, is_label in enumerate(labelled)
            if is_label and (joined[n] and labelled[n - 1] or n + 1 < len(header) and joined[n + 1] and labelled[n + 1])}


def _dateline_date(body: str, text: str) -> str | None:
    """The date of a dateline with its year ("VELMORA, 2 February 2027 -"); of a wire story's
    dateline without one ("HALDERN, March 4 (NPA) -"), that day of the year the text names most
    often (a story's symbols and dates are of its own year), if it names one."""
    for line in body.splitlines()[:12]:
        if (full := DATELINE_FULL_RE.match(line.strip())) and (date := parse_date(full.group("date"))):
            return date  # a press release's dateline: "LONDON, 12 March 2024 -", "NEW YORK, March 12, 2024 /Wire/ --"
        if m := DATELINE_DAY_RE.match(line.strip()):
            years = Counter(YEAR_RE.findall(text))
            if not years:
                return None
            year = max(years, key=lambda y: (years[y], y))
            day = m.group("d1") or m.group("d2")
            return parse_date(f"{day} {m.group('m1') or m.group('m2')} {year}")
    return None


def _read_episode(episode: re.Match, head_text: str, meta: Fields) -> None:
    """A podcast's or a programme's episode ("The Cold Chain - Episode 88: Title"): the show is
    its container, its host its author."""
    title = episode.group("title").strip()
    whole = QUOTED_LINE_RE.match(title)  # '"The bridge was telling us"' (not '"The dryer knew": inside …')
    meta.title, meta.number = (whole.group("straight") or whole.group("curly")) if whole else title, episode.group("number")
    meta.container = meta.container or (episode.group("show") or "").strip() or None
    if not meta.authors and (host := HOST_RE.search(head_text)):
        meta.authors = _person_names(re.split(r"(?<=[a-z])\.\s|\n", host.group("name"))[0])  # "Host: Mara Quist. Guest: …"


def _read_parts(parts: list[str], meta: Fields, day_first: bool | None) -> bool:
    """A header line of several items with a date among them ("Jane Doe, Fellow · 11 December
    2026", "Issue 112 | 14 November 2025", "San Telmo / Geneva, 1 December 2026"): the date, and
    a byline among the other items.  True when the line was such a line."""
    dated = _dated_part(parts, day_first)
    if dated is None:
        return False
    if meta.date is None:
        meta.date = dated[1]
    for i, part in enumerate(parts):
        if i != dated[0] and not meta.authors and not numbered(part):  # ("Field Update No. 9" is no byline)
            _read_byline(part, meta, after_title=True, lexicon_check=True)
    return True


VANCOUVER_RE = re.compile(r"(?P<year>(?:19|20)\d\d)\s*;\s*(?P<volume>\d+)\s*(?:\((?P<number>[\w/-]+)\))?\s*:\s*"
                          r"(?P<pages>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")


def _read_vancouver(text: str, meta: Fields) -> bool:
    """A journal line in the medical style: "Journal of X · 2027;14(5):e270158 · doi:…"."""
    m = VANCOUVER_RE.search(text)
    if m is None or meta.volume:
        return False
    meta.volume, meta.number, meta.pages = m.group("volume"), m.group("number"), normalize_pages(m.group("pages"))
    meta.date = meta.date or m.group("year")
    before = re.split(r"\s+[·|•]\s+|\.\s", text[: m.start()].strip(" ·|•.,*"))[0].strip(" *")
    if before and not meta.container:
        meta.container = before
    return True


def _read_journal_line(text: str, meta: Fields) -> bool:
    volume = VOLUME_RE.search(text)
    pages = PAGES_RE.search(text)
    if not (volume or pages) and (compact := COMPACT_JOURNAL_RE.match(text.strip(" *_"))):
        meta.container = meta.container or compact.group("journal").strip(" ,.")  # "Journal, 12(3), 201-219, 2021"
        meta.volume, meta.number = compact.group("volume"), compact.group("number")
        meta.pages = normalize_pages(compact.group("pages"))
        if (year := YEAR_RE.search(text, compact.end("pages"))) and not meta.date:
            meta.date = year.group()
        return True
    if not (volume or pages):
        return False
    if volume:
        meta.volume = volume.group("volume")
        meta.number = volume.group("paren") or volume.group("number")
    if pages:
        meta.pages = normalize_pages(pages.group("pages"))
    if (year := YEAR_RE.search(text)) and not meta.date:
        meta.date = year.group()
    before = text[: (volume or pages).start()].strip(" ,.;")
    before = re.sub(r"^\(?(?:19|20)\d{2}\)?[,.;]?\s*|[,.;]?\s*\(?(?:19|20)\d{2}\)?$", "", before).strip(" ,.;")
    if before and not meta.container:
        meta.container = before  # (a year inside the name stays: "Proceedings of the 2022 Conference on …")
    if meta.container and PROCEEDINGS_RE.match(meta.container) and meta.type == "article":
        meta.type = "paper-conference"
    return True


PROCEEDINGS_RE = re.compile(r"(?i)(?:proceedings|proc\.)\b")


COMPACT_JOURNAL_RE = re.compile(r"(?P<journal>[A-Z][^\d()]{3,120}?),?\s+(?P<volume>\d{1,4})\s*\((?P<number>[\w/–-]{1,9})\)"
                                r"\s*[,:]\s*(?P<pages>[A-Za-z]?\d{1,6}(?:\s*[-–]\s*[A-Za-z]?\d{1,6})?)\b")
FORM_LINE_RE = re.compile(r"^[A-Z][a-z]+(?:\s+[a-z]+){0,3}\s*:\s*\S")  # "Date of issue: …", "Requested by: …"
LABEL_LINE_RE = re.compile(r"^(?i:distribution|original|language|classification|status|chair|present|to|from|cc"
                           r"|contact|enquiries|media\s+contact|embargo|(?:members\s+)?present|in\s+attendance"
                           r"|witnesses|written\s+evidence|apologies|attendees|participants)\s*:\s*\S")  # "Distribution: general"


def _person_names(text: str, lexicon_check: bool = False) -> list[Author]:
    """The leading person names of a byline, up to the first role ("Jane Doe, Senior Fellow");
    with ``lexicon_check``, none whose words the reference lexicon knows only outside names
    ("Consumer Goods": a desk, in a line of items)."""
    people = []
    for part in re.split(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", text.strip(" *_")):
        part = strip_honorific(part)[0]  # "Dr Farah Nkemelu"
        words = part.split()
        if lexicon_check and all(_not_a_name(w) for w in words):
            break
        if not (2 <= len(words) <= 5) or any(w.lower() in NOT_NAME_WORDS for w in words) or part.isupper() \
                or any(len(w.strip(".,")) > 1 and w.isupper() for w in words):
            break  # ("KEY POINTS": a rubric in capitals; "MWS Business": a wire's desk)
        if any(c.isdigit() for c in part) or any(re.fullmatch(_WEEKDAY, w) for w in words):
            break  # "Received 15 April 2027", "14 Chancery Row", "Saturday Long Read": no one's name
        if not NAME_LINE_RE.match(part) or looks_like_organisation(part):
            break
        person = parse_person(part)
        if person is None or person.literal:
            break
        people.append(person)
    return people


_DEGREES_RE = re.compile(r",\s*(?:MD|PhD|DPhil|MSc|BSc|MA|BA|MPH|MBA|MBBS|RN|FRCP|FRCS|DrPH|DSc|MPhil|LLM|JD)\b\.?")


def _not_a_name(word: str) -> bool:
    labels = load_labeller().lexicon.labels(word)
    return bool(labels) and "author" not in labels and "editor" not in labels


def _read_byline(text: str, meta: Fields, after_title: bool, lexicon_check: bool = False) -> bool:
    if meta.authors:
        return False
    m = BYLINE_RE.match(text.strip(" *_"))
    if m:  # (the names end at a part separator or a full stop: "By X. Quotes were translated by Y.")
        meta.authors = _person_names(re.split(r"\s+[·|•]\s+|(?<=[a-z])\.\s", m.group("names"))[0])
        return bool(meta.authors)
    # An author line: "*Jane Doe¹, John Roe²" (note marks) or, right under the title, plain names
    names = AUTHOR_MARKS_RE.sub("", text).strip(" ,")
    marked = names != text.strip()
    if _DEGREES_RE.search(names):  # "Nadia Kessling, MD, PhD; Marit Oyelowo, MSc"
        names = _DEGREES_RE.sub("", names).replace(";", ",").strip(" ,*_")
    if (marked or after_title) and NAME_LINE_RE.match(names) and not JOURNAL_WORDS_RE.search(text):
        meta.authors = _person_names(names, lexicon_check)
        return bool(meta.authors)
    first, _, role = names.partition(",")
    if after_title and role.split()[:1] and role.split()[0].lower() in NOT_NAME_WORDS and NAME_LINE_RE.match(first):
        meta.authors = _person_names(first)  # "Ines Maratt, Professor of Hydraulic Engineering, University of X"
        return bool(meta.authors)
    return False


def _read_tail(text: str, meta: Fields) -> None:
    """Author bios, a closing "Source:" line and a glued tag line near the end."""
    paragraphs = [p.strip() for p in text.split("\n") if p.strip()]
    for para in paragraphs[:40]:
        if (m := KEYWORDS_RE.match(para)) and not meta.keywords:
            meta.keywords = [k.strip(" .") for k in re.split(r"[;,·|]", m.group("words")) if k.strip(" .")]
    for para in paragraphs[-6:]:
        if (m := BIO_RE.match(para)) and (person := parse_person(m.group("name"))):
            if not meta.authors:
                meta.authors = [person]
            if MEDIA_ROLES_RE.search(m.group("role")) and not meta.container:
                meta.container = m.group("org").strip()
        if (m := SOURCE_LINE_RE.match(para)) and not meta.publisher and _bare_name(m.group("name")):
            meta.publisher = m.group("name").strip(" .")
    if paragraphs and meta.title and not meta.keywords:
        meta.keywords = _glued_tags(paragraphs[-1], meta.title)


def _bare_name(text: str) -> bool:
    """A closing "Source:" line naming the publisher ("Source: Institute of X"), not a figure's
    source ("Source: NFSL, test report NFSL/2027/041 of 16 March 2027")."""
    return not re.search(r"[\d,;]", text)


def _glued_tags(line: str, title: str) -> list[str]:
    """Tags scraped without separators and followed by the title: "AfghanistanTaliban<title>"."""
    norm = line.replace("’", "'")
    t = title.replace("’", "'")
    if not norm.endswith(t) or norm == t:
        return []
    glued = norm[: -len(t)]
    if " " in glued and not re.search(r"[a-z][A-Z]", glued):
        return []
    return [tag for tag in re.split(r"(?<=[a-z)])(?=[A-Z])", glued) if tag.strip()]

