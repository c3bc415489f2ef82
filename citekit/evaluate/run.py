"""`evaluate`: load the gold and the build, score every document, check cross-document links."""

from __future__ import annotations

from pathlib import Path

from .build import basename, find_document, load_build, read_text
from .gold import load_gold
from .link import check_linking
from .report import EvalReport, Totals
from .reuse import score_reuse
from .score import score_document


def evaluate(build_dir: Path, gold_dir: Path, docs_root: Path | None = None) -> EvalReport:
    """Score the build in ``build_dir`` (its `citations.json`) against a gold directory.

    Document texts are read from each document's ``path``, tried under ``docs_root``, the
    working directory, and the parent of ``build_dir``.
    """
    build_dir, gold_dir = Path(build_dir), Path(gold_dir)
    gold = load_gold(gold_dir)
    build = load_build(build_dir)
    scores = []
    for gdoc in gold.documents:
        doc = find_document(build, gdoc.document)
        text = read_text(doc, gdoc.document, build_dir, docs_root)
        scores.append(score_document(gdoc, build, doc, text, gold.sources))
    names = {g.document for g in gold.documents}
    scored_ids = {s.build_doc.id for s in scores if s.build_doc}
    unscored = [basename(d.path) for d in build.documents
                if basename(d.path) not in names and d.id not in scored_ids]
    documents = [s.report for s in scores]
    reuse, reuse_failures = score_reuse(gold, build)
    return EvalReport(reuse=reuse, reuse_failures=reuse_failures,build=str(build_dir), gold=str(gold_dir), documents=documents,
                      totals=Totals.of(documents), linking=check_linking(gold, build, scores),
                      unscored_documents=unscored,
                      problems=build.problems + ([] if gold.documents else
                                                 [f"no *.gold.json in {gold_dir}"]))
