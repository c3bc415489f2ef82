"""Validate res/policy/policy.xml (AnyStyle XML) and report label and category counts.

Checks: only AnyStyle's 23 labels; every element non-empty with no surrounding white space;
no text outside the labelled elements; categories.tsv has one row per sequence; the
conventions of README.md (UN symbols never in ``date``, access/retrieval phrases in ``note``,
bracketed descriptions such as ``[Tweet]`` in ``genre``, URLs alone in ``url``); no exact
duplicates; no URL shared with the seed or golden documents and no title of their gold
references; none of the seed gold's surnames.
Run: ``python res/policy/check.py [FILE.xml]`` (default: policy.xml beside this script; the
categories are read from ``categories.tsv`` beside the file) — exit status 0 when all passes.
"""
from __future__ import annotations

import collections
import csv
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent

ANYSTYLE_LABELS = {
    "author", "citation-number", "collection-title", "container-title", "date", "director",
    "doi", "edition", "editor", "genre", "isbn", "journal", "location", "medium", "note",
    "pages", "producer", "publisher", "source", "title", "translator", "url", "volume",
}
# Surnames of the seed gold's authors: the training data must not contain them (model files
# built from it live under citekit/, which is checked for seed names).
SEED_SURNAMES = ("Ali", "Atwood", "Bass", "Bennett", "Bertrand", "Hamid", "Harmouch", "Ibrahim",
                 "Judd", "Liptak", "O'Donnell", "O’Donnell", "Roggio", "Schindler", "Siddiqui",
                 "Vazquez", "Walsh", "Weiss", "Zahid", "Zawahiri", "Sawahiri", "bin Laden")

UN_SYMBOL = re.compile(r"\b(?:S|A|E)/(?:RES/|HRC/|PRST/)?\d{2,4}/\d+\b|\bA/HRC/\d+/\d+\b")
NOTE_PHRASES = re.compile(r"(?i)^\(?\[?(retrieved|accessed|available|last accessed|verfügbar|доступно|consulté)")
BRACKET_GENRE = re.compile(r"\[(Tweet|Post|Press release|Video|Audio podcast episode|Data set|Data file|Policy brief|Report|Transcript|Speech transcript|Research brief|Twitter|Fact sheet|Podcast|Blog post|Statement|Video file|Interview|Infographic)\]", re.I)
URL_LIKE = re.compile(r"^(<?https?://|www\.|[a-z0-9.-]+\.[a-z]{2,}/)\S*$", re.I)


def load(path: Path) -> list[list[tuple[str, str]]]:
    """Parse the dataset, raising ValueError on any structural problem."""
    root = ET.parse(path).getroot()
    if root.tag != "dataset":
        raise ValueError(f"{path.name}: root element is <{root.tag}>, expected <dataset>")
    problems, sequences = [], []
    if (root.text or "").strip():
        problems.append("text directly inside <dataset>")
    for i, seq in enumerate(root):
        if seq.tag != "sequence":
            problems.append(f"#{i}: <{seq.tag}> inside <dataset>")
        if (seq.text or "").strip() or (seq.tail or "").strip():
            problems.append(f"#{i}: text outside a labelled element")
        spans = []
        for el in seq:
            text = el.text or ""
            if el.tag not in ANYSTYLE_LABELS:
                problems.append(f"#{i}: unknown label <{el.tag}>")
            if len(el):
                problems.append(f"#{i}: nested element inside <{el.tag}>")
            if not text.strip():
                problems.append(f"#{i}: empty <{el.tag}>")
            elif text != text.strip() or "  " in text:
                problems.append(f"#{i}: stray white space in <{el.tag}>{text!r}")
            if (el.tail or "").strip():
                problems.append(f"#{i}: text {el.tail.strip()!r} after <{el.tag}>")
            spans.append((el.tag, text))
        if not spans:
            problems.append(f"#{i}: empty sequence")
        sequences.append(spans)
    if problems:
        raise ValueError(f"{path.name}: " + "; ".join(problems[:20]))
    return sequences


def convention_problems(sequences: list[list[tuple[str, str]]]) -> list[str]:
    """Return one message per breach of the labelling conventions in README.md."""
    out = []
    seen = {}
    for i, spans in enumerate(sequences):
        string = " ".join(text for _, text in spans)
        if string in seen:
            out.append(f"#{i}: duplicate of #{seen[string]}")
        seen[string] = i
        if "|" in string or " :: " in string:
            out.append(f"#{i}: source-format separator left in the text")
        for (tag, _), (next_tag, _) in zip(spans, spans[1:]):
            if tag == next_tag:
                out.append(f"#{i}: two adjacent <{tag}> elements (one span when tokenised)")
        for tag, text in spans:
            # a year in parentheses is the date, except in titles such as "Resolution 2593 (2021)"
            if (tag == "author" and re.search(r"\((\d{4}|n\.\s?d\.?)", text)) or (
                    tag == "title" and re.match(r"\((\d{4}|n\.\s?d\.?)", text)):
                out.append(f"#{i}: a date inside <{tag}>: {text!r}")
            if tag == "date" and UN_SYMBOL.search(text):
                out.append(f"#{i}: UN symbol inside <date>: {text!r}")
            if NOTE_PHRASES.match(text) and tag not in ("note",):
                out.append(f"#{i}: access/retrieval phrase in <{tag}>: {text!r}")
            if BRACKET_GENRE.search(text) and tag != "genre":
                out.append(f"#{i}: bracketed description in <{tag}>: {text!r}")
            if tag == "url" and not URL_LIKE.match(text):
                out.append(f"#{i}: <url> is not a bare URL: {text!r}")
            if tag != "url" and tag != "doi" and re.search(r"https?://", text):
                out.append(f"#{i}: URL inside <{tag}>")
            for name in SEED_SURNAMES:
                if re.search(rf"(?i)(?<!\w){re.escape(name)}(?!\w)", text):
                    out.append(f"#{i}: seed surname {name!r} in <{tag}>")
    return out


def seed_urls() -> set[str]:
    """URLs that occur in the seed documents (evaluation data must stay out of training)."""
    urls = set()
    for folder in (REPO / "seeds", REPO / "tests" / "golden" / "docs"):
        for path in folder.glob("*") if folder.is_dir() else ():
            text = path.read_text(encoding="utf-8", errors="replace")
            urls.update(u.rstrip(".,);>") for u in re.findall(r"https?://[^\s<>)\]]+", text))
    return urls


def gold_titles() -> set[str]:
    """Normalised titles of the gold references of the seed and golden documents."""
    titles = set()
    for folder in (REPO / "tests" / "golden" / "gold", REPO.parent / "shared" / "gold"):
        for path in folder.glob("*.gold.json") if folder.is_dir() else ():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            refs = data.get("references", []) if isinstance(data, dict) else []
            for ref in refs:
                if isinstance(ref, dict) and ref.get("title"):
                    titles.add(_norm(ref["title"]))
    return titles


def _norm(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


def main(argv: list[str]) -> int:
    xml_path = Path(argv[0]) if argv else HERE / "policy.xml"
    categories = xml_path.with_name("categories.tsv")
    try:
        sequences = load(xml_path)
    except ValueError as err:
        print(f"FAIL {err}")
        return 1
    except (ET.ParseError, OSError) as err:
        print(f"FAIL {xml_path}: {err}")
        return 1
    problems = convention_problems(sequences)
    known = seed_urls()
    for i, spans in enumerate(sequences):
        for tag, text in spans:
            if tag == "url" and text.rstrip(".,") in known:
                problems.append(f"#{i}: URL taken from the seed/golden documents: {text}")
    known_titles = gold_titles()
    for i, spans in enumerate(sequences):
        for tag, text in spans:
            if tag == "title" and len(_norm(text)) > 12 and _norm(text) in known_titles:
                problems.append(f"#{i}: title of a seed/golden gold reference: {text!r}")
    rows = []
    if categories.is_file():
        with open(categories, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
    if len(rows) != len(sequences):
        problems.append(f"categories.tsv has {len(rows)} rows for {len(sequences)} sequences")

    labels = collections.Counter(tag for spans in sequences for tag, _ in spans)
    print(f"{len(sequences)} references, {sum(labels.values())} labelled spans, "
          f"{sum(len(t.split()) for s in sequences for _, t in s)} tokens")
    print("labels: " + ", ".join(f"{k} {v}" for k, v in labels.most_common()))
    for column in ("style", "kind", "lang"):
        counts = collections.Counter(row[column] for row in rows)
        print(f"{column}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    if problems:
        print(f"FAIL {len(problems)} problem(s):")
        for line in problems:
            print("  " + line)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
