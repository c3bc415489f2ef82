"""HTML page -> (markdown main text, the page's own metadata).

trafilatura finds the main text (as markdown, links kept) and the metadata; when it finds no
main text, the body's plain text is used instead.  trafilatura is imported on first use, so
reading plain-text corpora does not pay for it.
"""

from __future__ import annotations

import logging
import copy
import re

import lxml.html
from lxml.etree import ParserError
from lxml.html import HtmlElement

from citekit.extract.attributions.lexicon import SOURCE_LABELS
from citekit.ingest.htmlmeta import page_fields
from citekit.models import Fields

_LOG = logging.getLogger(__name__)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_NON_TEXT = ("script", "style", "noscript", "template", "svg", "head")
_BLOCKS = (
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
)  # fmt: skip
_HEADING_MARKS = re.compile(r"^[#*_\s]+|[#*_\s]+$")


def read_html(text: str, path: str, *, warnings: list[str] | None = None) -> tuple[str, Fields]:
    """Main text of the page as markdown, and its metadata as Fields (type "webpage" or
    "article").  ``path`` labels log messages; notes for the user go to ``warnings`` if given."""
    import trafilatura

    _LOG.debug("reading HTML %s", path)
    tree = _parse(text)
    notes = warnings if warnings is not None else []
    try:
        body = trafilatura.extract(
            text,
            output_format="markdown",
            include_links=True,
            include_formatting=True,
            include_tables=True,
            include_images=False,
            include_comments=False,
            favor_recall=True,
            deduplicate=False,
        )
    except Exception as err:  # a trafilatura bug must not lose the page: fall back below
        body = None
        notes.append(f"main-text extraction failed ({type(err).__name__}: {err})")
    try:
        meta = trafilatura.extract_metadata(text, extensive=False)  # dates from markup, never guessed from the prose
    except Exception as err:  # metadata is best-effort too
        meta = None
        notes.append(f"metadata extraction failed ({type(err).__name__}: {err})")
    fields = page_fields(tree, meta)
    if not body or not body.strip():
        body = _body_text(tree)
        notes.append("no main text found in the HTML page; using all of its body text")
    else:  # trafilatura escapes brackets: "[1]" became "\[1\]", and so did every quote of it
        body = _restore_source_lines(tree, _ESCAPED_BRACKET.sub(r"\1", body))
        body = _restore_reference_lists(tree, body)
    if fields.title and not _has_title(body, fields.title):
        body = f"# {fields.title}\n\n{body}"
    return body, fields


_ESCAPED_BRACKET = re.compile(r"\\([\[\]])")


_SOURCE_LINE = re.compile(r"^(?:" + "|".join(re.escape(label) for label in SOURCE_LABELS) + r")\s*:\s*\S", re.I)


def _restore_source_lines(tree: HtmlElement | None, body: str) -> str:
    """The main text with the "Source: …" / "Fuente: …" lines of charts and data boxes that
    trafilatura drops with their ``<figure>``: each goes back after the paragraph that comes
    before it in the page (at the end when that paragraph is not in the text)."""
    if tree is None:
        return body
    paragraphs = list(tree.iter("p", "li", "blockquote", "h2", "h3", "h4", "figcaption"))
    for at, el in enumerate(paragraphs):
        line = " ".join(el.text_content().split())
        if not _SOURCE_LINE.match(line) or line in " ".join(body.split()):
            continue
        end = len(body)
        for before in reversed(paragraphs[:at]):
            tail = " ".join(before.text_content().split())[-40:]
            if len(tail) >= 20 and (found := body.find(tail)) >= 0:
                cut = body.find("\n\n", found)
                end = cut if cut >= 0 else len(body)
                break
        body = f"{body[:end].rstrip()}\n\n{line}\n\n{body[end:].lstrip()}".rstrip() + ("\n" if body.endswith("\n") else "")
    return body


def _restore_reference_lists(tree: HtmlElement | None, body: str) -> str:
    """The main text with the lists of works that trafilatura drops as page furniture (a press
    release's "Notes to editors" after its "ENDS"): each heading named as a reference section,
    with the items and paragraphs under it, goes back at the end, numbered, links kept."""
    if tree is None:
        return body
    from citekit.extract.sections import SECTION_RE  # (what the extraction stage reads as a reference heading)

    for heading in tree.iter("h2", "h3", "h4", "h5"):
        name = " ".join(heading.text_content().split())
        if not SECTION_RE.match(name) or re.search(rf"^#+\s+{re.escape(name)}\s*$", body, re.M):
            continue
        items = []
        for sibling in heading.itersiblings():
            if sibling.tag in ("h1", "h2", "h3", "h4", "h5"):
                break
            items += [_with_links(el) for el in (sibling.iter("li") if sibling.tag in ("ol", "ul") else [sibling])]
        items = [item for item in items if item]
        if not items:
            continue
        first = r"[*_\s]+".join(re.escape(word.strip("*_")) for word in items[0].split()[:6])
        if (kept := re.search(rf"^.*?{first}", body, re.M)) is not None:  # the list is there, its heading was not
            body = f"{body[:kept.start()].rstrip()}\n\n## {name}\n\n{body[kept.start():]}"
        else:
            body = f"{body.rstrip()}\n\n## {name}\n\n" + "\n".join(f"{n}. {item}" for n, item in enumerate(items, 1)) + "\n"
    return body


def _with_links(element: HtmlElement) -> str:
    """An element's text on one line, each link written "[text](address)" unless its text is the address."""
    element = copy.deepcopy(element)
    for a in element.iter("a"):
        href, text = a.get("href") or "", " ".join(a.text_content().split())
        if href.startswith(("http://", "https://")) and text and text != href:
            a.tail = f"]({href}){a.tail or ''}"
            a.text, a[:] = f"[{text}", []
    return " ".join(element.text_content().split())


def _parse(text: str) -> HtmlElement | None:
    """lxml tree of the page (an XML declaration is dropped: lxml refuses it in a str)."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (ParserError, ValueError):
        return None


def _body_text(tree: HtmlElement | None) -> str:
    """All visible text of the body, one block element per line, blank runs collapsed."""
    if tree is None:
        return ""
    for bad in list(tree.iter(*_NON_TEXT)):
        if bad.getparent() is not None:
            bad.drop_tree()
    for block in tree.iter(*_BLOCKS):
        block.tail = "\n" + (block.tail or "")
    body = tree.find("body")
    raw = (body if body is not None else tree).text_content()
    lines = [" ".join(line.split()) for line in raw.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _has_title(body: str, title: str) -> bool:
    """Whether the title already heads the text (one of its first three lines)."""
    want = " ".join(title.split()).casefold()
    for line in [ln for ln in body.splitlines() if ln.strip()][:3]:
        have = " ".join(_HEADING_MARKS.sub("", line).split()).casefold()
        if have == want or (len(want) >= 20 and want in have):
            return True
    return False
