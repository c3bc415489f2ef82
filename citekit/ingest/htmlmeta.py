"""A web page's own bibliographic metadata -> Fields.

Highwire ``citation_*`` and Dublin Core tags come first (they carry clean "Family, Given"
names and exact dates), then JSON-LD, then trafilatura's merged view of og:/meta/JSON-LD
(title clean-up, canonical URL, site name, htmldate's date search).
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml.html import HtmlElement

from citekit.models import Author, Fields

_ISO_DATE = re.compile(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?![\d])")
_DOI = re.compile(r"10\.\d{4,9}/\S+")
_ORG_WORDS = re.compile(
    r"\b(?:agency|association|bureau|cent(?:er|re)|college|commission|committee|company|"
    r"corporation|council|department|desk|editors?|editorial|foundation|government|group|"
    r"inc|institute|institution|league|ltd|media|ministry|nations|network|news|newsroom|"
    r"office|organi[sz]ation|press|programme|program|reporters?|service|society|staff|"
    r"team|union|university|wire|authority|alliance|federation|trust|fund|board)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset("al bin da de del della der di dos du el ibn la le st van von".split())
_ARTICLE_TYPES = frozenset(
    "article newsarticle scholarlyarticle blogposting reportagenewsarticle analysisnewsarticle "
    "opinionnewsarticle techarticle socialmediaposting".split()
)
_DATE_KEYS = (
    "citation_publication_date", "citation_date", "citation_online_date", "dc.date.issued",
    "dcterms.issued", "dc.date", "dcterms.date", "article:published_time",
    "datepublished", "parsely-pub-date", "sailthru.date", "pubdate", "publish-date", "date",
)  # fmt: skip


def page_fields(tree: HtmlElement | None, traf: Any) -> Fields:
    """Combine the page's meta tags (``tree``) with trafilatura's metadata (``traf``)."""
    meta = _meta_tags(tree) if tree is not None else {}
    ld = _json_ld(tree) if tree is not None else []

    def first(*keys: str) -> str | None:
        for key in keys:
            for value in meta.get(key, []):
                if value.strip():
                    return " ".join(value.split())
        return None

    title = first("citation_title", "dc.title", "dcterms.title") or getattr(traf, "title", None)
    sitename = getattr(traf, "sitename", None)
    authors = _authors(meta, ld, getattr(traf, "author", None), sitename)
    date = None
    for key in _DATE_KEYS:
        date = iso_date(first(key))
        if date:
            break
    date = date or _ld_date(ld) or _time_element(tree) or iso_date(getattr(traf, "date", None))
    journal = first("citation_journal_title", "citation_conference_title", "prism.publicationname")
    editors = _edited_by(tree)
    if editors:  # "Edited by X": a newsletter's editor, whom trafilatura reads as its author
        authors = [a for a in authors if a not in editors]
    site, issue = _title_site(tree, title)
    sitename = sitename or first("og:site_name") or site
    if sitename and (m := _SITE_ISSUE.match(sitename)):  # "The Load Curve – No. 142"
        sitename, issue = m.group("name"), issue or m.group("number")
    kinds = {t.lower() for item in ld for t in _as_list(item.get("@type")) if isinstance(t, str)}
    og_type = (first("og:type") or "").lower()
    is_article = bool(journal) or og_type == "article" or bool(kinds & _ARTICLE_TYPES) \
        or bool(site and any(a.family for a in authors)) \
        or bool(tree is not None and tree.find(".//article") is not None and date
                and any(a.family for a in authors))  # a signed piece of a named site, or signed and dated in <article>
    first_page, last_page = first("citation_firstpage"), first("citation_lastpage")
    pages = f"{first_page}--{last_page}" if first_page and last_page else first_page
    doi = first("citation_doi", "dc.identifier", "prism.doi")
    doi_match = _DOI.search(doi) if doi else None
    url = getattr(traf, "url", None) or first("citation_public_url", "og:url")
    return Fields(
        type="article" if is_article else "webpage",
        title=_clean(title),
        authors=authors,
        editors=editors,
        date=date,
        container=_clean(journal or sitename),
        volume=first("citation_volume", "prism.volume"),
        number=first("citation_issue", "prism.number") or issue,
        pages=pages,
        publisher=first("citation_publisher", "dc.publisher", "dcterms.publisher"),
        url=url if url and url.startswith(("http://", "https://")) else None,
        doi=doi_match.group().rstrip(".,;") if doi_match else None,
        keywords=_keywords(meta.get("citation_keywords") or meta.get("dc.subject") or meta.get("keywords") or []),
    )


def _keywords(values: list[str]) -> list[str]:
    """A page's keywords, one per tag or separated by ';' or ',' in one, each once, in order."""
    words = (w.strip() for value in values for w in re.split(r"[;,]" if ";" not in value else ";", value))
    return list(dict.fromkeys(w for w in words if w))


EDITED_BY_RE = re.compile(r"^(?:edited|compiled and edited)\s+by\s+(?P<names>[^.;:]{3,80})$", re.I)


def _edited_by(tree: HtmlElement | None) -> list[Author]:
    """The editors a short "Edited by X" line near the top of the page names."""
    if tree is None:
        return []
    for n, element in enumerate(tree.iter("p", "div", "span", "address")):
        if n > 60:
            break
        if (m := EDITED_BY_RE.match(" ".join(element.text_content().split()))):
            people = [person_or_org(name) for name in _split_names(m.group("names"))]
            return [p for p in people if p is not None and not p.literal]
    return []


_NAME = re.compile(r"(?:The\s+)?[A-Z][\w'’&-]+(?:\s+(?:of|for|and|the|[A-Z][\w'’&-]+)){1,6}")  # no digits
_TITLE_PARTS = re.compile(r"\s+[|–—·-]\s+")
_SITE_ISSUE = re.compile(r"^(?P<name>.+?)\s+[|–—·-]\s+(?:#|No\.?\s*|Issue\s+)(?P<number>\d+)$")
_ISSUE_PART = re.compile(r"^(?P<name>.*?)\s*(?:#|\bNo\.?\s*|\bIssue\s+)(?P<number>\d+)$")


def _title_site(tree: HtmlElement | None, headline: str | None) -> tuple[str | None, str | None]:
    """The site (or periodical) and issue number a page's <title> names beside its headline:
    "Headline | Sport | The Coastline Courier", "The Load Curve – No. 142 – Power markets",
    "Corvanne Health Brief #212 – Week 21, 2026"."""
    found = tree.find(".//title") if tree is not None else None
    text = " ".join((found.text_content() if found is not None else "").split())
    parts = [p for p in _TITLE_PARTS.split(text) if p]
    if len(parts) < 2:
        return None, None
    for n, part in enumerate(parts):
        if (m := _ISSUE_PART.match(part)) and (m.group("name") or n):
            return (m.group("name") or parts[n - 1]).strip() or None, m.group("number")
    lead = parts[0].casefold()
    if headline and (lead == headline.casefold() or lead == max(parts, key=len).casefold()):
        return parts[-1], None
    if " | " in text and _NAME.fullmatch(parts[-1]):
        return parts[-1], None  # "Cyber incident – patient questions | Ardmoor Health Service": the site's name
    return None, None


def iso_date(value: str | None) -> str | None:
    """'2023/06/16', '2023-06-16T10:00:00Z', '2023' -> ISO prefix; anything else -> None."""
    m = _ISO_DATE.match(value or "")
    if not m:
        return None
    year, month, day = m.group(1), m.group(2), m.group(3)
    if not 1000 <= int(year) <= 2999:
        return None
    if not month or not 1 <= int(month) <= 12:
        return year
    if not day or not 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def person_or_org(name: str, sitename: str | None = None) -> Author | None:
    """One name string -> Author: 'Family, Given', 'Given Family', or an organisation."""
    name = re.sub(r"^\s*by\s+", "", " ".join(name.split()), flags=re.IGNORECASE).strip(" ,;")
    if not name or name.startswith(("http://", "https://")):
        return None
    if "," in name:
        family, _, given = name.partition(",")
        if family.strip() and given.strip() and len(given.split()) <= 3 and "," not in given:
            return Author(family=family.strip(), given=given.strip())
    words = name.split()
    organisational = (
        len(words) == 1
        or len(words) > 5
        or _ORG_WORDS.search(name) is not None
        or (sitename is not None and name.casefold() == sitename.casefold())
        or name.isupper()
    )
    if organisational:
        return Author(literal=name)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    return Author(family=" ".join(words[cut:]), given=" ".join(words[:cut]))


def _authors(meta: dict, ld: list[dict], traf_author: str | None, site: str | None) -> list[Author]:
    for key in ("citation_author", "dc.creator", "dcterms.creator"):
        names = [v for v in meta.get(key, []) if v.strip()]
        if names:
            return [a for a in (person_or_org(n, site) for n in names) if a]
    found = _ld_authors(ld, site)
    if found:
        return found
    raw = meta.get("author") or meta.get("parsely-author") or meta.get("sailthru.author") or []
    names = [n for value in raw for n in _split_names(value)]
    if not names and traf_author:
        names = [n for n in traf_author.split(";") if n.strip()]
        # trafilatura turns "Family, Given" into "Family; Given": put such pairs back together
        if len(names) == 2 and all(len(n.split()) == 1 for n in names):
            names = [f"{names[0]}, {names[1]}"]
        elif len(names) > 1:  # "By Natalia Ferreyra, Health Correspondent", "By Ines Dorfmann, Frankfurt"
            names = [n for n in names if len(n.split()) > 1 and n.split()[-1].lower() not in _BYLINE_ROLES] or names
    return [a for a in (person_or_org(n, site) for n in names) if a]


# What a byline adds after the writer's name: a role, not another author.
_BYLINE_ROLES = {"correspondent", "editor", "reporter", "writer", "columnist", "staff", "desk", "bureau",
                 "contributor", "analyst", "photographer", "producer"}


def _split_names(value: str) -> list[str]:
    """'A B, C D and E F' -> three names; 'Smith, Anna' stays one."""
    if ";" in value:
        return [p for p in value.split(";") if p.strip()]
    parts = [p for p in re.split(r"\s+(?:and|&)\s+", value) if p.strip()]
    if len(parts) > 1 and _ORG_WORDS.search(parts[-1]) and "," not in value:
        return [value]  # one body: "Tarvonian Nurses and Midwives Union"
    out = []
    for part in parts:
        pieces = [p.strip() for p in part.split(",") if p.strip()]
        if len(pieces) > 1 and all(len(p.split()) >= 2 for p in pieces):
            out.extend(pieces)
        else:
            out.append(part)
    return out


def _ld_authors(ld: list[dict], site: str | None) -> list[Author]:
    for item in ld:
        out = []
        for author in _as_list(item.get("author")) + _as_list(item.get("creator")):
            if isinstance(author, str):
                parsed = person_or_org(author, site)
            elif isinstance(author, dict) and isinstance(author.get("name"), str):
                kinds = {str(t).lower() for t in _as_list(author.get("@type"))}
                if kinds & {"organization", "newsmediaorganization", "governmentorganization"}:
                    parsed = Author(literal=" ".join(author["name"].split()))
                else:
                    parsed = person_or_org(author["name"], site)
            else:
                parsed = None
            if parsed:
                out.append(parsed)
        if out:
            return out
    return []


def _time_element(tree: HtmlElement | None) -> str | None:
    """The page's own ``<time datetime=…>``: the one marked as the publication date
    (``itemprop="datePublished"``, ``pubdate``), else the first; a date the page states outright
    beats a date guessed from its text."""
    if tree is None:
        return None
    times = [el for el in tree.iter("time") if iso_date(el.get("datetime"))]
    marked = [el for el in times if el.get("itemprop") == "datePublished" or el.get("pubdate") is not None]
    return iso_date((marked or times or [None])[0].get("datetime")) if times else None


def _ld_date(ld: list[dict]) -> str | None:
    for item in ld:
        for key in ("datePublished", "dateCreated"):
            value = item.get(key)
            if isinstance(value, str) and iso_date(value):
                return iso_date(value)
    return None


def _meta_tags(tree: HtmlElement) -> dict[str, list[str]]:
    """``<meta name|property|itemprop=… content=…>`` -> {lower-case key: [values]}."""
    out: dict[str, list[str]] = {}
    for el in tree.iter("meta"):
        key = el.get("name") or el.get("property") or el.get("itemprop")
        value = el.get("content")
        if key and value is not None:
            out.setdefault(key.strip().lower(), []).append(value)
    return out


def _json_ld(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object of the page, ``@graph`` members flattened."""
    items: list[dict] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        stack = _as_list(data)
        while stack:
            obj = stack.pop(0)
            if isinstance(obj, dict):
                items.append(obj)
                stack.extend(o for o in _as_list(obj.get("@graph")) if isinstance(o, dict))
    return items


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _clean(value: str | None) -> str | None:
    value = " ".join(value.split()) if value else None
    return value or None
