"""Attribution source spans on the GUM attribution subset (measured, never tuned on).

Gold: the eRST 'atsrc' signal spans of ../shared/corpora/attributions/gum/attributions.jsonl
(the source mention of each attribution relation, e.g. "Major general Fuad Basya").
Predicted: the source phrase of each citekit attribution mention (its ``source_name``
located inside the mention's span).  Matching is one-to-one; "exact" needs identical spans
(surrounding white space and a leading "the" ignored), "overlap" any shared character.
GUM's attribution also covers first- and second-person sources ("I think", "you know"),
perception and unnamed sources, which citekit leaves out by design, so recall has a ceiling
well below 1; third-person pronoun sources ("he said", "it added") are emitted when the
pronoun has a source antecedent within two sentences.

    python bench/attributions_gum.py [GUM_DIR]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from citekit.extract.attributions import find_attributions
from citekit.extract.metadata import extract_metadata
from citekit.ingest import load_document
from citekit.ingest.view import plain_view

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "attributions" / "gum"


def _norm(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if text[start:start + 4].lower() == "the ":
        start += 4
    return start, end


def _match(gold: list[tuple[int, int]], pred: list[tuple[int, int]], exact: bool) -> int:
    used, hits = set(), 0
    for g in gold:
        for i, p in enumerate(pred):
            if i in used:
                continue
            if (p == g) if exact else (p[0] < g[1] and g[0] < p[1]):
                used.add(i)
                hits += 1
                break
    return hits


def main(gum: Path) -> None:
    gold: dict[str, set[tuple[int, int]]] = {}
    for line in (gum / "attributions.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        for span in rec["gold_source_signal_spans"]:
            gold.setdefault(rec["doc_id"], set()).add((span["start"], span["end"]))
    totals = {"gold": 0, "pred": 0, "exact": 0, "overlap": 0}
    elapsed = 0.0
    for path in sorted((gum / "txt").glob("*.txt")):
        doc, _ = load_document(path)
        text = doc.text
        started = time.perf_counter()
        view = plain_view(doc)
        meta = extract_metadata(view, len(view.text), None)
        mentions = find_attributions(doc, view, meta)
        elapsed += time.perf_counter() - started
        pred = []
        for m in mentions:
            at = m.text.find(m.source_name or "\0")
            s, e = (m.start + at, m.start + at + len(m.source_name)) if at >= 0 else (m.start, m.end)
            pred.append(_norm(text, s, e))
        g = sorted(_norm(text, s, e) for s, e in gold.get(path.stem, set()))
        totals["gold"] += len(g)
        totals["pred"] += len(pred)
        totals["exact"] += _match(g, pred, True)
        totals["overlap"] += _match(g, pred, False)
    print(f"GUM attribution sources: {totals['gold']} gold spans, {totals['pred']} predicted "
          f"({len(list((gum / 'txt').glob('*.txt')))} documents, {elapsed:.2f} s)")
    for kind in ("exact", "overlap"):
        p = totals[kind] / totals["pred"] if totals["pred"] else 0.0
        r = totals[kind] / totals["gold"] if totals["gold"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"  {kind:8s} P {p:6.1%}  R {r:6.1%}  F1 {f:6.1%}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT)
