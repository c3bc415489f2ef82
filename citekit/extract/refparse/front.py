"""The front of a reference: authors, date (when it follows them) and title.

One reader per layout, tried in order; each returns a :class:`Front` or None:
APA/Harvard '(date)' after the names, Chicago author-date '. 2019.', a quoted title (MLA,
Chicago notes, IEEE, Harvard), an italic title, Vancouver 'Smith JA,', and plain name lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...models import Author
from ..normalize.names import ORG_WORDS, AuthorList, looks_like_organisation, name_list_end, parse_names
from ..normalize.numbers import SYMBOL
from ..normalize.titles import ITALIC_CLOSE as I1
from ..normalize.titles import ITALIC_OPEN as I0
from .tail import STANDARD, is_media, is_publishing_house
from .text import sentence_end, split_top


@dataclass
class Front:
    """What the front reader found; ``rest`` is the text after the title."""

    style: str
    authors: AuthorList | None
    title: str | None
    rest: str
    date: str | None = None
    title_first: bool = False
    title_kind: str = "plain"  # plain, italic or quoted
    editors_as_authors: bool = False
    descriptors: list[str] = field(default_factory=list)

    @property
    def title_italic(self) -> bool:
        return self.title_kind == "italic"

    @property
    def title_quoted(self) -> bool:
        return self.title_kind == "quoted"


_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_PAREN_DATE = re.compile(
    r"\(\s*(?P<d>(?:\[\d{4}\],?\s*)?" + _YEAR + r"[a-zA-Z]?(?:\s*[-–/]\s*\d{2,4}[a-z]?)?(?:\s*\[\d{4}\])?(?:\s*,\s*[^()]{1,40})?|n\.\s?d\.(?:-?[a-z])?|"
    r"in press|forthcoming|s\.\s?f\.|o\.\s?J\.|[A-Z][a-z]+\.?\s+\d{1,2},\s*" + _YEAR + r"|\d{1,2}\s+[A-Z][a-z]+\.?\s+"
    + _YEAR + r")\s*\)",
    re.I,
)
_NOT_APA_PREFIX = re.compile(r"[.,?!][\"”]\s|\b(?:vol|no|pp)\.\s*\d|\d\s*,?\s*$|[\"“]\s*$")
_EDS = re.compile(r"(?:\s*\((?:eds?|hrsg|hg|coords?|dirs?|comps?)\.?\)|,?\s+(?:eds?\.|editors?))\s*[.,]?\s*$", re.I)
# An APA creator's role in an audiovisual work: "Penhallow, O. (Host). (2034, June 16). St Aldric's: …"
_CREATOR_ROLE = re.compile(r"\s*\((?:hosts?|presenters?|producers?|executive producers?|directors?|writers?|"
                           r"interviewers?|narrators?|speakers?)\)", re.I)
_LEADING_YEAR = re.compile(r"^\(?(?P<d>" + _YEAR + r"[a-z]?)\)?[.,:]?\s+(?=\S)")
_AD_DATE = re.compile(
    r"(?<=\S)\s*[.,]{0,2}\s+(?P<d>(?:\[\d{4}\]\s*)?" + _YEAR + r"[a-zA-Z]?|n\.\s?d\.|forthcoming|in press)[.,:]?\s+(?=\S)",
    re.I,
)
_EDS_AFTER = re.compile(r"^(?:\((?:eds?|hrsg|hg|coords?|dirs?)\.?\)|eds?\.|editors?\b)(?=[\s.,]|$)", re.I)
_TITLEISH = re.compile(r"[:?!\"“”«»]|\b(?:report|brief|resolution|declaration|annual|review of)\b|^\d", re.I)
_VANCOUVER = re.compile(r"^[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?\s[A-Z]{1,4}(?:,\s|\.\s|\s(?:et al|and)\b)")
_IEEE_NAME = re.compile(
    r"^(?:and\s+)?(?:[A-Z][a-z]?\.\s?-?\s?)+(?:(?:van|von|de|der|den|la|le|di|da|du|del|al|el|bin)\s+)*"
    r"[A-Z][\w'’-]+(?:\s+(?:Jr\.|Sr\.|II|III|IV))?$"
)
_DESCRIPTOR = re.compile(r"^\s*(\([^()]*(?:\([^()]*\)[^()]*)*\)|\[[^\[\]]*\])")


def strip_end(prefix: str) -> str:
    """Drop separators after a name list, keeping the period of a final initial ('Robert D.')."""
    s = prefix.rstrip(" ,:;")
    if s.endswith(".") and not re.search(r"(?:^|[\s.-])[A-Z][a-z]?\.$|\b(?:Jr|Sr|Inc|Ltd|Co)\.$", s):
        s = s[:-1].rstrip(" ,")
    return s


def _names_ok(names: AuthorList, allow_forward: bool = True) -> bool:
    if not names or not names.complete:
        return False
    return allow_forward or names.form != "forward"


def _role_of_prefix(prefix: str, rest: str, hint: str | None) -> tuple[AuthorList | None, bool]:
    """(authors, title_first) for the text before an APA/Chicago date."""
    if not prefix:
        return AuthorList(), False
    words = prefix.split()
    if _TITLEISH.search(prefix) or prefix[0].isdigit():
        return None, True
    names = parse_names(prefix, hint)
    if names and names.complete and names.form != "organisation":
        return names, False
    if len(words) > 10:
        return None, True
    if _group_before_italic(prefix, rest) and (not names.complete or names.form == "forward"):
        # 'Meridian Wire. (2027, April 21). *Kestria shuts …*': the title is the italic one after
        # the date, so what comes before it is its maker, whatever its name looks like (APA writes
        # people "Family, I.", so an uninverted name before the date is a group's)
        return AuthorList([Author(literal=prefix.strip(" ."))], form="organisation"), False
    if names.form == "organisation" or looks_like_organisation(prefix):
        # An organisation when a title follows; the title itself when only a site/publisher does.
        # 'WHO (2021). Title. <url>' (the URL is already set aside) is an organisation too;
        # 'Title (2021). World Bank.' is not: what follows is itself a body or a publisher.
        segs = split_top(rest)
        follows_body = len(segs) == 1 and _short_name(segs[0]) and (
            looks_like_organisation(segs[0]) or is_publishing_house(segs[0]) or is_media(segs[0]))
        if len(segs) >= 2 or (rest.lstrip(" .").startswith(I0) and len(segs) >= 1) \
                or (segs and not follows_body):
            return AuthorList([*parse_names(prefix)], form="organisation"), False
        return None, True
    return None, True


def _group_before_italic(prefix: str, rest: str) -> bool:
    """'Tarvenet (2027) *Preliminary report …*', 'Statistics Karsland (2032) *Pension schemes*',
    'Parents for Fair Grading (2037). "Judicial review claim filed"': a name written uninverted
    before the date, an italic or quoted title after it, is a group's (Harvard and APA write
    people "Family, I.")."""
    return rest.lstrip(" .").startswith((I0, '"', "“")) and _short_name(prefix) and "," not in prefix


_NAME_JOINERS = frozenset("of and the for on in de du des la le et y &".split())


def _short_name(text: str) -> bool:
    """A name rather than a title: at most 8 words, every word but joiners capitalised
    ("World Bank", "Food and Agriculture Organization"; not "The state of food security")."""
    words = text.strip(" .").split()
    return 0 < len(words) <= 8 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS
                                       for w in words)


def _leading_names(prefix: str) -> bool:
    """Does ``prefix`` open with a name list closed by a period ('Conti, Davide. Title …')?"""
    end = sentence_end(prefix, 0, initials_break=True)
    if end >= len(prefix.rstrip(" .")):
        return False
    names = parse_names(prefix[:end])
    return _names_ok(names) and names.form != "forward"


def take_title(rest: str) -> tuple[str | None, str, str, list[str]]:
    """Title at the start of ``rest``: (title, remainder, kind, descriptors like '(2nd ed.)')."""
    r = rest.lstrip(" .,:;")
    italic = False
    if not r:
        return None, "", "plain", []
    q = _quoted_at(r, 0)
    if q:
        title, end = q
    elif r.startswith(I0) and (close := r.find(I1)) > 0 and (r[close + 1: close + 2] in ("", ".", " ", ",", "(", "[", ":", "?")):
        title, end, italic = r[1:close], close + 1, True
        if r[end:end + 1] == ":" and r[end + 1: end + 3].strip()[:1] == I0:  # *Main*: *Subtitle*
            close2 = r.find(I1, end + 2)
            if close2 > 0:
                title, end = r[1:end] + ":" + r[end + 1: close2], close2 + 1
    else:
        end = sentence_end(r, 0, initials_break=False)
        anchor = _anchor(r)
        while anchor is not None and end < anchor:  # 'Title? Subtitle. *Journal*': run to the container
            nxt = sentence_end(r, end, initials_break=False)
            if nxt > anchor + 1 or nxt == end:
                break
            end = nxt
        title = r[:end]
        cut = _spill(title)
        if cut is not None:
            title, end = title[:cut], cut
    descriptors: list[str] = []
    rem = r[end:]
    while (m := _DESCRIPTOR.match(rem)) and not re.match(r"\(\s*[A-Z][^()]*:", m.group(1)):
        descriptors.append(m.group(1))
        rem = rem[m.end():]
    if not italic and not q:
        while (m := _TRAILING_DESCRIPTOR.search(title)):
            descriptors.insert(0, m.group(1))
            title = title[: m.start()]
    return title.strip(), rem, "quoted" if q else "italic" if italic else "plain", descriptors


# What a plain title may end in that is no part of it: "[Report]", "(2nd ed.)", ", 2nd edition",
# a document's code "(DHSS-2)" (capitals with a number)
_TRAILING_DESCRIPTOR = re.compile(
    r"\s*(\[[^\[\]]*\]|\((?:[^()]*\b(?:ed\.|edn|edition|éd\.|report|no\.|vol\.)[^()]*)\)"
    r"|(?<=\w),\s*(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|revised|updated)\s+(?:edition|ed\.|edn\.?)"
    r"|\((?-i:[A-Z]{2,}[-/ ]?\d[\w./-]*)\))[\s.]*$", re.I)

_SPILL = [re.compile(p) for p in (
    r",\s*(?=[^,]{2,120}?,\s*(?:v\.|vol\.?|Vol\.?|Volume|no\.|No\.)\s*\d)",
    r",\s*(?=[^,]{2,120}?,?\s+\d+\s*\([\w-]+\))",
    r",\s*(?=[^,]{2,120}?,\s*\d+\s*,\s*(?:pp?\.|¶)?\s*\d+\s*[-–]\s*\d+)",
    r"\s*\((?=[A-Z][^()]*:[^()]*\)\s*\.?$)",
    r",\s*(?=[^,]*\b(?:University Press|Press|Publishers|Verlag|Éditions|Editions)\b[^,]*(?:,[^,]*)?\.?$)",
    r",\s*(?=(?:ed\.|eds\.|edited by|trans\.|translated by)\s)",
    r"\s+[—–]\s+(?=[^—–]*\b(?:1[5-9]|20)\d\d\b)",
    r":\s+(?=[A-Z][^:]{2,120}?,\s*(?:v\.|vol\.)\s*\d)",
    r",\s*(?=" + STANDARD + r"\s*(?:[,.;]|$))",  # 'Title, ISO 690:2021, …' (IEEE standards)
)]


def _spill(title: str) -> int | None:
    """Where a plain title that ran on into its container, publisher or editor ends."""
    cuts = [m.start() for rx in _SPILL if (m := rx.search(title)) and m.start() > 0]
    return min(cuts) if cuts else None


def _anchor(r: str) -> int | None:
    """Where a container visibly starts: the first italic span or '. In '."""
    cands = [i for i in (r.find(I0), ) if i > 0]
    m = re.search(r"[.?!]\s+In:?\s", r)
    if m:
        cands.append(m.start() + 1)
    return min(cands) if cands else None


def _quoted_at(s: str, i: int) -> tuple[str, int] | None:
    """A quoted title starting at s[i]: (content, end index past the closing quote)."""
    if i >= len(s):
        return None
    ch = s[i]
    close = {"“": "”", '"': '"', "«": "»", "„": "“", "‘": "’", "'": "'"}.get(ch)
    if not close:
        return None
    j = i + 1
    while True:
        j = s.find(close, j)
        if j < 0:
            return None
        after = s[j + 1: j + 3]
        if close in "’'" and after[:1].isalpha():  # an apostrophe, not the closing quote
            j += 1
            continue
        break
    content = s[i + 1: j]
    after = s[j + 1:]
    if re.match(r"\s+[\w(]", after) and not content.rstrip().rstrip("'’\"”").endswith((".", ",", "?", "!")):
        return None  # a quotation inside a longer title
    if close in "’'" and not re.match(r"\s*(?:[,.:;]|$|\s*(?:in|In|" + I0 + "))", after):
        return None
    return content, j + 1


def read_paren_date(t: str) -> Front | None:
    """APA '(2019).' and Harvard '(2019)' after the names or a title-first block."""
    apa = harvard = None
    for m in _PAREN_DATE.finditer(t):
        prefix = t[: m.start()].strip()
        nxt = t[m.end(): m.end() + 2].lstrip()[:1]
        if _NOT_APA_PREFIX.search(prefix) or (prefix and not re.search(r"[.,\w”\"’')\]" + I1 + "]$", prefix)):
            continue
        if nxt == "." and apa is None:
            apa = m
            break
        if harvard is None and nxt in ("", ",", ":", "'", "‘", '"', "“", I0) or (harvard is None and nxt.isalpha()):
            harvard = harvard or m
    m = apa or harvard
    if not m:
        return None
    style = "apa" if m is apa else "harvard"
    prefix = t[: m.start()].strip()
    rest = t[m.end():].lstrip(" .,:")
    editors = bool(_EDS.search(prefix))
    prefix = _CREATOR_ROLE.sub("", _EDS.sub("", prefix)).strip()
    if style == "harvard":
        names = parse_names(prefix)
        if (not _names_ok(names) or names.form == "forward") and not _group_before_italic(prefix, rest):
            return None
    authors, title_first = _role_of_prefix(prefix, rest, "apa")
    if title_first and _leading_names(prefix):
        return None  # 'Name. Title (1940-1943). Place: …': not an APA date
    if title_first:
        return Front(style, AuthorList(), prefix, rest, m.group("d"), title_first=True)
    title, rem, italic, desc = take_title(rest)
    return Front(style, authors, title, rem, m.group("d"), title_kind=italic, editors_as_authors=editors,
                 descriptors=desc)


_DATE_NEXT = re.compile(r"\(?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+"
                        r"(?:\d{1,2},\s+)?" + _YEAR + r"\b")  # "June 2028", "21 November 2028", "Nov. 3, 2028"


_MONTH_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
_SENTENCE_IN = re.compile(r"[a-z]{5,}\.\s+[A-Z]")  # "Development. OECD …": not an initial's or abbreviation's period


def read_chicago_ad(t: str) -> Front | None:
    """Chicago author-date (and Harvard without brackets): 'Name. 2019. Title. …'."""
    m = _AD_DATE.search(t, 0, 260)
    if not m:
        return None
    pre = t[: m.start()]
    if t[m.start()] == "." and re.search(r"(?:\b[A-Z]|\bal)$", pre):
        pre += "."
    if '"' in pre or "“" in pre or not pre.strip() or _DATE_NEXT.match(t, m.end()) or t.startswith("(", m.end()) \
            or _SENTENCE_IN.search(pre):
        return None  # (nor "Agency, State of Rivers 2027, June 2028." or "… Review 2025 (18 June 2025)": the year ends a title the date follows;
        # nor "Body. Outlook, Volume 2016 Issue 1.": a sentence ends before the year, which is the title's)
    if _MONTH_BEFORE.search(pre):
        return None  # "…, 30 November 2037": a day's date, no author's year
    prefix = _EDS.sub("", pre).strip()
    editors = prefix != pre.strip()
    names = parse_names(prefix)
    if not names.complete or not (_names_ok(names) or names.form == "organisation"):
        return None
    if names.form == "organisation" and "," in prefix and _DATE_NEXT.search(t, m.end()):
        return None  # "Ministry of Finance, Capital Programme Review 2026, MF-CPR-2026, March 2026": the
        # year ends a title that a body's name and comma open, and the work's date comes later
    title, rem, italic, desc = take_title(t[m.end():])
    return Front("chicago", names, title, rem, m.group("d"), title_kind=italic, editors_as_authors=editors,
                 descriptors=desc)


_NUMBERED_LABEL = re.compile(rf",\s*(?P<d>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){{0,2}}\s+{SYMBOL})\s*[,.]?\s*$")


def _cut_label(prefix: str) -> tuple[str, list[str]]:
    """'Medaxis Clinical Systems, Security Advisory MDX-SA-2027-002,' before a title: the names,
    and the document's label and number as a descriptor."""
    m = _NUMBERED_LABEL.search(prefix)
    return (prefix[: m.start()], [f"({m.group('d')})"]) if m else (prefix, [])


def _prefix_names(prefix: str) -> AuthorList | None:
    prefix = prefix.strip().rstrip(",").strip()
    if not prefix:
        return AuthorList()
    names = parse_names(prefix)
    if names.complete and (_names_ok(names) or names.form == "organisation"):
        return names
    return None


def read_quoted(t: str) -> Front | None:
    """A quoted title after the names: MLA, Chicago notes-bibliography, IEEE, Harvard."""
    for m in re.finditer(r"(?:^|(?<=[\s,.:]))[\"“«„‘']", t):
        q = _quoted_at(t, m.start())
        if not q:
            continue
        prefix, label = _cut_label(t[: m.start()].strip())
        raw_prefix = prefix
        prefix = strip_end(_EDS.sub("", prefix))
        names = _prefix_names(prefix)
        if names is None:
            return None
        title, end = q
        rest = t[end:]
        ieee = raw_prefix.endswith(",") or title.rstrip().endswith(",")
        style = "ieee" if ieee and names and names.form == "forward" else "mla"
        if t[m.start()] in "‘'":
            style = "harvard"
        return Front(style, names, title, rest, title_kind="quoted", editors_as_authors=bool(_EDS.search(raw_prefix)),
                     descriptors=label)
    return None


def read_italic(t: str) -> Front | None:
    """An italic title after the names (books in Chicago, MLA, IEEE)."""
    i = t.find(I0)
    if i < 0:
        return None
    prefix, label = _cut_label(t[:i].strip())
    names = _prefix_names(strip_end(_EDS.sub("", prefix)))
    if names is None:
        return None
    title, rem, italic, desc = take_title(t[i:])
    desc = label + desc
    style = "ieee" if prefix.endswith(",") and names and names.form == "forward" else "chicago"
    return Front(style, names, title, rem, title_kind=italic, descriptors=desc,
                 editors_as_authors=bool(_EDS.search(prefix)))


_LEGISLATION = re.compile(
    r"(?P<title>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|\([A-Z][^()]{0,60}\)|and|of|the|for|at|on|to|in|etc\.))*"
    r"\s+(?:Act|Acts|Regulations|Order|Rules|Ordinance|Statute|Code)\s+(?P<year>" + _YEAR + r"))"
    r"(?=\s*(?:\([^()]*\)\s*)?(?:[,.;]|$))")


def read_legislation(t: str) -> Front | None:
    """A statute or statutory instrument cited by its short title, which holds its year: 'Water
    Industry Act 2014, section 52.', 'Drinking Water Quality Regulations 2029 (SI 2029/311),
    Schedule 1' (no author; 'Act' is no family name)."""
    m = _LEGISLATION.match(t)
    if not m:
        return None
    rest = t[m.end():]
    desc = []
    if (d := _DESCRIPTOR.match(rest)):  # "(SI 2029/311)", "(c. 36)"
        desc, rest = [d.group(1)], rest[d.end():]
    rest = rest.lstrip(" ,.;")
    if _PROVISIONS.fullmatch(rest):
        rest = ""  # "section 52", "Schedule 1, Part B", "reg. 21(1)-(4)": where in it, not who published it
    return Front("legal", AuthorList(), m.group("title"), rest, m.group("year"), title_first=True, descriptors=desc)


_PROVISION = r"(?:sections?|ss?\.|regs?\.|regulations?|schedules?|sch\.|parts?|art(?:icle)?s?\.?|paras?\.?|paragraphs?|chapters?|rules?)\s*(?:\d[\w()–-]*|[IVX]+\b|[A-Z]\b)"
_PROVISIONS = re.compile(rf"(?i){_PROVISION}(?:(?:\s*,\s*|\s+and\s+){_PROVISION})*\s*[.;]?")


_CASE = re.compile(
    r"(?P<title>(?:R\s+\([^()]{2,80}\)|[A-Z][^.;:()\[\]]{1,150}?)\s+v\s+[A-Z][^.;:\[\]]{1,150}?"
    r"(?:\s*\[(?P<year>" + _YEAR + r")\][^.;,]{2,40}?)?)(?=\s*(?:[.,;]\s|[.;]?$))")


def read_case(t: str) -> Front | None:
    """A court case cited by its name, 'A v B', with its neutral citation or law report
    ('[2037] EWHC 3187 (Admin)', '[1932] AC 562'): the name is the title (no author; the
    citation comes off it with the note's day, see ``parse_reference``)."""
    m = _CASE.match(t)
    if not m or re.search(r"\(\s*" + _YEAR, t[: m.start("title") + 1]):
        return None
    return Front("legal", AuthorList(), m.group("title"), t[m.end():].lstrip(" .,;"), m.group("year"),
                 title_first=True)


def read_leading_year(t: str) -> Front | None:
    """'2016. Title. …': the date first (a ditto author '———.' was removed before)."""
    m = _LEADING_YEAR.match(t)
    if not m:
        return None
    title, rem, italic, desc = take_title(t[m.end():])
    return Front("chicago", AuthorList(), title, rem, m.group("d"), title_kind=italic, descriptors=desc)


def read_vancouver(t: str) -> Front | None:
    """Vancouver/NLM: 'Smith JA, Jones K. Title. Journal. 2019;12(3):45-67.'"""
    if not _VANCOUVER.match(t):
        return None
    m = re.search(r"(?:\b[A-Z]{1,4}|et al)\.\s", t)
    if not m:
        return None
    names = parse_names(t[: m.end()].strip(), "vancouver")
    if not names or names.form not in ("vancouver", "mixed"):
        return None
    title, rem, italic, desc = take_title(t[m.end():])
    return Front("vancouver", names, title, rem, title_kind=italic, descriptors=desc)


def read_plain(t: str) -> Front:
    """No anchors: the longest leading run of names, then the title; else title first."""
    end, closer = name_list_end(t)
    first, comma = sentence_end(t, 0, initials_break=True), t.find(", ")
    body = min(first, comma) if comma > 0 else first  # (a note's "Body, Title, date.")
    one_body = bool(end) and t[end:body].startswith(" and ") and body < len(t) and looks_like_organisation(t[:body])
    if one_body:
        end = 0  # "Kestrian Medicines and Healthcare products Agency. Title.": one body, not a person and a title
    if end:
        # ("Tarvonian Nurses and Midwives Union. Title." is one body, not two people)
        names = parse_names(t[:end], None if looks_like_organisation(t[:end].strip(" .,")) else "names")
        if names:
            rest = t[end:].lstrip(" .,:;")
            eds = _EDS_AFTER.match(rest)
            if eds:
                rest = rest[eds.end():].lstrip(" .,:;")
                closer = "."
            year = _LEADING_YEAR.match(rest)
            if year:
                title, rem, italic, desc = take_title(rest[year.end():])
                return Front("chicago", names, title, rem, year.group("d"), title_kind=italic, descriptors=desc,
                             editors_as_authors=bool(eds))
            if closer == "," and names.form == "organisation" and len(names) == 1 and not eds:
                return _notes_front(names[0].literal, rest)
            if closer == ",":
                e = _title_end_ieee(rest)
                style = "ieee" if names.form == "forward" else "unknown"
                return Front(style, names, rest[:e], rest[e:], editors_as_authors=bool(eds))
            title, rem, italic, desc = take_title(rest)
            return Front("unknown", names, title, rem, title_kind=italic, descriptors=desc,
                         editors_as_authors=bool(eds))
    end = first
    if end < len(t) and looks_like_organisation(t[:end]) and len(split_top(t[end:])) >= 2:
        title, rem, italic, desc = take_title(t[end:])
        return Front("unknown", parse_names(t[:end]), title, rem, title_kind=italic, descriptors=desc)
    if 0 < comma < end and (one_body or _short_name(t[:comma]) and (looks_like_organisation(t[:comma])
                                                                  or _one_word_body(t, comma))) \
            and len(split_top(t[comma + 2:])) >= 2 and not re.search(STANDARD, t):  # (not "IEEE Standard for …, IEEE Std 754")
        # a note's "Body, Title, date.": "Port Alder Chamber of Commerce, Crossing Closure Impact Survey: Results, 30 April 2027."
        return _notes_front(t[:comma].strip(), t[comma + 2:])
    title, rem, italic, desc = take_title(t)
    return Front("unknown", AuthorList(), title, rem, title_first=True, title_kind=italic, descriptors=desc)


_DAY_RANGE = re.compile(r",\s*\d{1,2}\s*[-–]\s*\d{1,2}\s+[A-Z][a-z]+\s+" + _YEAR + r"\b")
_DATED_END = re.compile(r"\s*\([^()]*\b" + _YEAR + r"\)\s*$")


def _one_word_body(t: str, comma: int) -> bool:
    """'Tarvenet, Preliminary Report on the System Disturbance …': one capitalised word, then a
    title of four or more words with a small word among them (no given names)."""
    first, title = t[:comma].strip(), t[comma + 2:].split(", ", 1)[0].split()
    return " " not in first and first[:1].isupper() and len(title) >= 4 \
        and any(w in _NAME_JOINERS for w in title[1:]) and title[0][:1].isupper()


# A document's label and number written before its title in a note: "Report to Cabinet
# CAB/2029/088", "Safety Bulletin SB 03/2027"
_LABEL_NUMBER = re.compile(rf"[A-Z][\w-]*(?:\s+(?:to|of|for|[A-Z][\w-]*)){{0,3}}\s+(?:{SYMBOL}|[A-Z]{{1,6}}\s?\d{{1,4}}/\d{{2,4}})")


def _notes_front(body: str, rest: str) -> Front:
    """A note's "Body, Title, …" after its body: a unit of the body ("Tavistow City Council,
    Bridges and Structures Unit, Title") is part of the author's name; a label and number before
    the title ("Body, Safety Bulletin SB 03/2027, Title, date") a descriptor."""
    first, _, after = rest.partition(", ")
    if after and _short_name(first) and first.split()[-1].lower() in ORG_WORDS and looks_like_organisation(first) \
            and not _LABEL_NUMBER.fullmatch(first):
        body, rest = f"{body}, {first}", after
        first, _, after = rest.partition(", ")
    descriptors = []
    if after and _LABEL_NUMBER.fullmatch(first) and after[:1].isupper():
        descriptors, rest = [f"({first})"], after
    e = _notes_title_end(rest)
    return Front("unknown", AuthorList([Author(literal=body)], form="organisation"), rest[:e], rest[e:],
                 descriptors=descriptors)


def _notes_title_end(rest: str) -> int:
    """Where the title of a note's "Body, Title, …" ends: at its first comma, before a date in
    brackets ("National Risk Picture 2026 (March 2026)": the work's date, not its title's), after
    a range of days ("…in the Northern Area, 14-15 January 2027, TN-DR-…": what it is about)."""
    e = _title_end_ieee(rest)
    if (dated := _DATED_END.search(rest, 0, e)) and dated.end() == e:
        return dated.start()
    if (days := _DAY_RANGE.match(rest, e)) and rest[days.end():].lstrip().startswith(","):
        return days.end()
    return e


def _title_end_ieee(rest: str) -> int:
    end = sentence_end(rest, 0, initials_break=False)
    comma = re.search(r",\s", rest)
    e = min(end, comma.start()) if comma else end
    if 0 < (p := rest.find(" (", 0, e)) and rest.find(")", p) > e:
        return p  # "State of Rivers 2027 (Mirhaven: CEA, 2028), 41": the facts of publication follow the title
    return e


READERS = (read_legislation, read_case, read_paren_date, read_leading_year, read_chicago_ad, read_quoted, read_italic, read_vancouver)


def read_front(t: str) -> Front:
    """The first reader that recognises the layout, else :func:`read_plain`."""
    for reader in READERS:
        front = reader(t)
        if front is not None:
            return front
    return read_plain(t)
