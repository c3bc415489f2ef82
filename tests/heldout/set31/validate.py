#!/usr/bin/env python3
"""Check the held-out set31 gold annotations (standard library only).

Checks:
  * every gold/*.gold.json and gold/sources.additions.json parses;
  * every gold file names an existing document in docs/;
  * every attribution `quote` occurs in its document after folding every run of
    Unicode white space (including no-break spaces) into one space; for HTML the
    quote is searched in the page's visible text (body, without script/style);
  * every attribution `source` is an id in sources.additions.json or a
    reference id of the same document;
  * every inline citation's reference ids exist, and its text occurs in the document;
  * reference and source ids are unique, `required` is a boolean;
  * the `cited_by` lists in sources.additions.json agree with the gold files.
Prints "OK" and a summary when there are no errors; exits 1 otherwise.
Multiple occurrences of a quote are reported as warnings.
"""
import glob
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
GOLD = os.path.join(HERE, "gold")

INLINE_TAGS = {"a", "abbr", "b", "cite", "code", "em", "i", "q", "small", "span",
               "strong", "sub", "sup", "time", "u", "mark"}
HIDDEN_TAGS = {"head", "script", "style", "title", "template", "noscript"}


def fold(text):
    return re.sub(r"\s+", " ", text).strip()


class VisibleText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in HIDDEN_TAGS:
            self.hidden += 1
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def document_text(path):
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if path.endswith((".html", ".htm")):
        parser = VisibleText()
        parser.feed(raw)
        parser.close()
        return fold(html.unescape("".join(parser.parts)))
    return fold(raw)


def main():
    errors, warnings = [], []
    try:
        with open(os.path.join(GOLD, "sources.additions.json"), encoding="utf-8") as fh:
            sources = json.load(fh)
    except Exception as exc:  # noqa: BLE001
        print("ERROR sources.additions.json does not parse: %s" % exc)
        return 1
    source_ids = [s.get("id") for s in sources]
    for sid in source_ids:
        if not sid or not sid.startswith("S-b31-"):
            errors.append("sources: bad id %r" % sid)
    if len(source_ids) != len(set(source_ids)):
        errors.append("sources: duplicate ids")
    source_ids = set(source_ids)
    for s in sources:
        for field in ("type", "title", "authors", "date", "aliases"):
            if field not in s:
                errors.append("sources: %s lacks %s" % (s.get("id"), field))
        cd = s.get("corpus_document")
        if cd and not os.path.exists(os.path.join(DOCS, cd)):
            errors.append("sources: %s corpus_document %s missing" % (s["id"], cd))

    cited = {}
    counts = {"documents": 0, "required": 0, "optional": 0, "references": 0, "inline": 0}
    gold_files = sorted(glob.glob(os.path.join(GOLD, "*.gold.json")))
    documents = sorted(os.listdir(DOCS))
    seen_docs = set()
    for gf in gold_files:
        name = os.path.basename(gf)
        try:
            with open(gf, encoding="utf-8") as fh:
                gold = json.load(fh)
        except Exception as exc:  # noqa: BLE001
            errors.append("%s does not parse: %s" % (name, exc))
            continue
        doc = gold.get("document")
        if not doc or doc not in documents:
            errors.append("%s: document %r not in docs/" % (name, doc))
            continue
        if name != os.path.splitext(doc)[0] + ".gold.json":
            errors.append("%s: file name does not match document %s" % (name, doc))
        seen_docs.add(doc)
        counts["documents"] += 1
        text = document_text(os.path.join(DOCS, doc))
        for key in ("metadata", "references", "inline_citations", "attributions"):
            if key not in gold:
                errors.append("%s: missing %s" % (name, key))
        refs = gold.get("references", [])
        ref_ids = [r.get("id") for r in refs]
        if len(ref_ids) != len(set(ref_ids)):
            errors.append("%s: duplicate reference ids" % name)
        for i, rid in enumerate(ref_ids, 1):
            if rid != "R%d" % i:
                errors.append("%s: reference ids not R1..Rn in order (%s)" % (name, rid))
        ref_ids = set(ref_ids)
        counts["references"] += len(refs)
        for r in refs:
            if r.get("source"):
                if r["source"] not in source_ids:
                    errors.append("%s: reference %s source %s unknown" % (name, r["id"], r["source"]))
                cited.setdefault(r["source"], set()).add(doc)
        for ic in gold.get("inline_citations", []):
            counts["inline"] += 1
            for rid in ic.get("refs", []):
                if rid not in ref_ids:
                    errors.append("%s: inline citation %r points to unknown %s" % (name, ic.get("text"), rid))
            if not ic.get("refs"):
                errors.append("%s: inline citation %r has no refs" % (name, ic.get("text")))
            if fold(ic.get("text", "")) not in text:
                errors.append("%s: inline citation text not found: %r" % (name, ic.get("text")))
        for a in gold.get("attributions", []):
            q = fold(a.get("quote", ""))
            if not q:
                errors.append("%s: empty quote" % name)
                continue
            n = text.count(q)
            if n == 0:
                errors.append("%s: quote not found: %r" % (name, a["quote"]))
            elif n > 1:
                warnings.append("%s: quote occurs %d times: %r" % (name, n, a["quote"]))
            src = a.get("source")
            if src not in source_ids and src not in ref_ids:
                errors.append("%s: unknown source %r for %r" % (name, src, a["quote"]))
            if src in source_ids:
                cited.setdefault(src, set()).add(doc)
            if not isinstance(a.get("required"), bool):
                errors.append("%s: required not boolean for %r" % (name, a["quote"]))
            counts["required" if a.get("required") else "optional"] += 1
    for doc in documents:
        if doc not in seen_docs:
            errors.append("document %s has no gold file" % doc)
    for s in sources:
        want = sorted(cited.get(s["id"], set()))
        if "cited_by" in s and sorted(s["cited_by"]) != want:
            errors.append("sources: %s cited_by %s, gold says %s" % (s["id"], s["cited_by"], want))
        if not want:
            errors.append("sources: %s is not used by any gold file" % s["id"])

    for w in warnings:
        print("WARNING " + w)
    for e in errors:
        print("ERROR " + e)
    if errors:
        return 1
    multi = sum(1 for s in sources if len(cited.get(s["id"], ())) >= 2)
    print("OK: %d documents, %d required and %d optional attributions, %d sources "
          "(%d cited by two or more documents), %d references, %d inline citations"
          % (counts["documents"], counts["required"], counts["optional"], len(sources),
             multi, counts["references"], counts["inline"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
