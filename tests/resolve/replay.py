"""Replay recorded habanero cassettes from a local 127.0.0.1 server.

A cassette's recorded URI (https://api.crossref.org/…, https://doi.org/…) becomes a path on
the test server; recorded redirects are rewritten to point back at it.  Bodies are served as
recorded (gzip bodies decoded first), with the recorded status and headers, minus the
transfer headers that no longer apply.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml
from werkzeug import Response

DATA = Path(__file__).resolve().parent.parent / "data" / "crossref"
HOSTS = ("https://api.crossref.org", "http://api.crossref.org", "https://doi.org", "http://doi.org")
DROPPED = {"content-encoding", "content-length", "transfer-encoding", "connection"}


@dataclass
class Recorded:
    path: str  # decoded, as the server sees it
    query: str
    status: int
    headers: dict[str, str]
    body: bytes

    def response(self, base: str, **extra_headers: str) -> Response:
        headers = dict(self.headers)
        if "location" in headers:
            location = headers["location"]
            for host in HOSTS:
                location = location.replace(host, base.rstrip("/"))
            headers["location"] = location
        headers.update(extra_headers)
        return Response(self.body, status=self.status, headers=headers)


def cassette(name: str) -> list[Recorded]:
    """The interactions of ``tests/data/crossref/<name>.yaml``."""
    data = yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))
    out = []
    for item in data["interactions"]:
        uri = urlsplit(item["request"]["uri"])
        resp = item["response"]
        headers = {k.lower(): v[0] for k, v in resp["headers"].items() if k.lower() not in DROPPED}
        body = resp["body"]["string"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        elif body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
        out.append(Recorded(unquote(uri.path), uri.query, resp["status"]["code"], headers, body))
    return out
