#!/usr/bin/env python3
"""Consistency checks for held-out set 30 (texts in docs/, gold in gold/).

Adapted from the set 29 validator (itself adapted from those of sets 28 and 27).

Checks:
  * every JSON file in gold/ parses; every text has exactly one gold file and vice versa;
  * every attribution quote is an exact substring of its document after folding runs of Unicode
    white space (including no-break spaces) into one space; for HTML, of both the raw file and
    its visible text;
  * every attribution quote occurs in the body (before the reference list), not only in the list;
  * every attribution source is a known S-b30- id (gold/sources.additions.json) or an R-id of the
    same document; `required` is a boolean; no quote/source pair is listed twice;
  * a text with a reference list points at a listed work by its R-id, not by the shared S-id
    (an S-id whose reference_entries include that document is an error there);
  * every inline-citation marker occurs in the body (the text before the reference/notes list) and
    points at existing R-ids; a marker string listed k times must occur exactly k times in the body
    (the gold lists every occurrence of a marker);
  * every quote that occurs more than once in its document is reported (ambiguous location);
  * reference ids run R1..Rn;
  * reference_entries and corpus_document in sources.additions.json point at existing documents and
    references; source ids are unique and start with S-b30-;
  * every reference entry of every text is listed under exactly one source's reference_entries;
  * word counts (white-space tokens; for HTML the visible text of <body>) lie in 600..1,800.
Prints per-document counts and the cross-document source table, then the number of errors.
Usage: python3 validate.py
"""
import json
import os
import re
import sys
from collections import defaultdict
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")
PREFIX = "S-b30-"
MIN_WORDS, MAX_WORDS = 600, 1800

# Where the reference / notes list starts, per document (None: no list).
REF_START = {
    "01_clearwater_policy_brief.md": r"^## Endnotes\s*$",
    "03_lawful_but_unsafe_article.txt": r"^REFERENCES\s*$",
    "04_dwsa_press_release.html": r"^<h2>Documents referred to in this release</h2>\s*$",
    "05_water_table_podcast.txt": r"^SHOW NOTES: SOURCES AND LINKS\s*$",
    "07_parts_per_trillion_blog.md": r"^## Further reading\s*$",
}

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def fold(s):
    return re.sub(r"\s+", " ", s, flags=re.UNICODE).strip()


class Visible(HTMLParser):
    """Visible text of <body>: character references decoded, tags replaced by spaces."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.in_body = False
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.in_body = True
        if tag in ("script", "style", "template"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self.skip -= 1
        if tag == "body":
            self.in_body = False
        self.parts.append(" ")

    def handle_data(self, data):
        if self.in_body and not self.skip:
            self.parts.append(data)


def visible_text(html):
    p = Visible()
    p.feed(html)
    return "".join(p.parts)


SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def count_marker(body, marker):
    """Occurrences of an inline marker in the body. A marker made only of superscript digits
    (Chicago-style note numbers in plain text) must not be part of a longer superscript number,
    so that note 1 is not counted inside note 11."""
    if marker and all(c in SUPERSCRIPT_DIGITS for c in marker):
        cls = "[" + SUPERSCRIPT_DIGITS + "]"
        return len(re.findall(f"(?<!{cls}){re.escape(marker)}(?!{cls})", body))
    return body.count(marker)


def load_json(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{os.path.basename(path)}: JSON does not parse: {e}")
        return None


def main():
    docs = sorted(f for f in os.listdir(DOCS) if not f.startswith("."))
    gold_files = sorted(f for f in os.listdir(GOLD) if f.endswith(".gold.json"))
    stems = {os.path.splitext(d)[0]: d for d in docs}
    for g in gold_files:
        if g[: -len(".gold.json")] not in stems:
            err(f"{g}: no matching document in docs/")
    for stem, d in stems.items():
        if f"{stem}.gold.json" not in gold_files:
            err(f"{d}: no gold file")

    sources = load_json(os.path.join(GOLD, "sources.additions.json")) or []
    src_by_id = {}
    for s in sources:
        sid = s.get("id", "")
        if not sid.startswith(PREFIX):
            err(f"sources.additions.json: id {sid!r} does not start with {PREFIX}")
        if sid in src_by_id:
            err(f"sources.additions.json: duplicate id {sid}")
        src_by_id[sid] = s

    golds = {}
    texts = {}
    cited_by = defaultdict(set)        # source id -> docs (attributions, any)
    cited_by_req = defaultdict(set)    # source id -> docs (required attributions)
    totals = defaultdict(int)
    rows = []

    for stem, d in stems.items():
        path = os.path.join(DOCS, d)
        raw = open(path, encoding="utf-8").read()
        is_html = d.endswith(".html")
        vis = visible_text(raw) if is_html else raw
        texts[d] = (raw, vis)
        words = len(vis.split())
        if not (MIN_WORDS <= words <= MAX_WORDS):
            err(f"{d}: {words} words, outside {MIN_WORDS}..{MAX_WORDS}")

        gpath = os.path.join(GOLD, f"{stem}.gold.json")
        if not os.path.exists(gpath):
            continue
        g = load_json(gpath)
        if g is None:
            continue
        golds[d] = g
        if g.get("document") != d:
            err(f"{stem}.gold.json: document field {g.get('document')!r} != {d!r}")
        for key in ("metadata", "references", "inline_citations", "attributions"):
            if key not in g:
                err(f"{d}: gold lacks {key!r}")

        refs = g.get("references", [])
        rids = [r.get("id") for r in refs]
        if rids != [f"R{i}" for i in range(1, len(rids) + 1)]:
            err(f"{d}: reference ids do not run R1..Rn: {rids}")
        rset = set(rids)

        # body for inline markers
        body = raw
        pat = REF_START.get(d)
        if pat:
            m = re.search(pat, raw, flags=re.M)
            if not m:
                err(f"{d}: reference list heading not found")
            else:
                body = raw[: m.start()]
        elif refs:
            err(f"{d}: has references but no REF_START pattern")
        listed = defaultdict(int)
        for ic in g.get("inline_citations", []):
            listed[ic.get("text", "")] += 1
        for t, k in listed.items():
            n = count_marker(body, t)
            if n == 0:
                err(f"{d}: inline marker {t!r} not in body")
            elif n != k:
                err(f"{d}: inline marker {t!r} occurs {n} times in body but is listed {k} times")
        for ic in g.get("inline_citations", []):
            t = ic.get("text", "")
            if not ic.get("refs"):
                err(f"{d}: inline marker {t!r} has no refs")
            for r in ic.get("refs", []):
                if r not in rset:
                    err(f"{d}: inline marker {t!r} points at unknown {r}")

        fraw, fvis = fold(raw), fold(vis)
        seen = set()
        req = opt = 0
        for a in g.get("attributions", []):
            q, s, rq = a.get("quote", ""), a.get("source", ""), a.get("required")
            if not isinstance(rq, bool):
                err(f"{d}: attribution {q!r}: required is not a boolean")
            fq = fold(q)
            if not fq:
                err(f"{d}: empty quote")
            if fq not in fraw:
                err(f"{d}: quote not in raw text: {q!r}")
            elif fraw.count(fq) > 1:
                warn(f"{d}: quote occurs {fraw.count(fq)} times: {q!r}")
            if is_html and fq not in fvis:
                err(f"{d}: quote not in visible text: {q!r}")
            if pat and fq in fraw and fq not in fold(body):
                err(f"{d}: quote occurs only in the reference list: {q!r}")
            if s in src_by_id:
                if any(e.split("#", 1)[0] == d for e in src_by_id[s].get("reference_entries", [])):
                    err(f"{d}: quote {q!r} uses {s}, but the work is in this text's reference "
                        f"list: use its R-id")
            elif re.fullmatch(r"R\d+", s or ""):
                if s not in rset:
                    err(f"{d}: quote {q!r} points at unknown reference {s}")
            else:
                err(f"{d}: quote {q!r}: unknown source {s!r}")
            if (fq, s) in seen:
                err(f"{d}: duplicate attribution {q!r} -> {s}")
            seen.add((fq, s))
            if rq:
                req += 1
            else:
                opt += 1
            sid = s
            if s.startswith("R"):
                # map R-id to a shared source through reference_entries, if any
                for src in sources:
                    if f"{d}#{s}" in src.get("reference_entries", []):
                        sid = src["id"]
            if sid.startswith(PREFIX):
                cited_by[sid].add(d)
                if rq:
                    cited_by_req[sid].add(d)
        n_ic = len(g.get("inline_citations", []))
        rows.append((d, words, req, opt, len(refs), n_ic))
        totals["words"] += words
        totals["req"] += req
        totals["opt"] += opt
        totals["refs"] += len(refs)
        totals["ic"] += n_ic

    # shared sources: reference_entries and corpus_document
    for s in sources:
        sid = s["id"]
        cd = s.get("corpus_document")
        if cd is not None and cd not in stems.values():
            err(f"{sid}: corpus_document {cd!r} is not a document of the set")
        for entry in s.get("reference_entries", []):
            if "#" not in entry:
                err(f"{sid}: bad reference entry {entry!r}")
                continue
            doc, rid = entry.split("#", 1)
            if doc not in golds:
                err(f"{sid}: reference entry {entry!r}: unknown document")
                continue
            if rid not in {r["id"] for r in golds[doc].get("references", [])}:
                err(f"{sid}: reference entry {entry!r}: unknown reference")
            cited_by[sid].add(doc)
            cited_by_req[sid].add(doc)
        for key in ("type", "authors", "aliases"):
            if key not in s:
                err(f"{sid}: lacks {key!r}")
        if sid not in cited_by:
            warn(f"{sid}: not cited by any document")
        if cd and cd in cited_by[sid]:
            warn(f"{sid}: cited by its own corpus document {cd}")

    # every R-id listed in sources' reference_entries at most once
    seen_entries = {}
    for s in sources:
        for entry in s.get("reference_entries", []):
            if entry in seen_entries:
                err(f"reference entry {entry} listed under {seen_entries[entry]} and {s['id']}")
            seen_entries[entry] = s["id"]

    for d, g in golds.items():
        for r in g.get("references", []):
            if f"{d}#{r['id']}" not in seen_entries:
                err(f"{d}#{r['id']}: reference entry not listed under any source's reference_entries")

    print(f"{'document':42} {'words':>6} {'req':>4} {'opt':>4} {'refs':>5} {'inline':>6}")
    for r in rows:
        print(f"{r[0]:42} {r[1]:>6} {r[2]:>4} {r[3]:>4} {r[4]:>5} {r[5]:>6}")
    print(f"{'total':42} {totals['words']:>6} {totals['req']:>4} {totals['opt']:>4} "
          f"{totals['refs']:>5} {totals['ic']:>6}")
    print()
    print("shared sources (documents citing them, by attribution or reference entry; * = optional only):")
    for s in sources:
        sid = s["id"]
        ds = sorted(cited_by.get(sid, ()))
        label = ", ".join(x[:2] + ("" if x in cited_by_req.get(sid, ()) else "*") for x in ds)
        cd = s.get("corpus_document")
        print(f"  {sid:34} {len(ds)}  {label}" + (f"   [corpus document {cd[:2]}]" if cd else ""))
    multi = [s["id"] for s in sources if not s.get("corpus_document")
             and s.get("type") not in ("personal-communication", "organization")
             and len(cited_by_req.get(s["id"], ())) >= 3]
    shared = [s["id"] for s in sources if len(cited_by.get(s["id"], ())) >= 2]
    print(f"\nsources cited by two or more texts: {len(shared)} of {len(sources)}")
    print(f"outside documents cited (required or listed) by three or more texts: {len(multi)}")
    print()
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"\n{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
