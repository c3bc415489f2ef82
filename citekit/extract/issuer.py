"""Who issued a document, in which series or periodical, under which number (one job: the
header's masthead, series line and wire dateline).

- "Briefing Paper No. 11", "Field Update No. 9 | 30 September 2026", "Report No. 7/2025": a
  series and its number; a series of papers, briefs, notes or updates makes the document a report.
- "Ref: MOF/PR/2026/117", "Decision JMPA/D/2026/014, adopted …": a document symbol is its number.
- "Displacement Watch | Issue 31", "HEAT-HEALTH BRIEFING" over "Issue 18 | …": an issue of a
  periodical, whose name is the container; "A policy newsletter of the Forum on Forced
  Migration" names its publisher.
- "SALVANE, Sept 15 (Meridian News Service) –": a wire story's agency is its container; so is an
  outlet's name in the masthead ("HARWICK CHRONICLE", "*The Salvane Chronicle · Weekend · …*").
- "NATIONAL ASSEMBLY OF …" over "STANDING COMMITTEE ON …": the committee of that body issued it;
  with a proceedings label ("REPORT OF PROCEEDINGS", "SUMMARY OF EVIDENCE") the document is a report.

Fields already known (from the page's own meta tags, a journal line) are kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from citekit.extract.attributions.names import is_news_outlet, is_outlet
from citekit.extract.normalize.numbers import SYMBOL
from citekit.models import Fields

_WORD = r"[A-Z][\w'’-]*"
SERIES_RE = re.compile(rf"^(?P<series>{_WORD}(?:\s+{_WORD}){{0,3}})\s+(?:(?i:no\.?|number|nr\.?)\s*(?P<number>\d[\w/.-]*)"
                       rf"|(?P<slashed>\d+/\d+)|(?P<symbol>{SYMBOL}))$")
# "Briefing Paper No. 11", "RESEARCH BRIEF 7/2026", "Security Advisory MDX-SA-2027-004"
ISSUE_RE = re.compile(r"^(?:(?i:vol\.?|volume)\s*(?P<volume>\d+),?\s+)?(?i:issue|no\.?|number|week)\s*(?P<number>\d[\w/.-]*)$")
SYMBOL_RE = re.compile(r"^(?P<label>(?i:(?:our\s+)?ref(?:erence)?\.?|symbol|decision|document|paper|session|sitting|meeting"
                       r"|[a-z]+\s+(?:number|no\.?|ref(?:erence)?\.?))\s*:?\s*)?(?P<number>[A-Z]\w*(?:/[\w.-]+){2,})(?:\b|$)")
# "Ref: MOF/PR/2026/117", "Our ref.: TPO/2027/0318", "Report number: X/2027/041", "Session HS/2027/04", "HCP/2026/SR.12"
TITLE_SERIES_RE = re.compile(rf"\s[—–-]\s+(?P<series>{_WORD}(?:\s+{_WORD}){{0,3}})\s+(?i:no\.?)\s*(?P<number>\d[\w/.-]*)$")
# A working-paper or policy-brief series and its number anywhere in a header line
PAPER_SERIES_RE = re.compile(r"\b(?P<series>(?i:working|discussion|policy|research|occasional|briefing|staff)\s+"
                             r"(?i:papers?|briefs?|notes?))\s+(?:(?i:no\.?|number)\s*)?"
                             r"(?P<number>(?:[A-Z]{2,6}(?:-[A-Z]{1,4})?\s)?\d+(?:[/.:-]\d+)*)\b")
REPORT_SERIES = frozenset(
    "brief briefing paper papers note notes commentary update bulletin report circular analysis insight "
    "insights memo study studies assessment sitrep advisory advisories alert alerts".split())
GENRE_HEADS = REPORT_SERIES | {"notice", "notices", "summary"}  # ("EXECUTIVE SUMMARY" is a section)
REPORT_LABEL_RE = re.compile(
    r"(?i:\b(?:(?:report|audit|decision|evidence)\s+summary|summary\s+of\s+(?:evidence|proceedings)"
    r"|report\s+of\s+proceedings|summary\s+record|verbatim\s+record|record\s+of\s+(?:evidence|proceedings))\b|^(?:minutes(?:\s+of\s+proceedings)?|(?:follow-up\s+)?performance\s+audit"
    r"|audit\s+report)$"
    r"|^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+(?:st|nd|rd|th))\s+report\s+of\s+session\b"
    r"|^report,\s+together\s+with\b)")  # "REPORT OF PROCEEDINGS (SUMMARY)", "AUDIT SUMMARY", "Fifth Report of Session 2037–38"
MINUTES_RE = re.compile(r"(?i)minutes\s+of\s+(?:the\s+)?\S")
PUBLISHED_BY_RE = re.compile(
    r"^(?:An?\s+(?:[\w-]+\s+){0,3}(?:newsletter|digest|bulletin|briefing|letter|update|review)\s+(?:of|from|by)"
    r"|(?:Compiled|Published|Produced|Issued|Prepared)(?:\s+and\s+\w+)?\s+by)\s+(?:the\s+)?(?P<body>[A-Z].+?)\.?$")
RELEASE_LABEL_RE = re.compile(r"^(?i:(?:joint\s+)?(?:press|news|media)\s+(?:release|statement)|statement)$")
DATELINE_RE = re.compile(r"^[A-Z][A-Z .'’/-]{1,40}(?:,\s+[^()\n]{2,30}?)?\s*\((?P<agency>[^()\n]{2,60})\)\s*[-–—]")
ACRONYM_AFTER = re.compile(r"\s*\([^)]*\)\s*$")  # "Joint Medicines Pricing Authority (JMPA)"
PARLIAMENTARY_RE = re.compile(r"\b(?:Committee|Assembly|Parliament|Ombudsman|Senate|Tribunal)\b")
PERIODICAL_HEADS = frozenset("review ledger advertiser digest weekly".split())
COMMITTEE_HEADS = frozenset("committee subcommittee sub-committee commission panel".split())
ORG_HEADS = frozenset(
    "agency alliance assembly association authority bank bureau centre center chamber coalition commission "
    "committee council court csirt department directorate federation forum foundation fund house institute "
    "majlis ministry network office organisation organization parliament programme research secretariat "
    "senate service society tribunal union plc ltd inc asa group company corporation holdings university faculty "
    "school college academy laboratory laboratories unit division board ombudsman inspectorate team "
    "systems labs technologies solutions industries partners llp".split())
SMALL_WORDS = frozenset("a an and at de des du for in of on the to van von".split())
# A line that starts "Inspection of …", "Review into …" is a piece of work about something (a title),
# even when it ends in a body's head word ("… Continuity of Care at Coastal Hospitals Group").
WORK_NOUNS = frozenset("inspection review investigation inquiry evaluation assessment audit analysis study survey "
                       "examination".split())


def read_issuer(lines: Sequence[str], body: str, meta: Fields) -> None:
    """Fill ``meta``'s type, series, number, container and publisher from the header ``lines``
    (plain text, emphasis removed) and the first lines of the ``body``; known values are kept."""
    periodical = label = None
    for n, line in enumerate(lines):
        parts = _parts(line)
        for i, part in enumerate(parts):
            if label is None and _genre_label(part):
                label = title_case(part)
            if (m := ISSUE_RE.match(part)) and not meta.number:
                meta.number, meta.volume = m.group("number"), meta.volume or m.group("volume")
                name = parts[i - 1] if i else _masthead_name(lines[n - 1]) if n else None
                periodical = name if name and not body_name(name) else None
            elif (m := SERIES_RE.match(part)) and not meta.number and (
                    m.group("number") or m.group("series").split()[-1].lower() in REPORT_SERIES):
                meta.number = m.group("number") or m.group("slashed") or m.group("symbol")
                series = title_case(m.group("series"))
                if series.split()[-1].lower() in REPORT_SERIES:
                    meta.type = "report"
                    meta.series = meta.series or (series if series.lower() != "report" else None)
            elif (m := SYMBOL_RE.match(part)) and (not meta.number or meta.number.isdigit()):
                meta.number = m.group("number")  # a document symbol names it better than a series number
                if re.match(r"(?i)report\b", m.group("label") or ""):
                    meta.type = "report"  # "Report reference: CSFI/2031/01"
        if report_label(line):
            meta.type = "report"
        if (m := PAPER_SERIES_RE.search(line)) and not meta.number:
            meta.type, meta.number = "report", m.group("number")  # "Halden Institute …, Working Paper No. 27/04"
            meta.series = meta.series or title_case(m.group("series"))
        if (m := PUBLISHED_BY_RE.match(line.strip())) and not meta.publisher:
            meta.publisher = m.group("body").split(", ")[-1]
    if meta.title and not meta.number and (m := TITLE_SERIES_RE.search(meta.title)):
        meta.number = m.group("number")  # "Mozambique: Tropical Cyclone Imani — Situation Report No. 4"
        if m.group("series").split()[-1].lower() in REPORT_SERIES:
            meta.type = "report"
    if periodical and not meta.container:
        meta.container = title_case(periodical)
        meta.type = "article"
    elif label and not meta.series:
        meta.series, meta.type = label, "report"
    if not meta.container:
        meta.container = _outlet(lines, body)
    if not meta.publisher:
        meta.publisher = _issuing_body(lines)
    if meta.type == "article" and meta.publisher and not meta.container and meta.number and "/" in meta.number \
            or meta.title and MINUTES_RE.match(meta.title):
        meta.type = "report"  # a body's numbered document ("Our ref.: TPO/2027/0318"), or its minutes
    if meta.type == "article" and not meta.container and meta.publisher and PARLIAMENTARY_RE.search(meta.publisher) \
            and not any(RELEASE_LABEL_RE.match(line.strip()) for line in lines):
        meta.type = "report"  # a committee's, an assembly's or an ombudsman's own document, in no periodical
    if meta.type == "report" and meta.publisher and not meta.institution:
        meta.institution = meta.publisher


def _genre_label(part: str) -> bool:
    """A masthead's name of the kind of document, in capitals ("PRODUCT RECALL NOTICE", "TEST
    REPORT", "OFFICIAL REPORT"): the series it belongs to."""
    words = part.split()
    return 2 <= len(words) <= 4 and part.isupper() and not any(c.isdigit() for c in part) \
        and words[-1].lower() in GENRE_HEADS and words[0].lower() != "executive" and not body_name(part)


def numbered(part: str) -> bool:
    """A header item naming a series, an issue or a symbol ("Field Update No. 9", "Issue 61")."""
    part = part.strip(" *_,")
    return bool(SERIES_RE.match(part) or ISSUE_RE.match(part) or SYMBOL_RE.match(part))


def report_label(line: str) -> bool:
    """A header line labelling the document a report ("AUDIT SUMMARY", "Summary of Evidence")."""
    return len(line.split()) <= 10 and bool(REPORT_LABEL_RE.search(line.strip()))


def _parts(line: str) -> list[str]:
    parts = [p.strip(" *_,") for p in re.split(r"\s+[·|•]\s+|\s+[—–-]\s+", line) if p.strip(" *_,")]
    return [piece for part in parts for piece in (series_and_date(part) or (part,))]


_SERIES_DATE_RE = re.compile(r"^(?P<series>.+?\b(?:No\.?|Number|Issue)\s*\d+[\w/-]*),\s+(?P<date>\S.*\b(?:19|20)\d\d)$")


def series_and_date(line: str) -> tuple[str, str] | None:
    """A numbered series and its date on one line ("Policy Brief No. 17, June 2023") as two items."""
    m = _SERIES_DATE_RE.match(line.strip(" *_"))
    return (m.group("series"), m.group("date")) if m and numbered(m.group("series")) else None


def _masthead_name(line: str) -> str | None:
    """A periodical's name heading the line before its issue line ("HEAT-HEALTH BRIEFING",
    "**BASIS POINTS** — *a weekly letter on banking*")."""
    parts = _parts(line)
    return parts[0] if parts and _capitalised(parts[0], 1, 6) else None


def _outlet(lines: Sequence[str], body: str) -> str | None:
    """A wire story's agency in its dateline, else an outlet named in a header line ("HARWICK
    CHRONICLE", "*The Salvane Chronicle · Weekend · …*", "By X | *The Meridian Review*, December
    issue"), else the dateline's agency known by its initials alone ("TAVISTOW, March 12 (CPS) -")."""
    initials_only = None
    for line in body.splitlines()[:12]:
        if (m := DATELINE_RE.match(line.strip())) and (agency := m.group("agency").strip()):
            if len(agency.split()) >= 2 or is_outlet(agency):
                return agency
            for head in lines[:4]:  # the agency spelled out in the masthead: "CONTINENTAL NEWS SERVICE (CNS)",
                for part in _parts(head):  # or "MERIDIAN WIRE SERVICE" over a dateline's "(MWS)"
                    name = ACRONYM_AFTER.sub("", title_case(part))
                    initials = "".join(w[0] for w in name.split() if w.lower() not in SMALL_WORDS)
                    if _capitalised(name, 2, 6) and (part.endswith(f"({agency})") or initials == agency):
                        return name
            if re.fullmatch(r"[A-Z]{2,6}", agency):
                initials_only = initials_only or agency  # "(CPS)", unless a header line names the agency
    for line in lines[:4]:
        if report_label(line):
            continue
        for part in _parts(line):
            name = ACRONYM_AFTER.sub("", title_case(part.split(",")[0].strip(" *_")))
            if _capitalised(name, 2, 6) and (is_news_outlet(name) or name.split()[-1].lower() in PERIODICAL_HEADS) \
                    and ": " not in name:  # (a title with its subtitle: "Caffeine and Mortality: A Review")
                return name
    return initials_only


def _issuing_body(lines: Sequence[str]) -> str | None:
    """The body named first at the head of the document and, under it, its committee
    ("National Assembly of the Republic of X, Standing Committee on Energy"); in a release or
    statement, the name heading it ("DELTA WATCH" over "PRESS RELEASE")."""
    release = any(RELEASE_LABEL_RE.match(line.strip()) for line in lines)
    for n, line in enumerate(lines[:4]):
        parts = _parts(line)
        if len(parts) > 1 and re.fullmatch(r"[A-Z]{2,8}", parts[0]) and body_name(parts[1]):
            parts = parts[1:]  # "TLAEA · Tarvonan Licensed Aircraft Engineers' Association"
        first = parts[0] if parts else ""
        if not body_name(first) and not (release and _capitalised(first, 2, 6) and not RELEASE_LABEL_RE.match(first)):
            continue
        if len(parts) > 1 and all(body_name(part) for part in parts):  # "WHO (WHO) | UNICEF (UNICEF)"
            return "; ".join(ACRONYM_AFTER.sub("", title_case(part)) for part in parts)
        body = ACRONYM_AFTER.sub("", title_case(first))
        below = lines[n + 1].strip() if n + 1 < len(lines) else ""
        if body_name(below) and any(w.lower() in COMMITTEE_HEADS for w in below.split()):
            body += ", " + ACRONYM_AFTER.sub("", title_case(below))
        return body
    return None


def _capitalised(text: str, least: int, most: int) -> bool:
    """``least`` to ``most`` words, each capitalised but the small ones, and no digits."""
    words = text.split()
    return least <= len(words) <= most and not any(c.isdigit() for c in text) \
        and all(w[:1].isupper() or w.lower() in SMALL_WORDS or w == "&" for w in words)


def body_name(text: str) -> bool:
    """A body's name: two to twelve capitalised words (small ones aside) with an organisation's
    head word first, last, or before "of"/"for"/"on" ("Ministry of Energy", "Coastal Livelihoods
    Network (CLN)", "Orrin Institute for Financial Policy")."""
    name = ACRONYM_AFTER.sub("", text.strip())
    if ":" in name or not _capitalised(name, 2, 12):  # ("Enforcement Notice: X Health Fund (…)": a title)
        return False
    words = [w.lower().strip("’'") for w in name.split()]
    if words[1] == "to" or words[0] in WORK_NOUNS and words[1] in ("of", "into", "on"):
        return False  # "Affiliated to the X Federation", "Review of X Group": a line about a body, not its name
    return words[0] in ORG_HEADS or words[-1] in ORG_HEADS or any(
        w in ORG_HEADS and after in ("of", "for", "on") for w, after in zip(words[1:], words[2:]))


def title_case(text: str) -> str:
    """"NATIONAL ASSEMBLY OF THE REPUBLIC (NAR)" -> "National Assembly of the Republic (NAR)"; mixed case is kept."""
    if any(c.islower() for c in text):
        return text
    out = []
    for i, word in enumerate(text.split()):
        if word.startswith("(") or re.fullmatch(r"(?:[A-Z]\.){2,}", word):
            out.append(word)  # ("(NAR)", "U.S.")
        elif i and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append("-".join(piece.capitalize() for piece in word.split("-")))
    return " ".join(out)
