"""Small normalisers, one concern per module, run in order over a labelled record.

A record is a dict keyed by AnyStyle's labels (``author``, ``editor``, ``date``, ``title``,
``container-title``/``journal``, ``volume``, ``issue``, ``pages``, ``publisher``, ``location``,
``edition``, ``genre``, ``url``, ``doi`` …) holding the raw strings a parser found; keys starting
with ``_`` are parser hints. :func:`normalize_record` runs :data:`NORMALISERS` and returns
:class:`~citekit.models.Fields`. The rule parser and a trained sequence labeller share it.
"""

from __future__ import annotations

from collections.abc import Callable

from citekit.models import Author, Fields

from .dates import normalize_date_fields, parse_date
from .edition import normalize_edition
from .entry_type import normalize_type
from .names import normalize_name_fields, parse_names
from .numbers import normalize_number_fields
from .pages import normalize_page_fields, normalize_pages
from .punctuation import strip_punctuation
from .titles import clean_title, normalize_title_fields
from .urls import normalize_url_fields
from .volume import normalize_volume

Record = dict
Normaliser = Callable[[Record], Record]

NORMALISERS: list[Normaliser] = [
    strip_punctuation,
    normalize_title_fields,
    normalize_number_fields,
    normalize_name_fields,
    normalize_date_fields,
    normalize_volume,
    normalize_page_fields,
    normalize_edition,
    normalize_url_fields,
    normalize_type,
]

_FIELD_OF = {
    "author": "authors", "editor": "editors", "container-title": "container", "journal": "container",
    "issue": "number", "location": "place", "collection-title": "series",
}
_FIELDS = set(Fields.model_fields)


def normalize_record(rec: Record, normalisers: list[Normaliser] | None = None) -> Fields:
    """Run the normalisers over ``rec`` (in place) and build Fields from the result."""
    for step in normalisers or NORMALISERS:
        rec = step(rec)
    data: dict[str, object] = {}
    for key, value in rec.items():
        name = _FIELD_OF.get(key, key)
        if key.startswith("_") or name not in _FIELDS or value in (None, "", []) or name in data:
            continue
        if name in ("authors", "editors"):
            value = [a if isinstance(a, Author) else Author(literal=str(a)) for a in value]
        data[name] = value
    return Fields(**data)


__all__ = [
    "NORMALISERS", "Record", "normalize_record", "parse_date", "parse_names", "normalize_pages", "clean_title",
]
