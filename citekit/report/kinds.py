"""What kind of thing a work is, for the graph's shapes and colours (one job: classification)."""

from __future__ import annotations

from citekit.report.model import NodeKind, WorkRecord

_PUBLICATIONS = {"article", "book", "inbook", "incollection", "inproceedings", "conference", "phdthesis",
                 "mastersthesis", "thesis", "periodical", "collection", "proceedings", "manual", "booklet",
                 "broadcast", "podcast"}
_REPORTS = {"report", "techreport", "press-release", "legal_case"}
_WEB = {"online", "www", "webpage", "electronic"}


def node_kind(work: WorkRecord) -> NodeKind:
    """Corpus document, report, article (any publication), web page, or statement.

    A statement is what an organisation or a person said or issued without a publication to
    point at: the ``misc`` entries citekit makes from prose attributions, a tweet, a letter.
    """
    if work.document:
        return "document"
    if work.type in _REPORTS:
        return "report"
    if work.type in _PUBLICATIONS:
        return "article"
    if work.type in _WEB or (work.url and work.title):
        return "web"
    return "statement"
