"""The fields each entry type requires: plain.bst's rules for the classic types, biber's
default data model (what ``biber --validate-datamodel`` checks) for biblatex's own types.

Each requirement is a tuple of alternatives, any one of which satisfies it; the biblatex
names (``journaltitle``, ``date``, ``institution``) count for the classic fields too, since
biblatex reads both.
"""

from __future__ import annotations

_AUTHOR = ("author",)
_PEOPLE = ("author", "editor")
_TITLE = ("title",)
_YEAR = ("year", "date")
_JOURNAL = ("journal", "journaltitle")
_SCHOOL = ("school", "institution")

# plain.bst (the functions that call "required" fields through `either.or.check` and
# `empty.*.check`); misc requires nothing.
CLASSIC: dict[str, tuple[tuple[str, ...], ...]] = {
    "article": (_AUTHOR, _TITLE, _JOURNAL, _YEAR),
    "book": (_PEOPLE, _TITLE, ("publisher",), _YEAR),
    "booklet": (_TITLE,),
    "inbook": (_PEOPLE, _TITLE, ("chapter", "pages"), ("publisher",), _YEAR),
    "incollection": (_AUTHOR, _TITLE, ("booktitle",), ("publisher",), _YEAR),
    "inproceedings": (_AUTHOR, _TITLE, ("booktitle",), _YEAR),
    "conference": (_AUTHOR, _TITLE, ("booktitle",), _YEAR),
    "manual": (_TITLE,),
    "mastersthesis": (_AUTHOR, _TITLE, _SCHOOL, _YEAR),
    "phdthesis": (_AUTHOR, _TITLE, _SCHOOL, _YEAR),
    "proceedings": (_TITLE, _YEAR),
    "techreport": (_AUTHOR, _TITLE, ("institution",), _YEAR),
    "unpublished": (_AUTHOR, _TITLE, ("note",)),
    "misc": (),
}

# biber's default data model (biber-tool.conf constraints) for the biblatex-only types.
BIBLATEX: dict[str, tuple[tuple[str, ...], ...]] = {
    "online": (_TITLE, _YEAR, ("url", "doi", "eprint")),
    "report": (_AUTHOR, _TITLE, ("type",), ("institution",), _YEAR),
    "thesis": (_AUTHOR, _TITLE, ("type",), ("institution",), _YEAR),
    "collection": (("editor",), _TITLE, _YEAR),
    "mvbook": (_AUTHOR, _TITLE, _YEAR),
    "periodical": (("editor",), _TITLE, _YEAR),
    "dataset": (_PEOPLE, _TITLE, _YEAR),
    "software": (_PEOPLE, _TITLE, _YEAR),
}


def missing(entry_type: str, present: set[str]) -> list[str]:
    """The requirements of ``entry_type`` that none of ``present`` meets ("author/editor")."""
    rules = CLASSIC.get(entry_type) or BIBLATEX.get(entry_type) or ()
    return ["/".join(options) for options in rules if not present & set(options)]
