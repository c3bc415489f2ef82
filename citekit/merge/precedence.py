"""Field precedence: which record of a cluster gives each field of the merged work."""

from __future__ import annotations

from citekit.extract.attributions.names import initials, is_acronym
from citekit.merge.identity import name_key
from citekit.models import Fields, Provenance

# Scalar fields merged one by one; list fields (authors, editors, keywords) move as a whole.
_SCALARS = [name for name in Fields.model_fields if name not in ("authors", "editors", "keywords")]


_EMPTY = (None, "", [])  # what Fields.filled() leaves out


def merge_fields(records: list[tuple[Fields, Provenance, float]]) -> tuple[Fields, dict[str, Provenance]]:
    """Combine records, best first: a corpus document's own metadata, then the most confident
    and most complete parse.  Each field comes from the first record that has it."""
    ranked = records if len(records) == 1 else sorted(
        records,
        key=lambda r: (r[1] != "metadata", -r[2], -sum(v not in _EMPTY for v in r[0].__dict__.values())),
    )
    values: dict[str, object] = {}
    provenance: dict[str, Provenance] = {}
    for fields, source, _ in ranked:
        for name in _SCALARS + ["authors", "editors", "keywords"]:
            value = getattr(fields, name)
            if name not in values and value not in (None, "", []):
                if name == "type" and value == "misc" and len(ranked) > 1:
                    continue  # a more specific type may come from another record
                values[name] = value
                provenance[name] = source
    # Dates that agree on the year: keep the most precise ("2010-07-28" over "2010")
    if "date" in values:
        year = str(values["date"])[:4]
        for fields, source, _ in ranked:
            if fields.date and fields.date[:4] == year and len(fields.date) > len(str(values["date"])):
                values["date"], provenance["date"] = fields.date, source
    # Bodies as authors take their fullest spelling ("Corbel Actuarial LLP" over "Corbel Actuarial")
    if (chosen := values.get("authors")) and len(chosen) == 1 and chosen[0].literal:
        key = name_key(Fields(authors=chosen))
        for fields, source, _ in ranked:
            if len(fields.authors) == 1 and fields.authors[0].literal and name_key(fields) == key \
                    and len(fields.authors[0].literal) > len(chosen[0].literal):
                chosen = values["authors"] = fields.authors
                provenance["authors"] = source
    # A body written as its initials gives way to its name ("CNS": "Continental News Service")
    for name in ("container", "publisher", "institution"):
        if isinstance(short := values.get(name), str) and is_acronym(short):
            for fields, source, _ in ranked:
                if (full := getattr(fields, name)) and initials(full) == short:
                    values[name], provenance[name] = full, source
                    break
    values.setdefault("type", "misc")
    provenance.pop("type", None)
    return Fields(**values), provenance
