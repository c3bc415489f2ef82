"""A DOI -> CSL-JSON by content negotiation at doi.org (any registration agency).

``GET {doi}/<doi>`` with ``Accept: application/vnd.citationstyles.csl+json``; doi.org
redirects to the agency (Crossref, DataCite, mEDRA), which answers in CSL-JSON.  Used when
Crossref does not know the DOI.  BibTeX answers are not read (every agency serves CSL-JSON).
"""

from __future__ import annotations

import json
from urllib.parse import quote

from citekit.extract.identifiers import normalize_doi
from citekit.models import Fields
from citekit.resolve.base import Lookup, Resolver
from citekit.resolve.csl import to_fields

CSL_JSON = "application/vnd.citationstyles.csl+json"
CSL_TYPES = (CSL_JSON, "application/citeproc+json", "application/json")


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
        if not result.ok:
            return self.failed(query, result)
        try:
            item = json.loads(result.body)
        except (ValueError, UnicodeDecodeError):
            item = None
        if not isinstance(item, dict):
            return Lookup(source="doi", query=query, status="failed", message="malformed CSL-JSON")
        return Lookup(source="doi", query=query, status="found", fields=to_fields(item))
