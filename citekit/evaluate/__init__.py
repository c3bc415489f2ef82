"""Scoring a citekit build against gold annotations (`citekit eval`).

The evaluator knows nothing about particular documents: it reads a build's
`citations.json`, the document texts, and a gold directory (`*.gold.json`, `sources.json`),
locates the gold items in the texts, and scores by the rules of the gold README.
"""

from .report import EvalReport, render_table
from .run import evaluate

__all__ = ["EvalReport", "evaluate", "render_table"]
