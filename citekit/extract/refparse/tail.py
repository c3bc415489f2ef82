"""The tail of a reference (after the title): container, locators, publisher, place, date.

Locator readers run in order, each cutting what it recognises; the segments left decide the
container and publisher.
"""

from __future__ import annotations

import re

from ..normalize.numbers import SYMBOL
from ..normalize.dates import MONTHS, find_dates
from ..normalize.titles import ITALIC_CLOSE as I1
from ..normalize.titles import ITALIC_OPEN as I0
from .text import sentence_end, split_top

PAGES = r"(?:[A-Za-z]{0,2}\d+[a-z]?(?:\s*(?:--?|[–—‐‑])\s*[A-Za-z]{0,2}\d+[a-z]?)?|[ivxlcdm]+(?:\s*[–-]\s*[ivxlcdm]+)?)"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_IN = re.compile(r"^(?:In|in|IN|Dans|dans)\s*:?\s+(?!press\b)")
_EDS_PAREN = re.compile(
    r"^(?P<eds>[^()]{2,300}?)\s*\((?:eds?|hrsg|hg|coords?|dirs?|comps?|ed\.?\s+by)\.?\)\s*[,:]?\s*(?P<rest>.*)$", re.I)
_EDS_WORD = re.compile(r"^(?P<eds>[^()]{2,200}?),\s*(?:editors?|eds?\.|hrsg\.)\s*[,:]\s*(?P<rest>.*)$", re.I)
_EDITED_BY = re.compile(
    r"^(?P<book>.+?),?\s+(?:edited|ed\.|eds\.|hrsg\.\s*v\.|herausgegeben von)\s*(?:by\s+)?(?P<eds>.+?)"
    r"(?P<rest>,\s*(?:pp?\.\s*)?\d.*|(?<![A-Z])\.\s.*|,\s*[A-Z][\w ]+(?:,\s*[A-Z]{2})?:.*|\.?$)", re.I)
_INFO = re.compile(r"\(([^()]*(?:\b(?i:ed|edn|eds|pp?|vol|vols|no|report|paper|rev|issue|series)\b\.?|(?<![\w-])"
                   + SYMBOL + r"(?![\w-]))[^()]*|[A-Z]{2,6}\s\d{1,4}/\d{1,4})\)")  # ('(2nd ed., pp. 4–7)', '(NCRC-TA-2027-01)', '(AOV 2025/17)')
_BRACKET = re.compile(r"\[([^\[\]]+)\]")
_VANCOUVER = re.compile(
    r"(?P<y>" + _YEAR + r")(?:\s+(?P<md>[A-Z][a-z]{2}(?:\s+\d{1,2})?))?\s*;\s*(?P<v>[\w-]+)?\s*(?:\((?P<n>[^)]+)\))?"
    r"\s*(?::\s*(?:cols?\.?\s*)?(?P<p>" + PAGES + r"))?")
_CHICAGO_NB = re.compile(
    r"(?<![\w.–-])(?P<v>\d+[A-Za-z]?)\s*(?:,\s*(?:no|issue|nos)\.?\s*(?P<n>[\w/–-]+))?\s*"
    r"\((?P<d>[^()]*\b" + _YEAR + r"\b[^()]*)\)(?:\s*[:,]?\s*(?P<p>" + PAGES + r")(?![\w(]))?")
_CHICAGO_AD = re.compile(
    r"(?<![\w.:])(?P<v>\d+[A-Za-z]?)\s*(?:\((?P<n>[^()]{1,20})\))?\s*:\s*(?P<p>" + PAGES + r")(?=\s*[.,;]|\s*$)")
_APA = re.compile(
    r",\s*" + I0 + r"?(?P<v>\d+[A-Za-z]?)" + I1 + r"?\s*(?:\((?P<n>[^()]{1,30})\))?\s*"
    r"(?:,\s*(?:(?:pp?\.|Article|Art\.|e-?locator)\s*)?(?P<p>" + PAGES + r"))?(?=\s*(?:[.,;]|$))")
_VOL = re.compile(r"\b(?:vol(?:ume)?s?|Bd|tome|том|т|v(?=\.\s*\d))\.?\s*(?P<v>[A-Z]?\d+[A-Za-z]?(?:\s*[-–]\s*\d+)?|[IVXLC]+\b)", re.I)
_NO = re.compile(r"(?:\b(?:no|nos|nr|issue|iss|heft|number)\.?|№|n°|nº)\s*(?P<n>\d+[A-Za-z]?(?:\s*[-–/]\s*\d+)?)", re.I)
_PP = re.compile(
    r"(?:\bpages?|\bpp?\.?|(?-i:\bcols?\.?|\bcolumns)|\bS\.|\bстр\.|\bс\.)\s*(?P<p>" + PAGES + r"(?:\s*,\s*(?!" + _YEAR + r"\b)\d{1,4}(?:\s*[-–]\s*\d+)?(?![\w.]))*)"
    r"(?![\w])|\b(?:Article|Art\.)\s*(?:no\.\s*)?(?P<a>[A-Za-z]?\d+)", re.I)
_BARE_RANGE = re.compile(r"(?:^|(?<=[,.:;]\s))(?P<p>[A-Za-z]?\d{1,6}\s*[-–—‐]\s*[A-Za-z]?\d{1,6})(?=\s*[.,;]|\s*$)")
_VOL_ISSUE = re.compile(
    r"(?<![\w.–-])(?P<v>\d{1,4}[A-Za-z]?)\s*\((?P<n>[\w/–-]{1,10})\)\s*(?:[,:]?\s*(?:pp?\.\s*)?(?P<p>" + PAGES
    + r"))?(?=\s*[.,;]|\s*$)")
_VOL_PAGES = re.compile(r"(?<=[A-Za-z.])\s+(?P<v>\d{1,4})\s*,\s*(?P<p>" + PAGES + r")(?=\s*[.;]?\s*$|\s*[.;]\s)")
_EDITION = re.compile(
    r"(?P<e>\b\d+(?:st|nd|rd|th|e|er|\.)?|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"rev(?:ised|\.)?|expanded|updated|new|enlarged|abridged)\b)\s*(?:ed|edn|edition|aufl|auflage|éd|uppl)\b\.?", re.I)
_REPORT = re.compile(
    r"(?P<g>(?:[A-Z][\w&-]*\s+){0,3}(?:Tech(?:nical|\.)\s*Rep(?:ort|\.)|Working\s+Paper|Research\s+Paper|Discussion\s+Paper|"
    r"Policy\s+(?:Brief|Paper)|Occasional\s+Paper|Briefing\s+Paper|Issue\s+Brief|Research\s+Report|Special\s+Report|"
    r"Report|Rep\.|White\s+Paper|Paper))(?:\s*(?:No\.?|no\.?|Number|Nr\.?|#):?\s*|\s+)"
    r"(?P<n>" + SYMBOL + r"|[A-Z]{0,6}[-\s/]?\d[\w./-]*(?::\d+)?)")
_LABELLED_NUMBER = re.compile(rf"^(?P<g>[A-Za-z][\w-]*\.?(?:\s+[A-Za-z][\w-]*\.?){{0,2}})\s+"
                              rf"(?P<n>{SYMBOL}|[A-Z]{{1,6}}\s\d{{1,4}}/\d{{2,4}})$")  # ('Rep. X', 'Safety Bull. SB 03/2027')
_GENRE = re.compile(
    r"(?P<g>(?:unpublished\s+)?(?:Ph\.?\s?D\.?|Doctoral|Master'?s|M\.?A\.?|M\.?Sc\.?|MPhil|B\.?A\.?|Bachelor'?s|Diploma)\s*"
    r"(?:diss(?:ertation)?\.?|thesis)|\bdissertation\b|\bthesis\b|\bTech(?:nical|\.)\s*Rep(?:ort|\.)|"
    r"\bWorking\s+Paper\b|\bPolicy\s+Brief\b|\bPress\s+release\b|\bWhite\s+paper\b)", re.I)
_PLACE_PUB = re.compile(
    r"(?:^|(?<=[,.;]\s))(?P<place>[A-Z][\w'’.-]*(?:[ -](?:[A-Z][\w'’.-]*|upon|on|am|de|sur|del))*"
    r"(?:,\s*[A-Z][A-Za-z.]{1,14}){0,2})\s*:\s*(?P<pub>[^:;]+?)"
    r"(?:,\s*(?:(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?P<y>" + _YEAR + r"[a-z]?|n\.\s?d\.))?\s*(?=(?<![\s.][A-Z])(?<!Univ)(?<!Inc)(?<!Co)(?<!Ltd)(?<!Dept)(?<!Corp)(?<!Publ)[.;]\s|[.;]?$|,\s*(?:pp?\.|\d)|[,.\s]*$)")
STANDARD = (
    r"(?:(?:(?:ISO|IEC|IEEE|ANSI|NISO|ASTM|ASME|BS|DIN|EN|CEN|CENELEC|CSA|ETSI|ITU-[TR]|FIPS|JIS|SAE|NFPA|IETF)"
    r"(?:\s*/\s*|\s+)(?=[A-Z\d]))+(?:Std\.?\s+|PUB\s+|Rec(?:ommendation)?\.?\s+|TR\s+|TS\s+)?"
    r"[A-Z]{0,3}\.?\d[\w.:/-]*(?<![.:/-])|NIST\s+(?:SP|IR)\s+\d[\w.-]*\d|RFC\s?\d{3,5})")
_STANDARD = re.compile(
    r"(?:^|(?<=[,.;]\s)|(?<=\s)(?=\())(?P<o>\(\s*)?(?P<s>" + STANDARD + r")(?(o)\s*\))(?=\s*(?:[,.;]|$))")
_NOISE = re.compile(
    r"^(?:print|web|online|electronic|pdf|e-?book|kindle(?: edition)?|available|accessed|retrieved|n\.\s?d|"
    r"in press|forthcoming|advance online publication|epub ahead of print|preprint|internet|cd-rom|mimeo|"
    r"by\s+[A-Z].*|\d{4}|\d+\s+vols?)\.?$", re.I)
_PUBLISHER_WORDS = frozenset(
    "press presses publish publisher publishers publishing publication publications books verlag wiley springer "
    "elsevier routledge penguin macmillan sage blackwell palgrave norton knopf harper harpercollins ediciones "
    "éditions editions editora editorial inc inc. ltd ltd. llc gmbh addison-wesley mcgraw-hill pearson brill "
    "hachette verso polity mit prentice academic bloomsbury vintage doubleday viking crown basic hurst zed "
    "tauris scribner wadsworth longman heinemann kluwer pergamon cengage".split())
_PUBLISHER_PHRASES = ("random house", "taylor & francis", "de gruyter", "i.b. tauris", "university press")
_MEDIA_WORDS = frozenset(
    "news times post journal review magazine daily herald tribune gazette radio tv television broadcasting media "
    "blog monitor observer guardian telegraph wire insider weekly quarterly bulletin digest letters chronicle "
    "express mail reporter today independent economist atlantic diplomat affairs politico vox axios bbc cnn "
    "reuters bloomberg al-jazeera aljazeera npr abc cbs nbc pbs dawn hindu standard star sun voice world online "
    "net com org".split())
_MEDIA_PHRASES = ("al jazeera",)
_INSTITUTION_WORDS = frozenset(
    "nations un council ministry department agency office commission government bank fund organization "
    "organisation secretariat assembly committee parliament congress senate court tribunal university institute "
    "institution centre center foundation programme program mission embassy bureau authority board "
    "administration group police forces army team unit directorate service observatory academy association "
    "society federation union alliance coalition corporation consortium secretary-general watch international "
    "unhcr unicef unodc unama nato oecd osce imf who undp sipri rand".split())
_INSTITUTION_PHRASES = ("united nations",)
_WORDS_RX = re.compile(r"[\w&.'-]+")


def _has(seg: str, words: frozenset[str], phrases: tuple[str, ...]) -> bool:
    low = seg.lower()
    return any(w.strip(".'") in words or w in words for w in _WORDS_RX.findall(low)) or any(p in low for p in phrases)


def is_media(seg: str) -> bool:
    """A newspaper, magazine, broadcaster or other outlet name ('The Times', 'BBC News')."""
    return _has(seg, _MEDIA_WORDS, _MEDIA_PHRASES)


def is_publishing_house(seg: str) -> bool:
    """A commercial or university publisher ('Routledge', 'Yale University Press')."""
    return _has(seg, _PUBLISHER_WORDS, _PUBLISHER_PHRASES)


def is_institution(seg: str) -> bool:
    """A body: agency, bank, council, university, … ('World Bank', 'United Nations')."""
    return _has(seg, _INSTITUTION_WORDS, _INSTITUTION_PHRASES)


_PROC = re.compile(r"proceedings|\bproc\.|conference|\bconf\.|symposium|workshop|congress|meeting", re.I)
_PLACE_WORD = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
_MONTH_NAMES = "|".join(m.capitalize() for m in MONTHS if m.isascii() and len(m) >= 3)
_MONTH_DAY = re.compile(r"^(?P<m>[A-Za-z]+)\.?\s+(?P<d>\d{1,2})$")
_DAY_MONTH = re.compile(r"^(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]+)\.?$")


# Where in a work a note points, at the entry's end: "sections 2.1-2.4", "paras 3.1–3.2",
# "scenario 7", "recommendation 3", "table 1", "annex B", "reg. 21(1)-(4)"
_PINPOINT = re.compile(
    r",\s*(?:and\s+)?(?:sections?|ss?\.|§§?|paras?\.?|paragraphs?|recommendations?|scenarios?|tables?|figures?|"
    r"figs?\.|annex(?:es)?|appendix|appendices|reg\.|regulation|rules?|items?)\s+[A-Z]?[\d.()]*[\dA-Z)]"
    r"(?:\s*(?:[-–]|and|to|,|&)\s*[A-Z]?[\d.()]*[\dA-Z)])*(?:\s+and\s+[^,]{1,40})?\s*\.?\s*$"
    r"|,\s*at\s+\[\d+\](?:\s*[-–]\s*\[\d+\])?\s*\.?\s*$", re.I)  # (a judgment's paragraph: "…, at [41].")


_PUBLICATION_FACTS = re.compile(
    r"\((?P<place>[A-Z][^():,;]{1,40}):\s*(?P<pub>[^():;]{2,80}?),\s*(?P<d>[^():;]{0,20}?\b(?:1[5-9]|20)\d\d)\)"
    r"(?=(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|,\s*[a-z][^()]{0,40})?\s*[.,;]?\s*$)")


def _cut(r: str, m: re.Match[str]) -> str:
    return r[: m.start()].rstrip() + ", " + r[m.end():].lstrip()


def _set(rec: dict, key: str, value: str | None) -> None:
    if value and not rec.get(key):
        rec[key] = value.strip()


_CONTAINER_STOP = re.compile(
    r";\s*|(?<=\)),\s+|,\s+(?=[A-Z][a-z]+,\s*[A-Z]{2}\b)|,\s+(?=(?:" + _MONTH_NAMES + r")\b)"
    r"|,\s+(?=\d|(?i:vol\.|vols\.|pp?\.|no\.|edited|ed\.|eds\.)|[A-Z][\w'-]*(?: [A-Z][\w'-]*)*(?:,\s*[A-Z]{2})?:)"
    r"|\s\((?i:pp?\.)|\s+\d+\s*\(")
_ABBR_WORD = re.compile(r"\b[A-Z][a-z]{0,6}\.\s")


def _container_end(body: str) -> int:
    """End of a container name written plainly after 'In' (proceedings, book titles)."""
    m = _CONTAINER_STOP.search(body)
    if m and len(_ABBR_WORD.findall(body, 0, m.start())) >= 2:
        return m.start()  # 'Proc. Adv. Neural Inf. Process. Syst.': periods abbreviate
    end = sentence_end(body, 0, initials_break=False)
    return min(end, m.start()) if m else end


def read_in_container(r: str, rec: dict, votes: list[str]) -> str:
    """'In A. Editor (Ed.), *Book* …', 'In *Book*, edited by …', 'in Proc. X, …'."""
    m = _IN.match(r)
    if not m:
        return r
    rec["_in"] = True
    body = r[m.end():]
    em = _EDS_PAREN.match(body) or _EDS_WORD.match(body)
    if em and not em.group("eds").startswith(I0):
        rec["editor"] = em.group("eds")
        body = em.group("rest")
        votes.append("apa")
    if body.startswith(I0) and (close := body.find(I1)) > 0:
        rec["container-title"] = body[1:close]
        body = body[close + 1:]
        cm = re.match(r"^\s*,?\s*(?:edited|ed\.|eds\.)\s*(?:by\s+)?(?P<eds>.+?)(?P<rest>,\s*(?:pp?\.\s*)?\d.*|(?<![A-Z])\.\s.*|\.?$)",
                      body, re.I)
        if cm and not rec.get("editor"):
            rec["editor"] = cm.group("eds")
            body = cm.group("rest")
            votes.append("chicago")
        return body
    cm = _EDITED_BY.match(body)
    if cm and len(cm.group("book")) < 250:
        rec["container-title"], rec["editor"] = cm.group("book"), cm.group("eds")
        votes.append("chicago")
        return cm.group("rest")
    end = _container_end(body)
    rec["container-title"] = body[:end]
    return body[end:]


def _parse_info(text: str, rec: dict) -> None:
    """Items of an '(2nd ed., pp. 45–67)' / '[Doctoral dissertation, X]' descriptor."""
    for item in re.split(r"\s*[,;]\s*", text.strip()):
        if not item:
            continue
        if (m := _EDITION.search(item)):
            _set(rec, "edition", m.group("e"))
        elif (m := _PP.match(item)):
            _set(rec, "pages", m.group("p") or m.group("a"))
        elif (m := _VOL.match(item)):
            _set(rec, "volume", m.group("v"))
        elif (m := _REPORT.match(item)):
            _set(rec, "genre", m.group("g"))
            _set(rec, "report_number", m.group("n"))
        elif (m := re.match(r"^(?:No\.|Publication No\.|Series No\.)\s*(\S+)$", item, re.I)):
            _set(rec, "report_number", m.group(1))
        elif (m := _LABELLED_NUMBER.match(item)):  # 'Alert NCRC-AL-2027-011', 'board paper BP/2026/118'
            _set(rec, "genre", m.group("g"))
            _set(rec, "report_number", m.group("n"))
        elif re.match(r"(?i)(?:last\s+)?(?:updated|modified|revised)\s+\S", item):
            _set(rec, "note", item)  # Vancouver's "[updated 2027 Mar 19]": when the page changed, no genre
        elif (m := re.fullmatch(SYMBOL, item) or re.fullmatch(r"[A-Z]{2,6}\s\d{1,4}/\d{1,4}", item)):
            _set(rec, "report_number", m.group())  # '(NCRC-TA-2027-01)', '(AOV 2025/17)' after the title
        elif _GENRE.search(item) or not rec.get("genre"):
            if rec.get("genre") and _has(item, _INSTITUTION_WORDS, _INSTITUTION_PHRASES):
                _set(rec, "institution", item)
            else:
                _set(rec, "genre", item)
        elif _has(item, _INSTITUTION_WORDS, _INSTITUTION_PHRASES):
            _set(rec, "institution", item)


def _mark(r: str, m: re.Match[str], rec: dict) -> None:
    """Remember the text before the first journal locator: it ends with the container."""
    rec.setdefault("_pre", r[: m.start()])


def read_locators(r: str, rec: dict, votes: list[str], need_date: bool) -> str:
    """Cut volume, issue, pages, edition, report numbers, genre, place/publisher (and a note's
    pinpoint, no part of the work: 'sections 2.1-2.4', 'para. 12', 'table 1')."""
    r = r.strip()
    while (m := _PINPOINT.search(r)):
        r = r[: m.start()]
    if (m := _PUBLICATION_FACTS.search(r)):  # a Chicago note's "(Mirhaven: CEA, 2028), 41"
        _set(rec, "location", m.group("place"))
        _set(rec, "publisher", m.group("pub"))
        if need_date:
            _set(rec, "date", m.group("d"))
        if (page := re.match(r",\s*(\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*[.,;]?\s*$", r[m.end():])):
            _set(rec, "pages", page.group(1))  # the page the note cites
            r = r[: m.start()]
        else:
            r = r[: m.start()] + r[m.end():]
    if (m := _STANDARD.search(r)):  # 'ISO 690:2021', 'IEEE Std 802.11-2020', 'RFC 9110'
        _set(rec, "report_number", m.group("s"))
        rec["_standard"] = True
        r = _cut(r, m)
    for m in list(_INFO.finditer(r))[::-1]:
        _parse_info(m.group(1), rec)
        r = _cut(r, m)
    for m in list(_BRACKET.finditer(r))[::-1]:
        _parse_info(m.group(1), rec)
        r = _cut(r, m)
    if ";" in r and (m := _VANCOUVER.search(r)) and (m.group("v") or m.group("p")):
        _set(rec, "volume", m.group("v"))
        _set(rec, "issue", m.group("n"))
        _set(rec, "pages", m.group("p"))
        _set(rec, "date", f"{m.group('y')} {m.group('md') or ''}".strip() if need_date else None)
        _mark(r, m, rec)
        r = _cut(r, m)
        votes.append("vancouver")
    if "(" in r and (m := _CHICAGO_NB.search(r)) and not rec.get("volume"):
        _set(rec, "volume", m.group("v"))
        _set(rec, "issue", m.group("n"))
        _set(rec, "pages", m.group("p"))
        if need_date:
            _set(rec, "date", m.group("d"))
        _mark(r, m, rec)
        r = _cut(r, m)
        votes.append("chicago")
    if (m := _REPORT.search(r)) and (re.search(r"\b(?:No|Number|Nr)\b", m.group(), re.I)
                                     or re.fullmatch(SYMBOL, m.group("n").rstrip("."))
                                     or re.fullmatch(_YEAR + r"[:/]\d{1,3}", m.group("n"))):  # "NPHI Report 2034:9"
        _set(rec, "genre", m.group("g"))  # "Report No. 1234", "Report PI/114/2025": a report's number, not a journal's issue or pages
        _set(rec, "report_number", m.group("n"))
        r = _cut(r, m)
    for rx, key in ((_VOL, "volume"), (_NO, "issue")):
        if (m := rx.search(r)):
            _set(rec, key, m.group(1))
            _mark(r, m, rec)
            r = _cut(r, m)
            votes.append("mla")
    if (m := _PP.search(r)):
        _set(rec, "pages", m.group("p") or m.group("a"))
        r = _cut(r, m)
    if ":" in r and not rec.get("volume") and (m := _CHICAGO_AD.search(r)):
        _set(rec, "volume", m.group("v"))
        _set(rec, "issue", m.group("n"))
        _set(rec, "pages", m.group("p"))
        _mark(r, m, rec)
        r = _cut(r, m)
        votes.append("chicago")
    if not rec.get("volume"):
        for m in _APA.finditer(r):
            year_like = re.fullmatch(_YEAR, m.group("v"))
            if year_like and not m.group("n"):
                continue
            _set(rec, "volume", m.group("v"))
            _set(rec, "issue", m.group("n"))
            _set(rec, "pages", m.group("p"))
            _mark(r, m, rec)
            r = _cut(r, m)
            break
    for rx in (_VOL_ISSUE, _VOL_PAGES):
        m = rx.search(r) if not rec.get("volume") else None
        if m and not re.fullmatch(_YEAR, m.group("v")) and not re.fullmatch(_YEAR, m.group("p") or "") \
                and (w := re.findall(r"\w+", r[: m.start("v")])) and w[-1].lower() not in MONTHS:
            _set(rec, "volume", m.group("v"))
            _set(rec, "issue", m.groupdict().get("n"))
            _set(rec, "pages", m.group("p"))
            _mark(r, m, rec)
            r = _cut(r, m)
    if not rec.get("pages") and (m := _BARE_RANGE.search(r)):
        a, b = re.split(r"\s*[-–—‐]\s*", m.group("p"))
        if not (re.fullmatch(_YEAR, a) and re.fullmatch(_YEAR + "|\\d{2}", b)):
            _set(rec, "pages", m.group("p"))
            r = _cut(r, m)
    low = r.lower()
    if "ed" in low and (m := _EDITION.search(r)):
        _set(rec, "edition", m.group("e"))
        r = _cut(r, m)
    if any(k in low for k in ("rep", "paper", "brief")) and (m := _REPORT.search(r)):
        _set(rec, "genre", m.group("g"))
        _set(rec, "report_number", m.group("n"))
        r = _cut(r, m)
    if any(k in low for k in ("thes", "diss", "rep", "paper", "brief", "release")) and (m := _GENRE.search(r)):
        _set(rec, "genre", m.group("g"))
        r = _cut(r, m)
    if (m := re.search(r"(?:^|[,.]\s*)(?:edited\s+(?:and\s+translated\s+)?by|translated\s+and\s+edited\s+by|ed\.|eds\.)\s+(?:by\s+)?(?P<eds>[^,]+?(?:,\s*[^,]+?)*?)(?=,\s*[A-Z][\w\s&.-]*(?:,|$)|(?<!\b(?-i:[A-Z]))\.\s|\.?$)",
                       r, re.I)):
        _set(rec, "editor", m.group("eds"))
        r = _cut(r, m)
    if (m := re.search(r"(?:^|,\s*)(?:trans(?:lated|\.)\s+by|trans\.)\s+[^,.]+", r, re.I)):
        r = _cut(r, m)
    for m in (_PLACE_PUB.finditer(r) if ":" in r else ()):
        place = m.group("place")
        if len(place.split()) > 5 or _has(place, _MEDIA_WORDS, _MEDIA_PHRASES) or _PROC.search(place):
            continue
        _set(rec, "location", place)
        _set(rec, "publisher", m.group("pub"))
        if need_date and m.group("y"):
            _set(rec, "date", m.group("y"))
        r = _cut(r, m)
        votes.append("chicago")
        break
    return r


def read_date(r: str, rec: dict) -> str:
    """The date of a reference whose front had none: a standalone date segment first."""
    found = find_dates(r)
    if not found:
        if (m := re.search(r"(?:^|,\s*)n\.\s?d\.", r)):
            rec["_undated"] = True
            r = _cut(r, m)
        return r
    best = None
    for start, end, _ in found:  # the last standalone date: MLA and Chicago put the publication date last
        before, after = r[:start].rstrip(), r[end:].lstrip()
        standalone = (not before or before[-1] in ",.;(") and (not after or after[0] in ",.;)")
        if standalone:
            best = (start, end)
    start, end = best or found[0][:2]
    rec["date"] = r[start:end]
    if r[:start].rstrip().endswith("(") and r[end:].lstrip().startswith(")"):  # "TN-DR-2027-01-P (26 January 2027)"
        return r[:start].rstrip()[:-1] + ", " + r[end:].lstrip()[1:]
    return r[:start] + ", " + r[end:]


def _document_number(seg: str) -> str | None:
    """A segment that is only a document's number: 'JOBC/2027/DEC.2', 'document JOBC/2027/DEC.2',
    'Report BE-4471/SI/2027', 'Safety Bull. SB 03/2027', 'Report to Cabinet CAB/2029/088'."""
    if re.fullmatch(SYMBOL, seg):
        return seg
    m = _LABELLED_NUMBER.match(seg) or _REPORT.fullmatch(seg) or _KIND_NUMBER.fullmatch(seg)
    return m.group("n") if m else None


# A kind of document and its number, however short: "Guideline G-14", "Circular 12/2030"
_KIND_NUMBER = re.compile(r"(?P<g>Guideline|Guidance Note|Standard|Circular|Directive|Bulletin|Advisory|Alert|Notice|"
                          r"Decision|Resolution)\s+(?P<n>[A-Z]{0,4}-?\d+(?:[./:-]\d+)*[A-Za-z]?)")


_NUMBER_SEGMENT = re.compile(rf"(?:^|(?<=[.,;]\s))(?P<seg>(?:[A-Za-z][\w-]*\.?\s+){{0,2}}{SYMBOL})(?=\s*[.,;(]|\s*$)")


def take_document_number(rest: str, rec: dict) -> str:
    """A document's number standing as a segment of its own after the title ("Technical report
    SSJBC/TR/2034/2.", ", report BE-4471/PI/2025,", ", Standard CRS/SG/0417,", ", MF-CPR-2026,"):
    the report number (and the kind of document its label gives), cut before the locators are
    read, so that no journal, volume or publisher is read into it; returns the rest."""
    if rec.get("report_number"):
        return rest
    for m in _NUMBER_SEGMENT.finditer(rest):
        seg = m.group("seg")
        if (number := _document_number(seg)) is None:
            continue
        rec["report_number"] = number
        label = seg[: seg.rfind(number)].strip()
        if label and not rec.get("genre") and not re.fullmatch(r"(?:No|Nr|Ref|ref|doc|document)\.?", label):
            rec["genre"] = label
        before, after = rest[: m.start()].rstrip(" ,;"), rest[m.end():].lstrip(" .,;")
        return f"{before}, {after}" if before and after else before or after
    return rest


_SERIES = re.compile(r"(?:\b[Ss]eries|\b(?:Working|Discussion|Occasional|Policy|Briefing|Research)\s+Papers)$")


def _italic(seg: str) -> bool:
    return seg.startswith(I0) and seg.endswith(I1) and seg.count(I0) == 1


def assign_segments(segs: list[str], rec: dict, front, has_url: bool, day_date: bool) -> list[str]:
    """Container and publisher from what is left; returns the segments not used."""
    segs = [s for s in segs if not _NOISE.match(s.strip(I0 + I1 + " .")) and s.strip(I0 + I1 + " .,")]
    locators = any(rec.get(k) for k in ("volume", "issue", "pages")) and not rec.get("_in")
    if rec.get("_in") and rec.get("container-title") and not rec.get("location") and not front.date:
        places = []
        for seg in segs:  # 'in Proc. X (ABC), Marrakech, Morocco, May 2008': the place of a meeting
            bare = seg.strip(I0 + I1 + " .")
            if not _PLACE_WORD.fullmatch(bare) or _has(bare, _PUBLISHER_WORDS, _PUBLISHER_PHRASES) \
                    or _has(bare, _INSTITUTION_WORDS, _INSTITUTION_PHRASES):
                break
            places.append(bare)
        if places and len(places) < len(segs) + 1 and len(places) <= 3:
            rec["location"] = ", ".join(places)
            segs = segs[len(places):]
    left: list[str] = []
    places: list[str] = []
    had_pub, pub_at, body = bool(rec.get("publisher")), None, False
    for i, seg in enumerate(segs):
        bare = seg.strip(I0 + I1 + " ")
        if not had_pub and rec.get("publisher"):
            had_pub, pub_at = True, i if body else None  # the segment before named a publishing body
        media = _has(bare, _MEDIA_WORDS, _MEDIA_PHRASES)
        pub = not media and _has(bare, _PUBLISHER_WORDS, _PUBLISHER_PHRASES)
        inst = not media and not pub and _has(bare, _INSTITUTION_WORDS, _INSTITUTION_PHRASES)
        body = (pub or inst) and front.style != "vancouver" and not _PROC.search(bare)
        if (m := _MONTH_DAY.match(bare.rstrip(".")) or _DAY_MONTH.match(bare.rstrip("."))) \
                and m.group("m").lower() in MONTHS and rec.get("date"):
            rec["_month_day"] = bare.rstrip(".")  # "February 6", "6 February" of a "(2029)" entry
            continue
        if rec.get("date") and (day := whole_date(bare.rstrip(".,; "))):
            if len(day) == 10 and day[:4] == str(rec["date"])[:4]:
                rec["_month_day"] = bare.rstrip(".,; ")[: -4].strip(" ,")  # "6 October 2037" after "(2037)"
            continue  # the entry's date again
        clean = bare.rstrip(".,; ")
        if (m := _PUBLISHED_BY.fullmatch(clean)) and not rec.get("publisher"):
            rec["publisher"] = m.group("pub")  # "published by Norvane Chemicals"
            continue
        if _PROSE.match(clean):  # "published by the council in October 2030: …": a note, no publisher's name
            rec["note"] = f"{rec['note']}; {clean}" if rec.get("note") else clean
            continue
        if i == len(segs) - 1 and not rec.get("publisher") and (m := _PLACES_PUBLISHER.fullmatch(clean)):
            rec["location"], rec["publisher"] = m.group("place"), m.group("pub")  # "Ardrenna and Vireloup: SSJBC"
            continue
        if not rec.get("report_number") and (number := _document_number(clean)):
            rec["report_number"] = number  # '… stay cables. JOBC/2027/DEC.2. 23 April 2027.': no publisher
            continue
        head, _, day = clean.rpartition(", ")
        if not rec.get("report_number") and (m := _MONTH_DAY.match(day) or _DAY_MONTH.match(day)) \
                and m.group("m").lower() in MONTHS \
                and rec.get("date") and (number := _document_number(head)):
            rec["report_number"], rec["_month_day"] = number, day  # "Report to Cabinet CAB/2029/088, 19 November"
            continue
        if not rec.get("collection-title") and not rec.get("container-title") and _SERIES.search(clean) \
                and " " in clean.lstrip(".,; "):
            rec["collection-title"] = clean  # "Fragile States Series, No. 3": a series, no periodical
            continue
        if not rec.get("container-title") and not rec.get("publisher"):
            if _italic(seg) or (locators and i == 0) or _PROC.search(bare):
                rec["container-title"] = bare
                continue
            if pub:
                rec["publisher"] = bare
                continue
            if inst and (front.title_first or not has_url or not day_date or front.title_italic
                         or rec.get("genre") or _looks_reportish(front.title)):
                rec["publisher"] = bare
                rec["_institution"] = True
                continue
            web = has_url and (day_date or media)
            if front.title_italic and not web and not media:
                rec["publisher"] = bare
                continue
            if not has_url and not media and not locators and not rec.get("_in") and not front.title_quoted \
                    and front.style in ("mla", "chicago", "unknown"):
                if front.title_italic or not _PROC.search(bare):
                    rec["publisher"] = bare
                    continue
            rec["container-title"] = bare
            continue
        if not rec.get("publisher") and (pub or inst or i == len(segs) - 1) and not _MONTH_DAY.match(bare):
            rec["publisher"] = bare
            if inst and not pub:
                rec["_institution"] = True
            continue
        if pub_at is not None and i == pub_at + len(places) and len(places) < 3 and _place_like(bare) \
                and not (body or media):
            places.append(bare)  # 'Organisation, Geneva, Switzerland'
            continue
        left.append(bare)
    if places and not rec.get("location") and pub_at + len(places) == len(segs) \
            and any(c.islower() for c in places[0]):
        rec["location"] = ", ".join(places)  # only a run of places that ends the entry
    elif places:
        left.extend(places)
    return left


# A segment that describes the work in words rather than naming who published it
_PROSE = re.compile(r"(?:published|issued|supplied|provided|available|accessed|retrieved|updated|last updated|submitted|"
                    r"presented|prepared|commissioned|adopted|served|released|entries|copy|reproduced|reprinted|quoted|"
                    r"cited|summari[sz]ed|held|fieldwork|confidential)\b", re.I)
_PUBLISHED_BY = re.compile(r"(?:published|issued|released)\s+by\s+(?P<pub>[A-Z][^,;:]{1,80})")
# Two or more places and a publisher: "Ardrenna and Vireloup: SSJBC" (one place is :data:`_PLACE_PUB`'s)
_PLACES_PUBLISHER = re.compile(r"(?P<place>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)*(?:(?:,\s+|\s+and\s+)[A-Z][\w'’.-]+"
                               r"(?:\s+[A-Z][\w'’.-]+)*)+)\s*:\s*(?P<pub>[A-Z][^:;]{0,80})")


def whole_date(seg: str) -> str | None:
    """The ISO date a segment is, and nothing else ("6 October 2037", "June 2025")."""
    found = find_dates(seg)
    return found[0][2] if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(seg) else None


_NOT_PLACE = re.compile(r"\d|[a-z]{2}[A-Z]")  # digits, 'PubMed'-like camel case


def _place_like(seg: str) -> bool:
    """'Geneva', 'Piscataway', 'NJ', 'U.K.', 'New York': capitalised words, no month, no digits
    (a run of places must open with a name in lower case: 'Boston, MA', not 'IEEE')."""
    words = seg.split()
    return 1 <= len(words) <= 3 and bool(_PLACE_WORD.fullmatch(seg)) and not _NOT_PLACE.search(seg) and not any(
        w.lower().strip(".") in MONTHS or (w.endswith(".") and len(w) > 3 and not w[:-1].isupper()) for w in words)


def _looks_reportish(title: str | None) -> bool:
    return bool(title and re.search(r"\breport\b|\bbrief\b|\bbriefing\b|\bassessment\b|\bworking paper\b", title, re.I))


_ABBREV_PART = re.compile(r"(?:[A-Z][\w'’&-]{0,11}\.?\s?|(?:of|and|&|the|de|für|für)\s){1,5}")


_LOCATOR_WORD = re.compile(r"(?i)(?:vol(?:ume)?s?|issue|no|number|part|cols?|pages?|pp?)\.?")


def split_container(pre: str, comma_style: bool) -> tuple[str | None, str | None]:
    """(container, title continuation) from the text before a journal locator.

    The container is the last part; abbreviated parts before it ('J. Clin. Endocrinol.')
    belong to it, longer ones are the rest of a title that had a period inside.
    """
    pre = pre.strip(" ,;:")
    if not pre:
        return None, None
    parts = split_top(pre, "," if comma_style else ".")
    if not parts:
        return None, None
    k = len(parts) - 1
    while not comma_style and k > 0 and _ABBREV_PART.fullmatch(parts[k - 1].strip() + " ") and \
            len(parts[k - 1].split()) <= 3 and all(len(w) <= 12 for w in parts[k - 1].split()):
        k -= 1
    start = pre.find(parts[k])
    container = pre[start:] if start >= 0 else parts[-1]
    more = pre[:start].strip(" ,.;:") if start > 0 else None
    if _LOCATOR_WORD.fullmatch(container.strip(" ,.;:")):
        return None, more  # "*Africa's Pulse*, Volume 34 (October 2026)": the locator's own word, no periodical
    return container, more
