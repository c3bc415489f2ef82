#!/usr/bin/env python3
"""Check the set32 gold files against their documents and print totals.

Usage: python3 validate.py   (from any directory; paths are relative to this file)

Checks:
  * every gold file names an existing document, and every document has a gold file;
  * every attribution quote occurs in its document after folding each run of
    Unicode white space (including no-break spaces) into one space;
  * every attribution source is an S-b33- id present in gold/sources.additions.json
    or a reference id (R1, R2, ...) of the same document;
  * reference ids are R1..Rn in order; inline citations point at existing
    reference ids and their text occurs in the document (at least as many times
    as it is listed);
  * source ids are unique and start with S-b33-; corpus_document names exist;
    "Cross-document source: S-b33-..." notes in references name existing sources.
Exit status 1 on any error.
"""
import html
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DOCS = ROOT / "docs"
GOLD = ROOT / "gold"
WS = re.compile(r"\s+", re.UNICODE)
SRC_NOTE = re.compile(r"Cross-document source: (S-b33-[\w-]+)")


def fold(text):
    return WS.sub(" ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def words(path):
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        text = re.sub(r"<head>.*?</head>", " ", text, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return len(text.split())


def main():
    errors = []
    sources = json.loads((GOLD / "sources.additions.json").read_text(encoding="utf-8"))
    ids = [s["id"] for s in sources]
    sid = set(ids)
    for s in sources:
        if not s["id"].startswith("S-b33-"):
            errors.append(f"source id without S-b33- prefix: {s['id']}")
        for key in ("id", "type", "title", "authors", "date", "aliases", "identifiers", "corpus_document", "note"):
            if key not in s:
                errors.append(f"{s['id']}: missing key {key}")
        cd = s.get("corpus_document")
        if cd and not (DOCS / cd).exists():
            errors.append(f"{s['id']}: corpus_document {cd} not found")
    if len(sid) != len(ids):
        errors.append("duplicate source ids")

    docs = sorted(p.name for p in DOCS.iterdir() if p.is_file())
    golds = sorted(GOLD.glob("*.gold.json"))
    cited_by = defaultdict(set)
    cited_by_req = defaultdict(set)
    tot = defaultdict(int)
    seen_docs = set()
    for gpath in golds:
        g = json.loads(gpath.read_text(encoding="utf-8"))
        for key in ("document", "metadata", "references", "inline_citations", "attributions"):
            if key not in g:
                errors.append(f"{gpath.name}: missing key {key}")
        doc = g["document"]
        seen_docs.add(doc)
        if gpath.name != Path(doc).stem + ".gold.json":
            errors.append(f"{gpath.name}: name does not match document {doc}")
        dpath = DOCS / doc
        if not dpath.exists():
            errors.append(f"{gpath.name}: document {doc} missing")
            continue
        raw = dpath.read_text(encoding="utf-8")
        text = fold(raw)
        refs = [r["id"] for r in g["references"]]
        if refs != [f"R{i}" for i in range(1, len(refs) + 1)]:
            errors.append(f"{doc}: reference ids not R1..Rn in order: {refs}")
        for r in g["references"]:
            for m in SRC_NOTE.findall(r.get("note") or ""):
                if m not in sid:
                    errors.append(f"{doc} {r['id']}: note names unknown source {m}")
        counts = defaultdict(int)
        for ic in g["inline_citations"]:
            counts[fold(ic["text"])] += 1
            for r in ic["refs"]:
                if r not in refs:
                    errors.append(f"{doc}: inline {ic['text']!r} points at unknown {r}")
        for t, n in counts.items():
            have = text.count(t)
            if have < n:
                errors.append(f"{doc}: inline text {t!r} listed {n}x, found {have}x")
        for a in g["attributions"]:
            q = fold(a["quote"])
            if q not in text:
                errors.append(f"{doc}: quote not found: {a['quote']!r}")
            s = a["source"]
            if s.startswith("S-"):
                if s not in sid:
                    errors.append(f"{doc}: unknown source {s}")
                cited_by[s].add(doc)
                if a["required"]:
                    cited_by_req[s].add(doc)
            elif s not in refs:
                errors.append(f"{doc}: source {s} is neither a source id nor a reference id")
            tot["req" if a["required"] else "opt"] += 1
        tot["refs"] += len(refs)
        tot["inline"] += len(g["inline_citations"])
        tot["words"] += words(dpath)
        print(f"{doc:45s} {words(dpath):5d} words  refs={len(refs):2d} inline={len(g['inline_citations']):2d} "
              f"attr={len(g['attributions']):2d}")
    for d in docs:
        if d not in seen_docs:
            errors.append(f"document without gold: {d}")
    unused = [s for s in ids if s not in cited_by]
    multi = sorted(s for s, d in cited_by.items() if len(d) >= 2)
    print()
    print(f"documents: {len(seen_docs)}  words: {tot['words']}")
    print(f"attributions: required {tot['req']}, optional {tot['opt']}")
    multi_req = [s for s, d in cited_by_req.items() if len(d) >= 2]
    print(f"sources: {len(ids)}  cited by two or more documents: {len(multi)} "
          f"({len(multi_req)} counting required attributions only)")
    print(f"references: {tot['refs']}  inline citations: {tot['inline']}")
    if unused:
        print("sources not cited by any attribution:", ", ".join(unused))
    if "-v" in sys.argv:
        for s in ids:
            print(f"  {s:32s} {len(cited_by[s])}  {', '.join(sorted(cited_by[s]))}")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nOK")


if __name__ == "__main__":
    main()
