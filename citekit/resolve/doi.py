"""A DOI -> its record by content negotiation at doi.org (any registration agency).

``GET {doi}/<doi>`` with ``Accept: application/vnd.citationstyles.csl+json``; doi.org
redirects to the agency (Crossref, DataCite, mEDRA), which answers in CSL-JSON.  Used when
Crossref does not know the DOI.  When CSL-JSON is not offered (406, another content type, an
empty or unreadable body), the same DOI is asked for ``application/x-bibtex``, which is
sanitised and read by ``bibtex.py``.  404 is "not found" and asks nothing more.
"""

from __future__ import annotations

import json
from urllib.parse import quote

from citekit.extract.identifiers import normalize_doi
from citekit.models import Fields
from citekit.resolve.base import Lookup, Resolver
from citekit.resolve.bibtex import to_csl
from citekit.resolve.csl import to_fields
from citekit.resolve.http import HttpResult

CSL_JSON = "application/vnd.citationstyles.csl+json"
CSL_TYPES = (CSL_JSON, "application/citeproc+json", "application/json")
BIBTEX = "application/x-bibtex"
BIBTEX_TYPES = (BIBTEX, "text/x-bibtex", "text/bibliography", "text/plain")


def _csl(result: HttpResult) -> dict | None:
    try:
        item = json.loads(result.body)
    except (ValueError, UnicodeDecodeError):
        return None
    return item if isinstance(item, dict) and item else None


class DoiNegotiation(Resolver):
    source = "doi"

    @property
    def endpoint(self) -> str:
        return f"doi-csl:{self.config.doi_url}"

    def query_for(self, fields: Fields) -> str | None:
        return normalize_doi(fields.doi)

    def fetch(self, query: str, fields: Fields) -> Lookup:
        url = f"{self.config.doi_url}/{quote(query, safe='/:;()')}"
        result = self.client.get(url, CSL_JSON, CSL_TYPES)
        if result.ok and (item := _csl(result)) is not None:
            return Lookup(source="doi", query=query, status="found", fields=to_fields(item))
        if not (result.ok or result.code == 406 or result.status == "bad-content-type"):
            return self.failed(query, result)  # 404, timeouts, 5xx: BibTeX would not help
        why = "empty or malformed CSL-JSON" if result.ok else result.message
        bib = self.client.get(url, BIBTEX, BIBTEX_TYPES)
        if not bib.ok:
            answer = self.failed(query, bib)
            return answer.model_copy(update={"message": f"{why}; BibTeX: {answer.message}"})
        item = to_csl(bib.body.decode("utf-8", "replace"))
        if item is None:
            return Lookup(source="doi", query=query, status="failed", message=f"{why}; unreadable BibTeX")
        return Lookup(source="doi", query=query, status="found", fields=to_fields(item),
                      message=f"from BibTeX ({why})")
