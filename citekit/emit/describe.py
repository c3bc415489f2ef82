"""What to write for a work that has no title or no date.

biber's data model requires a title and a date of every entry type.  citekit never invents
either: an untitled work gets a description in square brackets, as APA 7 does for untitled
works ("[Report]", "[Personal communication]").  An undated one gets, in the biblatex dialect,
the EDTF date ``XXXX`` ("year unspecified"), which biber accepts and biblatex's styles print as
nothing.  In the classic dialect it gets ``year = {n.d.}``, which natbib's styles print and
require (they warn "empty year" otherwise); biber calls that year "not an integer", which is why
biblatex users take ``--dialect biblatex``.
"""

from __future__ import annotations

from citekit.models import Fields

UNSPECIFIED_DATE = "XXXX"
NO_YEAR = "n.d."

_BY_TYPE = {"report": "Report", "article": "Article", "webpage": "Web page", "book": "Book",
            "chapter": "Book chapter", "thesis": "Thesis", "paper-conference": "Conference paper",
            "press-release": "Press release", "broadcast": "Broadcast", "podcast": "Podcast", "legal_case": "Case"}


PERSONAL_DESCRIPTION = "[Personal communication]"


def describe(fields: Fields) -> str:
    """A bracketed description of an untitled work, from its genre, type and note."""
    note = (fields.note or "").lower()
    if "personal communication" in note:
        kind = "Personal communication"
    elif fields.genre:
        kind = fields.genre[:1].upper() + fields.genre[1:]  # "[Interim review]"
    elif fields.type == "report" and "unpublished" in note:
        kind = "Unpublished report"
    elif fields.type in _BY_TYPE:
        kind = _BY_TYPE[fields.type]
    elif fields.url:
        kind = "Web page"
    elif fields.authors:
        kind = "Statement"  # a person or body cited for what they said, not for a document
    else:
        kind = "Untitled work"
    return f"[{kind}]"


def redundant_note(fields: Fields, description: str) -> bool:
    """True when the note says no more than the description ("personal communication")."""
    return (fields.note or "").strip().lower() == description.strip("[]").lower()
