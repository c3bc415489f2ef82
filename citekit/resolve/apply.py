"""Resolved records -> works: fill gaps, replace only on agreeing evidence, keep provenance.

Trust, per source: a DOI record (``crossref``, ``doi``) describes the DOI the work already
carries, and a validated search hit was checked against the reference, so both may replace
*parsed* values; ``un`` fields that follow from the symbol (number, institution, link) may
too.  A web page's metadata, and the UN Digital Library's title and date, only fill gaps (a
library title such as "Letter dated … addressed to the President of the Security Council" is
often not the title a reference cites; a more precise date of the same year is taken).  A
corpus document's own metadata (provenance ``metadata``) is never replaced.  Every replaced or
refused differing value is reported as a conflict (a Problem, and an entry of ``--report``).
Manual edits win later, at emit time.
"""

from __future__ import annotations

from citekit.extract.identifiers import normalize_doi
from citekit.merge.identity import fingerprint
from citekit.models import Fields, Problem, Provenance, Work
from citekit.resolve.base import Lookup
from citekit.resolve.report import Conflict, Report

LISTS = ("authors", "editors", "keywords")
REPLACING: set[Provenance] = {"crossref", "doi", "un"}
UN_SYMBOL_FIELDS = {"report_number", "un_symbol", "url", "institution"}


def _replaces(source: Provenance, name: str) -> bool:
    return source in REPLACING and (source != "un" or name in UN_SYMBOL_FIELDS)


def _show(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(a.display() if hasattr(a, "display") else str(a) for a in value)
    return str(value)


def _same(name: str, a: object, b: object) -> bool:
    if name == "doi":
        return normalize_doi(str(a)) == normalize_doi(str(b))
    if name == "date":  # "2010" and "2010-07-28" agree
        return str(a)[:4] == str(b)[:4] and (str(a).startswith(str(b)) or str(b).startswith(str(a)))
    if name in ("authors", "editors"):
        return fingerprint(Fields(authors=a)) == fingerprint(Fields(authors=b))  # type: ignore[arg-type]
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()
    return a == b


def apply_lookup(work: Work, found: Lookup, problems: list[Problem], report: Report | None = None) -> bool:
    """Merge one found record into ``work``; True if the work changed.  Conflicts go to
    ``problems`` and, when given, to ``report``."""
    assert found.fields is not None
    values = work.fields.model_dump()
    resolved = found.fields.model_dump()
    changed = False
    for name, new in resolved.items():
        if new in (None, "", []) or (name == "type" and new == "misc"):
            continue
        old = values.get(name)
        where = work.provenance.get(name)
        if name == "type":
            if old != new and (old == "misc" or found.source in ("crossref", "doi")):
                values[name], changed = new, True
            continue
        if old in (None, "", []):
            values[name], changed = new, True
            work.provenance[name] = found.source
            continue
        if _same(name, old, new):
            better = (name == "date" and len(str(new)) > len(str(old))) or (
                name in ("authors", "editors") and _replaces(found.source, name) and new != old)
            if better and where not in ("metadata", "manual"):  # more precise date, full names
                values[name], changed = new, True
                work.provenance[name] = found.source
            continue
        replace = _replaces(found.source, name) and where not in ("metadata", "manual")
        if report is not None:
            report.conflicts.append(Conflict(work, name, old, where or "parsed", new, found.source,
                                             "replaced" if replace else "kept"))
        problems.append(Problem(path=work.key, severity="info", message=(
            f"{name}: {where or 'parsed'} {_show(old)!r} vs {found.source} {_show(new)!r} "
            f"({'replaced' if replace else 'kept'})"
        )))
        if replace:
            values[name], changed = new, True
            work.provenance[name] = found.source
    if changed:
        work.fields = Fields(**values)
    return changed
