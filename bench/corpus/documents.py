"""One synthetic document: its file content, its gold record and its true mentions.

Two families: journal articles (a reference list in one of five styles with matching inline
citations) and news or policy texts (prose attributions to reports, bodies and people; policy
briefs also list the reports they attribute). Each is written as Markdown, plain text or
HTML from one list of blocks, so the three formats say the same thing.
"""

from __future__ import annotations

import html
import math
import random
from dataclasses import dataclass, field
from typing import Any

from bench.corpus import prose, styles, vocab
from bench.corpus.sources import Body, Pool, Source, make_title, person

FORMATS = ("md", "txt", "html")
REF_HEADINGS = {"apa": "References", "harvard": "Reference list", "chicago": "References",
                "mla": "Works Cited", "ieee": "References"}
WORDS_PER_SENTENCE = 15


@dataclass
class Generated:
    name: str
    content: str
    gold: dict[str, Any]
    truth: dict[str, Any]  # citekit.evaluate.clustering.TruthDocument
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # sources.json entries
    words: int = 0


def _length(rng: random.Random, median: float, sigma: float) -> int:
    return int(min(20000, max(1000, rng.lognormvariate(math.log(median), sigma))))


def _plain(text: str) -> str:
    return text.replace(styles.I0, "").replace(styles.I1, "")


def _date_text(year: int, month: int, day: int) -> str:
    return f"{day} {vocab.MONTHS[month - 1]} {year}"


# ---- rendering ---------------------------------------------------------------------------

def render(fmt: str, blocks: list[tuple[str, str]], meta: dict[str, Any]) -> str:
    """Blocks (kind, text) -> file content. Kinds: title, byline, date, heading, para, ref."""
    if fmt == "html":
        return _render_html(blocks, meta)
    out = []
    for kind, text in blocks:
        if fmt == "md":
            text = text.replace(styles.I0, "*").replace(styles.I1, "*")
            text = {"title": f"# {text}", "heading": f"## {text}", "byline": f"*{text}*"}.get(kind, text)
        else:
            text = _plain(text)
            if kind == "heading":
                text = text.upper() if meta.get("style") == "ieee" else text
        out.append(text)
    return "\n\n".join(out) + "\n"


def _render_html(blocks: list[tuple[str, str]], meta: dict[str, Any]) -> str:
    def inline(text: str) -> str:
        return html.escape(text, quote=False).replace(styles.I0, "<i>").replace(styles.I1, "</i>")

    head = [f"<title>{html.escape(meta['title'])}</title>",
            f'<meta name="citation_title" content="{html.escape(meta["title"])}">']
    head += [f'<meta name="citation_author" content="{html.escape(a)}">' for a in meta["authors"]]
    head.append(f'<meta name="citation_publication_date" content="{meta["date"].replace("-", "/")}">')
    body = []
    for kind, text in blocks:
        tag = {"title": "h1", "heading": "h2"}.get(kind, "p")
        cls = f' class="{kind}"' if kind in ("byline", "date", "ref") else ""
        body.append(f"<{tag}{cls}>{inline(text)}</{tag}>")
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "\n".join(head) + "\n</head>\n<body>\n<article>\n" + "\n".join(body)
            + "\n</article>\n</body>\n</html>\n")


# ---- shared parts ------------------------------------------------------------------------

def _header(rng: random.Random, kind: str) -> tuple[list[tuple[str, str]], dict[str, Any]]:
    patterns = vocab.TITLE_PATTERNS if kind == "article" else vocab.NEWS_PATTERNS + vocab.REPORT_PATTERNS
    title = prose.title_case(make_title(rng, patterns))
    people = [person(rng) for _ in range(rng.choices([1, 2, 3], [50, 35, 15])[0])]
    year, month, day = rng.randint(2015, 2025), rng.randint(1, 12), rng.randint(1, 28)
    names = [f"{p.given} {p.family}" for p in people]
    byline = "By " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
    blocks = [("title", title), ("byline", byline), ("date", f"Published {_date_text(year, month, day)}")]
    meta = {"type": "report" if kind == "policy" else "article", "title": title,
            "authors": [f"{p.family}, {p.given}" for p in people],
            "date": f"{year}-{month:02d}-{day:02d}", "container": None}
    return blocks, meta


def _sections(rng: random.Random, sentences: list[str], headings: list[str]) -> list[tuple[str, str]]:
    """Filler sentences as paragraphs of 3–8 sentences, a heading every 60 sentences or so;
    a "Source: …" line is a paragraph of its own."""
    blocks: list[tuple[str, str]] = []
    n_sections = min(len(headings), max(2, len(sentences) // 60))
    cuts = sorted(rng.sample(range(1, max(2, len(sentences))), min(n_sections - 1, max(0, len(sentences) - 2))))
    bounds = [0, *cuts, len(sentences)]
    titles = rng.sample(headings, n_sections)
    for h, (a, b) in enumerate(zip(bounds, bounds[1:])):
        blocks.append(("heading", titles[h]))
        i = a
        while i < b:
            n = rng.randint(3, 8)
            para: list[str] = []
            for text in sentences[i:min(b, i + n)]:
                if text.startswith("Source: "):
                    blocks += [("para", " ".join(para))] if para else []
                    blocks.append(("para", text))
                    para = []
                else:
                    para.append(text)
            blocks += [("para", " ".join(para))] if para else []
            i += n
    return blocks


def _with_marker(sentence: str, marker: str, narrative: bool) -> str:
    if narrative:
        return f"In {marker}, {sentence[0].lower()}{sentence[1:]}"
    return f"{sentence[:-1]} {marker}{sentence[-1]}"


# ---- journal articles --------------------------------------------------------------------

def article(rng: random.Random, pool: Pool, name: str, fmt: str, variant_rate: float) -> Generated:
    style = rng.choice(styles.STYLES)
    words = _length(rng, 5000, 0.55)
    n_refs = max(5, min(80, int((6 + words / 350) * rng.uniform(0.6, 1.4))))
    printed = [styles.variant(s, rng, variant_rate)[0] for s in pool.draw(rng, n_refs)]
    originals = [s.id for s in printed]

    suffix = ["" for _ in printed]
    short_title = [False for _ in printed]
    labels: dict[str, list[int]] = {}
    for i, s in enumerate(printed):
        key = styles.cite_names(style, s.authors) if style == "mla" else styles.label(style, s)
        labels.setdefault(key, []).append(i)
    for same in labels.values():
        if len(same) > 1:
            for letter, i in enumerate(sorted(same, key=lambda i: printed[i].title)):
                suffix[i] = "abcdefghijklmnopqrstuvwxyz"[letter] if style != "mla" else ""
                short_title[i] = style == "mla"

    # Citation events: every work once, some in groups, some again later.
    order = list(range(len(printed)))
    rng.shuffle(order)
    events: list[list[int]] = []
    while order:
        size = rng.choice([2, 3]) if style != "mla" and rng.random() < 0.15 else 1
        events.append(order[:size])
        order = order[size:]
    events += [[rng.randrange(len(printed))] for _ in range(len(printed) // 2)]
    rng.shuffle(events)

    n_sentences = max(len(events) + 10, words // WORDS_PER_SENTENCE)
    sentences = prose.paragraph(rng, n_sentences)
    slots = sorted(rng.sample(range(n_sentences), len(events)))
    numbers: dict[int, int] = {}
    inline_gold: list[tuple[str, list[int]]] = []
    for slot, event in zip(slots, events):
        for i in event:
            numbers.setdefault(i, len(numbers) + 1)
        if len(event) == 1:
            i = event[0]
            narrative = rng.random() < 0.25 and style != "mla"
            page = rng.randint(2, 300) if (style == "mla" or rng.random() < 0.2) else None
            marker = styles.inline(style, printed[i], number=numbers[i], suffix=suffix[i],
                                   page=page, narrative=narrative, short_title=short_title[i])
        else:
            narrative = False
            items = sorted(event, key=lambda i: numbers[i]) if style == "ieee" else event
            marker = styles.group(style, [(printed[i], numbers[i], suffix[i]) for i in items])
            event = items
        sentences[slot] = _with_marker(sentences[slot], marker, narrative)
        inline_gold.append((marker, list(event)))

    if style == "ieee":
        listed = sorted(range(len(printed)), key=lambda i: numbers[i])
    else:
        listed = sorted(range(len(printed)), key=lambda i: styles.sort_key(style, printed[i]))
    rid = {i: f"R{k + 1}" for k, i in enumerate(listed)}
    entries = {i: styles.reference(style, printed[i], numbers.get(i), suffix[i]) for i in listed}

    blocks, meta = _header(rng, "article")
    meta["style"] = style
    abstract = " ".join(prose.paragraph(rng, rng.randint(5, 8)))
    blocks += [("heading", "Abstract"), ("para", abstract)]
    blocks += _sections(rng, sentences, vocab.SECTION_TITLES)
    blocks.append(("heading", REF_HEADINGS[style]))
    blocks += [("ref", entries[i].text) for i in listed]

    gold_refs = [{"id": rid[i], **entries[i].fields} for i in listed]
    gold = {"document": name, "metadata": _gold_meta(meta), "references": gold_refs,
            "inline_citations": [{"text": t, "refs": [rid[i] for i in ev]} for t, ev in inline_gold],
            "attributions": [], "note": f"Synthetic ({style}, {fmt})."}
    truth = {"document": name, "mentions": [
        {"id": rid[i], "kind": "reference", "text": _plain(entries[i].text), "source": originals[i]}
        for i in listed]}
    return Generated(name, render(fmt, blocks, meta), gold, truth,
                     words=sum(len(s.split()) for s in sentences) + len(abstract.split()))


def _gold_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: meta[k] for k in ("type", "title", "authors", "date", "container")}


# ---- news and policy texts ---------------------------------------------------------------

def _source_entry(s: Source) -> dict[str, Any]:
    body = s.body
    entry: dict[str, Any] = {
        "id": s.id, "type": s.kind, "title": s.title, "authors": [body.name],
        "date": f"{s.year}-{s.month:02d}" if s.month else str(s.year),
        "aliases": sorted({body.short, body.name, *body.variants})}
    if s.un_symbol:
        entry["identifiers"] = {"un_symbol": s.un_symbol}
    if s.series:
        entry["note"] = f"Look-alike series {s.series}: never merge with its other members."
    return entry


def news(rng: random.Random, pool: Pool, name: str, fmt: str, policy: bool) -> Generated:
    stem = name.rsplit(".", 1)[0]
    words = _length(rng, 1400, 0.5)
    reports = pool.draw(rng, rng.randint(2, 6), reports_only=True)
    n_sentences = max(20, words // WORDS_PER_SENTENCE)
    sentences = prose.paragraph(rng, n_sentences)
    sources: dict[str, dict[str, Any]] = {}
    ref_style = rng.choice(["apa", "harvard"]) if policy else None
    rid = {s.id: f"R{k + 1}" for k, s in enumerate(sorted(reports, key=lambda s: styles.sort_key("apa", s)))}

    planned: list[tuple[str, str, str]] = []  # (sentence, quote, gold source id)
    truth_mentions: list[dict[str, Any]] = []
    for s in reports:
        for _ in range(rng.choice([1, 1, 2])):
            att = prose.report_attribution(rng, s)
            planned.append((att.sentence, att.quote, rid[s.id] if policy else s.id))
        if not policy:
            sources[s.id] = _source_entry(s)
    for k in range(rng.randint(2, 5)):
        name_, short, variants = rng.choice(vocab.BODIES)
        body = Body(name_, short, tuple(variants))
        if rng.random() < 0.4:
            actor_id = f"{stem}-B{k}"
            att = prose.actor_attribution(rng, body, None, "")
            sources[actor_id] = {"id": actor_id, "type": "organization", "authors": [body.name],
                                 "aliases": sorted({body.short, body.name})}
        else:
            speaker = person(rng)
            actor_id = f"{stem}-P{k}"
            att = prose.actor_attribution(rng, speaker, body, rng.choice(vocab.ROLES))
            sources[actor_id] = {"id": actor_id, "type": "person",
                                 "authors": [f"{speaker.family}, {speaker.given}"],
                                 "aliases": [f"{speaker.given} {speaker.family}", speaker.family]}
        planned.append((att.sentence, att.quote, actor_id))
    rng.shuffle(planned)
    slots = sorted(rng.sample(range(n_sentences), len(planned)))
    attributions = []
    by_id = {s.id: s for s in reports}
    back = {v: k for k, v in rid.items()}
    for slot, (text, quote, source) in zip(slots, planned):
        sentences[slot] = text
        attributions.append({"quote": quote, "source": source, "required": True})
        pool_id = back.get(source, source)
        if pool_id in by_id:
            truth_mentions.append({"id": f"A{len(attributions)}", "kind": "attribution",
                                   "text": quote, "source": pool_id})

    blocks, meta = _header(rng, "policy" if policy else "news")
    meta["style"] = ref_style
    blocks += _sections(rng, sentences, vocab.NEWS_SECTIONS)
    gold_refs = []
    if policy:
        blocks.append(("heading", "References"))
        for s in sorted(reports, key=lambda s: styles.sort_key("apa", s)):
            entry = styles.reference(ref_style, s)
            blocks.append(("ref", entry.text))
            gold_refs.append({"id": rid[s.id], **entry.fields})
            truth_mentions.append({"id": rid[s.id], "kind": "reference", "text": _plain(entry.text),
                                   "source": s.id})
    gold = {"document": name, "metadata": _gold_meta(meta), "references": gold_refs,
            "inline_citations": [], "attributions": attributions,
            "note": f"Synthetic ({'policy brief, ' + ref_style if policy else 'news'}, {fmt})."}
    truth = {"document": name, "mentions": truth_mentions}
    return Generated(name, render(fmt, blocks, meta), gold, truth, sources,
                     words=sum(len(s.split()) for s in sentences))


def generate(rng: random.Random, pool: Pool, index: int, variant_rate: float = 0.3) -> Generated:
    """Document number ``index``: 60 % articles, 25 % news, 15 % policy briefs."""
    kind = rng.choices(["article", "news", "policy"], [60, 25, 15])[0]
    fmt = rng.choices(FORMATS, [40, 35, 25])[0]
    name = f"doc{index:06d}.{fmt}"
    if kind == "article":
        return article(rng, pool, name, fmt, variant_rate)
    return news(rng, pool, name, fmt, policy=kind == "policy")
