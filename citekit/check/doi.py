"""DOIs are checked through the DOI handle API, not by loading the publisher's page.

``GET {doi_url}/api/handles/<doi>`` answers ``responseCode`` 1 when the DOI is registered (its
``URL`` value is where it resolves) and 100 when it is not.  A registered DOI is ``ok``: publishers'
pages are the most bot-hostile on the web, and the DOI's own registration is what a citation needs.
"""

from __future__ import annotations

from urllib.parse import quote

from citekit.check.fetch import Fetcher, Outcome


def handle_url(doi_url: str, doi: str) -> str:
    return f"{doi_url.rstrip('/')}/api/handles/{quote(doi, safe='/()._-;:<>[]')}"


def check_doi(fetcher: Fetcher, doi: str) -> tuple[str, str | None, Outcome]:
    """(status, reason, outcome) for one DOI; ``outcome.final_url`` is the registered URL when known."""
    outcome, data = fetcher.get_json(handle_url(fetcher.settings.doi_url, doi))
    if outcome.error_kind:
        status = {"dns-nxdomain": "error", "connection-refused": "error", "address": "refused",
                  "timeout": "timeout", "deadline": "timeout"}.get(outcome.error_kind, "error")
        return status, f"DOI API: {outcome.error}", outcome  # the resolver failing says nothing of the DOI
    code = data.get("responseCode") if isinstance(data, dict) else None
    if code == 1:
        for value in data.get("values") or []:
            if isinstance(value, dict) and value.get("type") == "URL":
                outcome.final_url = str((value.get("data") or {}).get("value") or outcome.final_url)
        return "ok", None, outcome
    if code == 100:
        return "dead", "DOI not registered (handle API responseCode 100)", outcome
    if code == 200:
        return "error", "DOI registered without a URL (responseCode 200)", outcome
    if outcome.status == 429:
        return "blocked", "DOI API: HTTP 429", outcome
    return "error", f"DOI API: HTTP {outcome.status}, responseCode {code}", outcome
