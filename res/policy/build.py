"""Build policy.xml and categories.tsv from the annotated source policy.src.

Source format, one reference per line (``#`` lines and blank lines are skipped)::

    STYLE KIND LANG :: ab=text | ab=text | ...

``ab`` is a two-letter abbreviation of an AnyStyle label (see ``LABELS``). The reference
string is the segments' texts joined by single spaces, so every token sits in exactly one
labelled element, in order. Run: ``python res/policy/build.py`` (from the repository root
or anywhere); it rewrites both output files next to this script.
"""
from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

LABELS = {
    "au": "author", "cn": "citation-number", "co": "collection-title", "ct": "container-title",
    "da": "date", "di": "director", "do": "doi", "en": "edition", "ed": "editor", "ge": "genre",
    "is": "isbn", "jo": "journal", "lo": "location", "me": "medium", "no": "note", "pa": "pages",
    "pr": "producer", "pu": "publisher", "so": "source", "ti": "title", "tr": "translator",
    "ur": "url", "vo": "volume",
}

HERE = Path(__file__).resolve().parent


def parse_line(line: str, lineno: int) -> tuple[list[str], list[tuple[str, str]]]:
    """Split one source line into its category fields and (label, text) segments."""
    head, sep, body = line.partition(" :: ")
    if not sep:
        raise ValueError(f"policy.src:{lineno}: missing ' :: ' separator")
    category = head.split()
    if len(category) != 3:
        raise ValueError(f"policy.src:{lineno}: expected 'STYLE KIND LANG', got {head!r}")
    segments = []
    for raw in body.split(" | "):
        abbr, eq, text = raw.partition("=")
        abbr = abbr.strip()
        if not eq or abbr not in LABELS:
            raise ValueError(f"policy.src:{lineno}: bad segment {raw!r}")
        text = text.strip()
        if not text:
            raise ValueError(f"policy.src:{lineno}: empty segment {raw!r}")
        segments.append((LABELS[abbr], text))
    return category, segments


def main() -> int:
    src = HERE / "policy.src"
    rows, sequences = [], []
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            category, segments = parse_line(line, lineno)
        except ValueError as err:
            print(err, file=sys.stderr)
            return 1
        rows.append(category)
        body = "".join(f"    <{tag}>{escape(text)}</{tag}>\n" for tag, text in segments)
        sequences.append(f"  <sequence>\n{body}  </sequence>\n")
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<dataset>\n' + "".join(sequences) + "</dataset>\n"
    (HERE / "policy.xml").write_text(xml, encoding="utf-8")
    tsv = "index\tstyle\tkind\tlang\n" + "".join(
        f"{i}\t{s}\t{k}\t{l}\n" for i, (s, k, l) in enumerate(rows))
    (HERE / "categories.tsv").write_text(tsv, encoding="utf-8")
    print(f"wrote {len(sequences)} references to policy.xml and categories.tsv")
    return 0


if __name__ == "__main__":
    sys.exit(main())
