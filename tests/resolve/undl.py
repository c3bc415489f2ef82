"""UN Digital Library answers for the tests, in the shape its search serves with ``of=xm``.

Not recorded traffic: written after the Digital Library's MARC export documentation
(https://research.un.org/en/digitallibrary/export; 191 document symbol, 245 title, 269 date,
710 corporate author, 856 files, 989 resource type) and its Invenio search output (an XML
comment with the number of hits, then a MARC21-slim ``collection``).  The record number and
the letter's date are illustrative.
"""

from __future__ import annotations

from werkzeug import Response

S_2023_370_TITLE = ("Letter dated 30 May 2023 from the Chair of the Security Council Committee established "
                    "pursuant to resolution 1988 (2011) addressed to the President of the Security Council")


def record(symbol: str, title: str, date: str, recid: str = "4011243", subtitle: str | None = None) -> str:
    b = f'<subfield code="b">{subtitle}</subfield>' if subtitle else ""
    year = date[:4]
    body = symbol.split("/")[0]
    return f"""  <record>
    <controlfield tag="001">{recid}</controlfield>
    <controlfield tag="005">20230612093512.0</controlfield>
    <datafield tag="191" ind1=" " ind2=" ">
      <subfield code="a">{symbol}</subfield><subfield code="b">{body}/</subfield><subfield code="c">{year}</subfield>
    </datafield>
    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">{title}{" :" if subtitle else ""}</subfield>{b}</datafield>
    <datafield tag="260" ind1=" " ind2=" ">
      <subfield code="a">[New York] :</subfield><subfield code="b">UN,</subfield><subfield code="c">{year}</subfield>
    </datafield>
    <datafield tag="269" ind1=" " ind2=" "><subfield code="a">{date}</subfield></datafield>
    <datafield tag="300" ind1=" " ind2=" "><subfield code="a">23 p.</subfield></datafield>
    <datafield tag="710" ind1="2" ind2=" "><subfield code="a">UN. Security Council</subfield></datafield>
    <datafield tag="856" ind1="4" ind2=" ">
      <subfield code="u">https://digitallibrary.un.org/record/{recid}/files/{symbol.replace("/", "_")}-EN.pdf</subfield>
      <subfield code="y">English</subfield>
    </datafield>
    <datafield tag="989" ind1=" " ind2=" "><subfield code="a">Documents and Publications</subfield><subfield code="b">Reports</subfield></datafield>
  </record>
"""


def collection(*records: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f"<!-- Search-Engine-Total-Number-Of-Results: {len(records)} -->\n"
            '<collection xmlns="http://www.loc.gov/MARC21/slim">\n' + "".join(records) + "</collection>\n")


def marcxml(text: str) -> Response:
    return Response(text, headers={"Content-Type": "application/xml; charset=utf-8"})


S_2023_370 = collection(record("S/2023/370", S_2023_370_TITLE, "2023-06-01"))
