"""A tiny synthetic corpus (two documents), its gold, and a perfect build to mutate."""

from __future__ import annotations

import json
from pathlib import Path

ALPHA = (
    "Widgets Everywhere\n"
    "\n"
    "According to the Global Widget Survey, widgets are everywhere (Smith, 2020).\n"
    "The Fourth Widget Report said that prices rose (Annual gadget review, 2019).\n"
    "As one blogger put it, nobody cares.\n"
    "\n"
    "## References\n"
    "\n"
    "- Smith, J. (2020). Widgets and their uses. *Widget Quarterly*. "
    "<https://example.org/w%C3%A9/1>\n"
    "- Annual gadget review. (2019, March 3). Gadget Council.\n"
)
BETA = (
    "Beta Notes\n"
    "\n"
    "As the Global Widget Survey reported, gadgets sell. The Third Widget Report noted costs.\n"
    "The Alpha paper\u00a0argued that widgets are everywhere.\n"
)

GOLD_ALPHA = {
    "document": "alpha.txt",
    "metadata": {"type": "article", "title": "Widgets Everywhere",
                 "authors": ["Smith, Jane", "Doe, Al"], "date": "2021-05", "container": None,
                 "pages": "10--12", "keywords": ["widgets", "gadgets"]},
    "references": [
        {"id": "R1", "type": "article", "authors": ["Smith, J."], "date": "2020",
         "title": "Widgets and their uses", "container": "Widget Quarterly",
         "url": "https://example.org/wé/1"},
        {"id": "R2", "type": "report", "authors": [], "authors_alt": ["Gadget Council"],
         "date": "2019-03-03", "title": "Annual gadget review", "publisher": "Gadget Council",
         "note": "title in the author position"},
    ],
    "inline_citations": [{"text": "(Smith, 2020)", "refs": ["R1"]},
                         {"text": "(Annual gadget review, 2019)", "refs": ["R2"]}],
    "attributions": [
        {"quote": "According to the Global Widget Survey", "source": "S-survey", "required": True},
        {"quote": "The Fourth Widget Report said", "source": "S-fourth", "required": True},
        {"quote": "As one blogger put it", "source": "S-blog", "required": False},
    ],
}
GOLD_BETA = {
    "document": "beta.txt",
    "metadata": {"type": "article", "title": "Beta Notes", "authors": [], "date": None},
    "references": [],
    "inline_citations": [],
    "attributions": [
        {"quote": "As the Global Widget Survey reported", "source": "S-survey", "required": True},
        {"quote": "The Third Widget Report noted", "source": "S-third", "required": True},
        {"quote": "The Alpha paper argued", "source": "S-alpha", "required": True},
    ],
}
SOURCES = [
    {"id": "S-survey", "type": "report", "title": "Global Widget Survey",
     "authors": ["Widget Institute"], "aliases": ["the survey"]},
    {"id": "S-fourth", "type": "report", "title": "Fourth Widget Report", "date": "2021",
     "aliases": []},
    {"id": "S-third", "type": "report", "title": "Third Widget Report", "date": "2020",
     "aliases": []},
    {"id": "S-blog", "type": "online", "authors": ["Blogger, Bob"], "aliases": ["one blogger"]},
    {"id": "S-alpha", "type": "article", "title": "Widgets Everywhere",
     "aliases": ["the Alpha paper"], "corpus_document": "alpha.txt"},
]


def _work(key: str, **fields) -> dict:
    work = {"key": key, "type": None, "title": None, "authors": [], "date": None,
            "container": None, "url": None, "doi": None, "publisher": None, "institution": None,
            "identifiers": {"un_symbol": None}, "document": None, "cited_by": []}
    work.update(fields)
    return work


def span_of(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def mention(doc: str, text: str, needle: str, kind: str, work: str | None) -> dict:
    start, end = span_of(text, needle)
    return {"document": doc, "start": start, "end": end, "kind": kind, "text": needle,
            "work": work, "reference": None, "confidence": 0.9}


def perfect_build() -> dict:
    """A build that gets everything right."""
    a, b = "smith2021widgets", "beta2023notes"
    works = [
        _work(a, type="article", title="Widgets Everywhere", authors=["Smith, J.", "Doe, A."],
              date="2021-05-07", pages="10–12", keywords=["Gadgets", "widgets"],
              document="alpha", cited_by=[b]),
        _work(b, type="article", title="Beta Notes", document="beta"),
        _work("smith2020widgets", type="article", authors=["Smith, J."], date="2020",
              title="Widgets and Their Uses", container="Widget Quarterly",
              url="https://example.org/w%C3%A9/1", cited_by=[a]),
        _work("gadget2019annual", type="report", authors=["Gadget Council"], date="2019-03-03",
              title="Annual gadget review.", institution="Gadget Council", cited_by=[a]),
        _work("institute2020global", type="report", title="Global Widget Survey",
              authors=["Widget Institute"], cited_by=[a, b]),
        _work("fourth2021widget", type="report", title="Fourth Widget Report", cited_by=[a]),
        _work("third2020widget", type="report", title="Third Widget Report", cited_by=[b]),
        _work("blogger2023", type="online", authors=["Blogger, B."], cited_by=[a]),
    ]
    ref1 = ALPHA.splitlines()[-2][2:]
    ref2 = ALPHA.splitlines()[-1][2:]
    mentions = [
        mention("alpha", ALPHA, ref1, "reference", "smith2020widgets"),
        mention("alpha", ALPHA, ref2, "reference", "gadget2019annual"),
        mention("alpha", ALPHA, "(Smith, 2020)", "inline-citation", "smith2020widgets"),
        mention("alpha", ALPHA, "(Annual gadget review, 2019)", "inline-citation",
                "gadget2019annual"),
        mention("alpha", ALPHA, "According to the Global Widget Survey", "attribution",
                "institute2020global"),
        mention("alpha", ALPHA, "The Fourth Widget Report said", "attribution",
                "fourth2021widget"),
        mention("alpha", ALPHA, "As one blogger put it", "attribution", "blogger2023"),
        mention("beta", BETA, "As the Global Widget Survey", "attribution",
                "institute2020global"),
        mention("beta", BETA, "The Third Widget Report", "attribution", "third2020widget"),
        mention("beta", BETA, "The Alpha paper\u00a0argued", "attribution", a),
    ]
    for m in mentions:
        if m["kind"] == "attribution":
            m.update(cue="according to", source_name=m["text"])
    return {
        "citekit": "0.1.0",
        "documents": [
            {"id": "alpha", "path": "docs/alpha.txt", "sha256": "x", "key": a},
            {"id": "beta", "path": "docs/beta.txt", "sha256": "y", "key": b},
        ],
        "works": works,
        "mentions": mentions,
    }


def find(build: dict, **match) -> dict:
    """The first work or mention whose keys equal ``match``."""
    for item in build["works"] + build["mentions"]:
        if all(item.get(k) == v for k, v in match.items()):
            return item
    raise KeyError(match)


def write_build(root: Path, build: dict) -> Path:
    bib = root / "bib"
    bib.mkdir(exist_ok=True)
    (bib / "citations.json").write_text(json.dumps(build, ensure_ascii=False), encoding="utf-8")
    return bib
