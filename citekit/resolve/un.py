"""UN document symbols: report fields from the symbol itself, then the UN Digital Library.

``UnSymbol`` needs no network: ``S/2023/370`` is a Security Council document, number = the
symbol, url = ``https://undocs.org/<symbol>`` (the UN's permanent resolver), institution from
the organ prefix (the most specific wins: ``A/HRC`` before ``A``).  Resolutions, decisions and
presidential statements (``/RES/``, ``/DEC/``, ``/PRST/``) keep their type; the rest are reports.

``UnLibrary`` (online only) asks the UN Digital Library (an Invenio/Tind catalogue) for the
symbol's record as MARCXML::

    GET {un_url}/search?p=191__a:"S/2023/370"&of=xm&rg=5&ln=en

and takes the record whose document symbol (``191 $a``, else ``191 $z`` / ``791 $a``) is the
one asked for: title from ``245 $a`` (+ ``$b``), date from ``269 $a`` (else ``992 $a``).
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from lxml import etree

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
XML_TYPES = ("application/xml", "text/xml", "application/marcxml+xml")
_ISBD = re.compile(r"[\s/:;,.=]+$")  # MARC's trailing punctuation before the next subfield
_DATE = re.compile(r"^(\d{4})-?(\d{2})?-?(\d{2})?")


def organ(symbol: str) -> str | None:
    """The body a symbol belongs to, by its longest known prefix."""
    parts = symbol.upper().split("/")
    for n in range(len(parts) - 1, 0, -1):
        name = ORGANS.get("/".join(parts[:n]))
        if name:
            return name
    return None


def _symbol(value: str) -> str:
    return value.replace(" ", "").upper()


class UnSymbol(Resolver):
    source = "un"
    network = False

    @property
    def endpoint(self) -> str:
        return "un-symbol"

    def query_for(self, fields: Fields) -> str | None:
        return _symbol(fields.un_symbol) if fields.un_symbol else None

    def fetch(self, query: str, fields: Fields) -> Lookup:
        decision = any(part in ("RES", "DEC", "PRST") for part in query.split("/"))
        return Lookup(source="un", query=query, status="found", fields=Fields(
            type="misc" if decision else "report",  # resolutions and decisions are not reports
            report_number=query, un_symbol=query, url=UNDOCS + query, institution=organ(query),
        ))


def _subfields(record: etree._Element, tag: str, code: str) -> list[str]:
    return [(sf.text or "").strip() for df in record.iterchildren("{*}datafield") if df.get("tag") == tag
            for sf in df.iterchildren("{*}subfield") if sf.get("code") == code and (sf.text or "").strip()]


def _date(value: str) -> str | None:
    m = _DATE.match(value.strip())
    if not m or not 1000 <= int(m.group(1)) <= 2999:
        return None
    return "-".join(p for p in m.groups() if p)


def record_fields(record: etree._Element) -> Fields:
    """Title and date of one MARCXML record."""
    title = next(iter(_subfields(record, "245", "a")), None)
    rest = next(iter(_subfields(record, "245", "b")), None)
    if title:
        title = _ISBD.sub("", title) + (f": {_ISBD.sub('', rest)}" if rest else "")
    dates = [d for d in map(_date, _subfields(record, "269", "a") + _subfields(record, "992", "a")) if d]
    return Fields(title=title or None, date=dates[0] if dates else None)


class UnLibrary(Resolver):
    """``GET {un_url}/search?p=191__a:"<symbol>"&of=xm``: the record's title and date."""

    source = "un"

    @property
    def endpoint(self) -> str:
        return f"un-library:{self.config.un_url}"

    def query_for(self, fields: Fields) -> str | None:
        return _symbol(fields.un_symbol) if fields.un_symbol and self.config.un_url else None

    def fetch(self, query: str, fields: Fields) -> Lookup:
        params = urlencode({"p": f'191__a:"{query}"', "of": "xm", "rg": "5", "ln": "en"})
        result = self.client.get(f"{self.config.un_url}/search?{params}", "application/xml, text/xml", XML_TYPES)
        if not result.ok:
            return self.failed(query, result)
        try:
            root = etree.fromstring(result.body, etree.XMLParser(resolve_entities=False, no_network=True))
        except etree.XMLSyntaxError:
            return Lookup(source="un", query=query, status="failed", message="malformed MARCXML")
        records = list(root.iter("{*}record"))
        for record in records:
            symbols = _subfields(record, "191", "a") + _subfields(record, "191", "z") + _subfields(record, "791", "a")
            if query in map(_symbol, symbols):
                found = record_fields(record)
                if found.title or found.date:
                    return Lookup(source="un", query=query, status="found", fields=found)
        return Lookup(source="un", query=query, status="not-found",
                      message=f"no record for the symbol among {len(records)} hit(s)")
