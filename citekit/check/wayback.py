"""The Wayback Machine's availability API: the snapshot closest to a date, for a dead link.

``GET {wayback_url}/wayback/available?url=…&timestamp=YYYYMMDD`` answers
``{"archived_snapshots": {"closest": {"available": true, "url": …, "timestamp": …, "status": "200"}}}``.
The API gives the *closest* snapshot, before or after the date; a snapshot that was not a 200 is not used.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from citekit.check.fetch import Fetcher


def closest_snapshot(fetcher: Fetcher, url: str, when: date) -> str | None:
    """The archived URL closest to ``when``, or None (none, or the API failed)."""
    query = urlencode({"url": url, "timestamp": when.strftime("%Y%m%d")})
    outcome, data = fetcher.get_json(f"{fetcher.settings.wayback_url.rstrip('/')}/wayback/available?{query}")
    if outcome.error_kind or not isinstance(data, dict):
        return None
    closest = (data.get("archived_snapshots") or {}).get("closest") or {}
    if closest.get("available") and str(closest.get("status", "200")) == "200" and closest.get("url"):
        return str(closest["url"])
    return None
