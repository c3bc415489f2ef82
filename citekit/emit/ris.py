"""CSL-JSON items -> RIS, with the tags Zotero reads and writes.

The citation key goes in ``ID`` and the citation links in ``N1`` (as in the CSL ``note``).
"""

from __future__ import annotations

import re

RIS_TYPES = {
    "article-journal": "JOUR", "article-newspaper": "NEWS", "article-magazine": "MGZN", "webpage": "ELEC",
    "report": "RPRT", "book": "BOOK", "chapter": "CHAP", "paper-conference": "CPAPER", "thesis": "THES",
    "document": "GEN", "personal_communication": "PCOMM", "broadcast": "SOUND", "legal_case": "CASE",
}
_PAGES_RE = re.compile(r"^\s*(\S+?)\s*(?:-+|–|—)\s*(\S+)\s*$")


def _name(name: dict) -> str:
    if "literal" in name:
        return name["literal"]
    return f"{name['family']}, {name['given']}" if name.get("given") else name["family"]


def _date(value: dict | None) -> str | None:
    if not value:
        return None
    parts = value["date-parts"][0]
    return "/".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]])


def to_ris(record: dict) -> str:
    """One RIS record, ``TY`` to ``ER``."""
    lines = [("TY", RIS_TYPES.get(record["type"], "GEN"))]
    lines += [("AU", _name(n)) for n in record.get("author", [])]
    lines += [("A2", _name(n)) for n in record.get("editor", [])]
    issued = _date(record.get("issued"))
    tags = [("TI", record.get("title")), ("T2", record.get("container-title")),
            ("T3", record.get("collection-title")),
            ("PY", issued[:4] if issued else None), ("DA", issued),
            ("VL", record.get("volume")), ("IS", record.get("issue") or record.get("number")),
            ("ET", record.get("edition")), ("PB", record.get("publisher")), ("CY", record.get("publisher-place")),
            ("SN", record.get("ISBN") or record.get("ISSN")), ("DO", record.get("DOI")), ("UR", record.get("URL")),
            ("Y2", _date(record.get("accessed"))), ("LA", record.get("language")), ("ID", record["id"])]
    lines += [(tag, value) for tag, value in tags if value]
    if page := record.get("page"):
        match = _PAGES_RE.match(page)
        lines += [("SP", match.group(1)), ("EP", match.group(2))] if match else [("SP", page)]
    lines += [("KW", k.strip()) for k in (record.get("keyword") or "").split(",") if k.strip()]
    for part in (record.get("note") or "").split("\n"):
        if part.strip():
            lines.append(("N1", part.strip()))  # one note a line: "Series: …", "Cited by: …"
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {' '.join(str(value).split())}\n" for tag, value in lines)


def to_ris_text(records: list[dict]) -> str:
    return "\n".join(to_ris(r) for r in records)
