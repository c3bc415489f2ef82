"""Text preparation for one reference: numbering, Markdown/HTML markup, identifiers, access
dates, line joins; and the sentence splitter the parser cuts segments with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..identifiers import Identifier, bare_doi, find_identifiers
from ..normalize.dates import find_dates
from ..normalize.titles import ITALIC_CLOSE as I1
from ..normalize.titles import ITALIC_OPEN as I0
from ..normalize.urls import trim_url

_NUMBER = re.compile(r"^\s*(?:\[\s*\d{1,4}[a-z]?\s*\]|\(\s*\d{1,3}\s*\)|\d{1,3}[.)](?=\s)|[-*•–+]\s)\s*")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>&~\"'])")
_TAGS = re.compile(r"<(/?)(i|em|cite|b|strong|sup|sub|span|br|u)\b[^>]*>", re.I)
_SUP = re.compile(r"<sup\b[^>]*>.*?</sup>", re.I | re.S)
_BOLD = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_STAR = re.compile(r"(?<![\w*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_UNDERSCORE = re.compile(r"(?<![\w\\])_(?=\S)(.+?)(?<=\S)_(?!\w)")
_LABEL_BEFORE = re.compile(
    r"(?:\[?\s*online\s*\]?\.?\s*)?(?:available\s+(?:at|from|online|via)?\s*:?|\bURL\s*:?|\bonline\s*:|"
    r"\bretrieved\s+from|\bdoi\s*:?|\bfrom|\bisbn(?:-?1[03])?\s*:?|\bat|\bvia|\bdisponible\s+(?:en|sur)\s*:?|"
    r"\bverfügbar\s+unter\s*:?|\bunter\s*:?|\bavailable\s*:)\s*[<(\[]?\s*$",
    re.I,
)
_ACCESS = re.compile(
    r"[(\[]?\s*(?:\blast\s+)?\b(?:accessed|retrieved|viewed|consulted|abgerufen(?:\s+am)?|zugegriffen(?:\s+am)?|"
    r"consulté(?:\s+le)?|consultado(?:\s+el)?|дата\s+обращения|visited|(?:(?<=\[)|(?<=;\s))cited)\b\s*(?:on\b)?\s*:?\s*",
    re.I,
)
_ACCESS_HINTS = ("ccess", "etriev", "iewed", "onsult", "bgerufen", "griffen", "обращения", "isited", "[cited", "; cited")
# Vancouver's medium designator after a title: "Title [Internet].", "[serial on the Internet]"
_MEDIUM = re.compile(r"\s*\[(?:(?:serial|monograph|homepage|database|e-?book)\s+on\s+the\s+)?(?:internet|online)\]", re.I)
_ACCESS_END = re.compile(r"\s*(?:,?\s*from\b)?\s*[)\]]?")


@dataclass
class Prepared:
    """A reference ready for segmentation: text with identifiers cut out, what was found."""

    text: str
    ids: dict[str, str] = field(default_factory=dict)
    urldate: str | None = None
    italics: bool = False
    online: bool = False
    ditto: bool = False  # '———.' in the author position: same authors as the entry before
    doi_url: str | None = None  # the DOI as printed when printed as a URL ('https://doi.org/10…')


_DOI_URL = re.compile(r"(?:https?://)?(?:dx\.|www\.)?doi\.org/", re.I)
_TLDS = frozenset(
    "com org net edu gov int mil info io co uk us ca au nz de fr es it nl be ch at se no dk fi ie pt pl cz ru cn "
    "jp kr in br mx ar za eu ac museum news blog online site app dev ai tv fm me ly ngo".split())
_BARE_DOMAIN = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<u>(?:https?://\s?|www\.\s)?(?P<host>[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+)"
    r"(?:/[^\s]*)?)[.,;]?\s*$")


def bare_domain_url(text: str) -> tuple[str, str] | None:
    """A URL printed without scheme or 'www.' as the last token ('…, 2010, site.example.ac.uk.'):
    (url as printed, text before it); None unless the host has two dots or a known TLD.
    A scheme or 'www.' cut off by a stray space ('http:// example.org/x') is joined back."""
    if "." not in text[-120:]:
        return None
    m = _BARE_DOMAIN.search(text, max(0, len(text) - 300))
    if not m:
        return None
    labels = m.group("host").split(".")
    if not labels[-1].isalpha() or any(len(x) < 2 for x in labels) or labels[-1] not in _TLDS and len(labels) < 3:
        return None
    return trim_url(re.sub(r"\s+", "", m.group("u"))), text[: m.start()]


_MD_LINK = re.compile(r"\[([^\[\]]+)\]\(\s*<?((?:https?://|www\.)[^\s<>]*?)>?\s*\)(?=[\s.,;:]|$)")
_DITTO = re.compile(r"^(?:[—–]{2,}|-{3,}|_{3,})\s*[.,]?\s*")


def _strip_markdown(text: str) -> str:
    if "](" in text:
        text = _MD_LINK.sub(lambda m: f"{m.group(1)}. <{m.group(2)}>", text)
    if "<" not in text and "\\" not in text:
        return text
    text = _SUP.sub("", text)
    text = _TAGS.sub(lambda m: "" if m.group(2).lower() not in ("i", "em", "cite") else (I1 if m.group(1) else I0), text)
    return _ESCAPE.sub(lambda m: "\ue002" if m.group(1) == "*" else "\ue003" if m.group(1) == "_" else m.group(1), text)


def _cut_identifiers(text: str, found: list[Identifier]) -> tuple[str, dict[str, str], bool]:
    ids: dict[str, str] = {}
    out: list[str] = []
    pos = 0
    online = False
    for ident in found:
        if ident.start < pos:
            ids.setdefault(ident.kind, ident.value)
            continue
        before = "".join(out) + text[pos:ident.start]
        label = _LABEL_BEFORE.search(before)
        if label and ident.kind in ("url", "doi", "isbn"):
            online = online or "online" in label.group(0).lower()
            before = before[: label.start()]
        elif ident.kind == "un_symbol" and before.rstrip().endswith("("):
            before = before.rstrip()[:-1]
        before = before.rstrip("<( \t")
        out = [before, " "]
        pos = ident.end
        rest = text[pos:]
        closer = re.match(r"\s*[>)\]]", rest)
        if closer and (ident.kind != "un_symbol" or closer.group(0).strip() == ")"):
            if ident.kind in ("url", "doi") and closer.group(0).strip() != ">":
                pass
            else:
                pos += closer.end()
        if before.endswith(".") and (comma := re.match(r"\s*,", text[pos:])):
            pos += comma.end()  # "(2018). S/2021/963, United Nations": the identifier was a segment of its own
        ids.setdefault(ident.kind, ident.value)
    out.append(text[pos:])
    return "".join(out), ids, online


def _join_lines(text: str) -> str:
    if "\n" not in text:
        return text
    text = re.sub(r"(?<=[a-zà-ÿ])-[ \t]*\r?\n[ \t]*(?=[a-zà-ÿ])", "", text)
    return re.sub(r"\s*\r?\n\s*", " ", text)


_EMPTY = re.compile(r"<\s*>|\(\s*\)|\[\s*\]|" + I0 + r"\s*" + I1 + r"|\s*\[\s*online\s*\]\s*", re.I)
_SPACE_BEFORE = re.compile(r"\s+([.,;:)\]])")
_REPEATS = re.compile(r"\.(?:\s*\.)+(?!\.)|,(?:\s*,)+|[,;:]\s*\.")


def _tidy(text: str) -> str:
    text = " ".join(_EMPTY.sub(" ", text).split())
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _REPEATS.sub(lambda m: m.group(0)[0] if m.group(0)[0] == "," and m.group(0)[-1] == "," else ".", text)
    return text.strip(" ,;:")


def cut_access_date(text: str) -> tuple[str | None, str]:
    """Remove 'accessed 5 May 2022' / '(Accessed: ...)' / 'Retrieved March 3, 2021, from'."""
    low = text.lower()
    if not any(k in low for k in _ACCESS_HINTS):
        return None, text
    for m in _ACCESS.finditer(text):
        dates = find_dates(text[m.end(): m.end() + 45])
        if dates and dates[0][0] <= 2:
            end = m.end() + dates[0][1]
            end = _ACCESS_END.match(text, end).end()
            before = text[: m.start()].rstrip()
            if before.endswith(";") and text[end - 1] == "]":  # "[updated 2027 Mar 19; cited …]": the bracket stays
                return dates[0][2], before[:-1] + text[end - 1:]
            return dates[0][2], text[: m.start()] + text[end:]
    return None, text


def prepare(raw: str) -> Prepared:
    """Clean one reference string and pull out its identifiers and access date."""
    text = _NUMBER.sub("", raw.strip(), count=1)
    ditto = bool(_DITTO.match(text))
    text = _DITTO.sub("", text, count=1)
    text = _strip_markdown(text)
    found = find_identifiers(text)
    doi_url = next((trim_url(re.sub(r"\s+", "", text[i.start:i.end])) for i in found
                    if i.kind == "doi" and _DOI_URL.match(text, i.start)), None)
    text, ids, online = _cut_identifiers(text, found)
    text = _join_lines(text)
    urldate, text = cut_access_date(text)
    text, media = _MEDIUM.subn("", text)
    online = online or bool(media)
    if "url" not in ids and (bare := bare_domain_url(text.rstrip())):
        ids["url"], text = bare
        if _DOI_URL.match(ids["url"]) and (doi := bare_doi(ids["url"])):
            ids.setdefault("doi", doi)
            doi_url = doi_url or ids.pop("url")
    if "*" in text or "_" in text:
        text = _BOLD.sub(lambda m: m.group(1) or m.group(2), text)
        text = _STAR.sub(lambda m: I0 + m.group(1) + I1, text)
        text = _UNDERSCORE.sub(lambda m: I0 + m.group(1) + I1, text)
        text = text.replace("*", "")
    if "\ue002" in text or "\ue003" in text:
        text = text.replace("\ue002", "*").replace("\ue003", "_")
    return Prepared(_tidy(text), ids, urldate, I0 in text, online, ditto, doi_url)


# ---------------------------------------------------------------- sentence splitting

ABBREV = {
    "vs", "e.g", "i.e", "cf", "dr", "mr", "mrs", "ms", "st", "no", "nos", "vol", "vols", "pp", "p", "ed", "eds",
    "edn", "rev", "inc", "ltd", "co", "corp", "jr", "sr", "proc", "trans", "int", "intl", "natl", "univ",
    "dept", "conf", "symp", "assoc", "soc", "am", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "fig", "ch", "chap", "sec", "art", "approx", "govt", "n.d", "repr", "tr",
    "comp", "al", "bros", "ca", "op", "cit", "ibid", "etc", "eng", "engl", "sci", "res", "rep", "tech",
    "rev", "mag", "bull", "annu", "mt", "ft", "nr", "hrsg", "bd", "ss", "gen", "lt", "col",
    "gov", "pres", "prof", "sen", "rep", "amb", "capt", "maj", "u.s", "u.k", "u.n", "e.u", "d.c",
}
_QUOTES_OPEN = {"“": "”", "«": "»", "„": "“"}


def sentence_end(s: str, start: int = 0, initials_break: bool = True) -> int:
    """Index just past the first sentence of ``s[start:]`` (its final '.' included), or len(s).

    Brackets, quotes and italic spans are opaque; abbreviations and dotted acronyms do not end a
    sentence; a single capital letter ends one only when ``initials_break``.
    """
    depth = 0
    closers: list[str] = []
    straight = False
    n = len(s)
    i = start
    while i < n:
        ch = s[i]
        if ch in "([{" or ch == I0 or ch in _QUOTES_OPEN:
            closers.append({"(": ")", "[": "]", "{": "}", I0: I1}.get(ch, _QUOTES_OPEN.get(ch, "")))
            depth += 1
        elif closers and ch == closers[-1]:
            closers.pop()
            depth -= 1
            if depth == 0 and not straight and i > start and s[i - 1] in ".?!" and (i + 1 >= n or s[i + 1] == " "):
                return i + 1
        elif ch == '"':
            straight = not straight
            if not straight and depth == 0 and s[i - 1] in ".?!" and (i + 1 >= n or s[i + 1] == " "):
                return i + 1
        elif ch in ".?!" and depth == 0 and not straight and (i + 1 >= n or s[i + 1] in " " + I0):
            if ch != "." or _period_ends(s, start, i, initials_break):
                return i + 1
        i += 1
    return n


def _period_ends(s: str, start: int, i: int, initials_break: bool) -> bool:
    j = i
    while j > start and s[j - 1] not in " ([" + I0 + I1 + '"“':
        j -= 1
    tok = s[j:i]
    if not tok:
        return True
    if len(tok) == 1 and tok.isalpha():
        if tok.islower():
            return False  # 'p. 5', 'c. 1900'
        nxt = s[i + 1: i + 3].strip()
        return initials_break and not (nxt[:1].islower())
    if tok.lower() in ABBREV or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", tok):
        return False
    return True


def split_top(s: str, seps: str = ".,;") -> list[str]:
    """Split on separators followed by a space, outside brackets, quotes and italics."""
    parts: list[str] = []
    depth = 0
    straight = False
    last = 0
    for i, ch in enumerate(s):
        if ch in "([{" + I0 or ch in _QUOTES_OPEN:
            depth += 1
        elif ch in ")]}" + I1 or ch in "”»":
            depth = max(0, depth - 1)
        elif ch == '"':
            straight = not straight
        elif ch in seps and depth == 0 and not straight and (i + 1 >= len(s) or s[i + 1] == " "):
            if ch == "." and not _period_ends(s, last, i, False):
                continue
            parts.append(s[last:i])
            last = i + 1
    parts.append(s[last:])
    return [p.strip() for p in parts if p.strip(" .,;:")]
