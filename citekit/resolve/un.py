"""A UN document symbol -> report fields, with no network: the symbol says it all.

``S/2023/370`` is a Security Council document: number = the symbol, url =
``https://undocs.org/<symbol>`` (the UN's permanent resolver), institution from the organ
prefix.  The most specific prefix wins (``A/HRC`` before ``A``).  Resolutions, decisions and
presidential statements (``/RES/``, ``/DEC/``, ``/PRST/``) keep their type; the rest are reports.
"""

from __future__ import annotations

from citekit.models import Fields
from citekit.resolve.base import Lookup, Resolver

ORGANS = {
    "A/HRC": "Human Rights Council",
    "S": "United Nations Security Council",
    "A": "United Nations General Assembly",
    "E": "Economic and Social Council",
    "ST": "United Nations Secretariat",
}
UNDOCS = "https://undocs.org/"


def organ(symbol: str) -> str | None:
    """The body a symbol belongs to, by its longest known prefix."""
    parts = symbol.upper().split("/")
    for n in range(len(parts) - 1, 0, -1):
        name = ORGANS.get("/".join(parts[:n]))
        if name:
            return name
    return None


class UnSymbol(Resolver):
    source = "un"
    network = False

    @property
    def endpoint(self) -> str:
        return "un-symbol"

    def query_for(self, fields: Fields) -> str | None:
        return fields.un_symbol.replace(" ", "").upper() if fields.un_symbol else None

    def fetch(self, query: str, fields: Fields) -> Lookup:
        decision = any(part in ("RES", "DEC", "PRST") for part in query.split("/"))
        return Lookup(source="un", query=query, status="found", fields=Fields(
            type="misc" if decision else "report",  # resolutions and decisions are not reports
            report_number=query, un_symbol=query, url=UNDOCS + query, institution=organ(query),
        ))
