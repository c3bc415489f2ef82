"""HTTP for link checks: HEAD first, GET when needed, redirects by hand, bodies capped.

Every request goes through the address guard (``safety``) and the host's turn (``limiter``);
``requests`` never follows a redirect itself (``allow_redirects=False``) and never reads a body
unasked (``stream=True``), so a hop to a private address is refused and a 10 GB body costs at most
``max_body`` bytes.
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from typing import Literal
from urllib.parse import urljoin, urlsplit

import requests
from pydantic import BaseModel, Field
from requests.adapters import HTTPAdapter
from requests.utils import requote_uri

from citekit.check.limiter import DeadlineExceeded, HostLimiter
from citekit.check.models import CheckSettings, Hop
from citekit.check.safety import AddressRefused, LookupFailed, NameNotFound, Resolver, check_host, system_resolver
from citekit.resolve.http import retry_after  # one reading of Retry-After for both network modules

ErrorKind = Literal["dns-nxdomain", "dns", "address", "connection-refused", "connection", "timeout",
                    "deadline", "tls", "loop", "too-many-redirects", "protocol", "invalid-url"]
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Extensions of pages (not files): such URLs, and those without an extension, are HTML-likely.
PAGE_EXTENSIONS = frozenset({"html", "htm", "xhtml", "shtml", "php", "php3", "asp", "aspx", "jsp", "jspx", "cfm",
                             "cgi", "pl", "do", "action"})


def html_likely(url: str) -> bool:
    """True when ``url`` probably names a web page (no file extension, or a page one) rather than a file."""
    last = urlsplit(url).path.rsplit("/", 1)[-1]
    if "." not in last:
        return True
    return last.rsplit(".", 1)[1].lower() in PAGE_EXTENSIONS


def _readable(content_type: str) -> bool:
    """Bodies worth reading: HTML (soft 404s, challenges), text, JSON, or an unnamed type."""
    return not content_type or content_type.startswith("text/") or content_type in HTML_TYPES \
        or content_type.endswith(("json", "xml"))


class Outcome(BaseModel):
    """What the server(s) said about one URL: the last response, the redirects, or an error."""

    url: str
    final_url: str
    status: int | None = None
    hops: list[Hop] = Field(default_factory=list)
    headers: dict[str, str] = Field(default_factory=dict)  # of the last response, lower-case names
    body: str = ""  # at most max_bytes of the last GET response, decoded
    error_kind: ErrorKind | None = None
    error: str | None = None
    resolved_name: bool = False  # a DNS name was resolved during this fetch (the network works)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def fail(self, kind: ErrorKind, message: str) -> Outcome:
        self.error_kind, self.error = kind, message
        return self


def _refused(exc: BaseException) -> bool:
    """True when a requests ConnectionError was a refused TCP connection."""
    stack, seen = [exc], set()
    while stack:
        item = stack.pop()
        if item is None or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, ConnectionRefusedError):
            return True
        stack += [item.__cause__, item.__context__, getattr(item, "reason", None)]
        stack += [a for a in getattr(item, "args", ()) if isinstance(a, BaseException)]
    return "Connection refused" in str(exc)


class Fetcher:
    """Fetches URLs politely for one run; safe to share between threads (one Session per thread)."""

    def __init__(self, settings: CheckSettings, limiter: HostLimiter, deadline: float,
                 resolver: Resolver = system_resolver) -> None:
        self.settings = settings
        self.limiter = limiter
        self.deadline = deadline  # time.monotonic() value
        self.resolver = resolver
        self._local = threading.local()
        # One connection pool per host, shared by every thread's session: kept-alive connections are
        # reused whichever worker takes the host's next turn, and at most ``per_host`` stay open to a
        # host (the limiter never has more in flight).  Sessions stay per thread for their cookies.
        self._adapter = HTTPAdapter(pool_connections=256, pool_maxsize=max(1, settings.per_host))

    def close(self) -> None:
        """Close the kept-alive connections."""
        self._adapter.close()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
            session.mount("http://", self._adapter)
            session.mount("https://", self._adapter)
            session.trust_env = False  # no proxies or .netrc from the environment: we talk to the host itself
            session.headers.update({"User-Agent": self.settings.user_agent,
                                    "Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
        return session

    def fetch(self, url: str) -> Outcome:
        """Follow ``url`` to its final response.

        Files (``.pdf``, ``.zip``, …) get HEAD first, then GET when HEAD cannot be trusted; web pages
        (HTML-likely URLs) get a single streamed GET, since the soft-404 look needs their body anyway
        and HEAD + GET would cost the server two requests.  Only a readable body is read, capped.
        """
        out = Outcome(url=url, final_url=url)
        self._session().cookies.clear()  # cookies live for one link's redirect chain only
        host = (urlsplit(url).hostname or "").lower()
        get_first = host in self.settings.get_only_hosts or (self.settings.soft404 and html_likely(url))
        method = "GET" if get_first else "HEAD"
        visits: Counter[tuple[str, str]] = Counter()
        current = url
        while True:
            visits[(method, current)] += 1
            if visits[(method, current)] > 2:  # twice is allowed: cookie-setting bounces come back once
                return out.fail("loop", f"redirect loop at {current}")
            response = self._request(method, current, out)
            if response is None:
                return out
            out.final_url, out.status = current, response.status_code
            out.headers = {k.lower(): v for k, v in response.headers.items()}
            location = response.headers.get("location")
            if response.status_code in REDIRECTS and location:
                self._release(response)
                if len(out.hops) >= self.settings.max_redirects:
                    return out.fail("too-many-redirects", f"more than {self.settings.max_redirects} redirects")
                target = requote_uri(urljoin(current, location.strip()))
                out.hops.append(Hop(url=current, status=response.status_code, location=target))
                current = target
                continue
            if method == "HEAD" and self._needs_get(response):
                self._release(response)
                method = "GET"
                continue
            if method == "GET" and _readable(out.content_type):
                out.body = self._read_body(response)
            self._release(response)
            return out

    def get_json(self, url: str) -> tuple[Outcome, object | None]:
        """One GET of a JSON API (no redirects followed); the parsed body or None."""
        out = Outcome(url=url, final_url=url)
        response = self._request("GET", url, out, accept="application/json")
        if response is None:
            return out, None
        out.status = response.status_code
        out.headers = {k.lower(): v for k, v in response.headers.items()}
        out.body = self._read_body(response)
        self._release(response)
        try:
            return out, json.loads(out.body)
        except ValueError:
            return out, None

    def _send(self, method: str, url: str, timeout: tuple[float, float],
              headers: dict[str, str] | None) -> requests.Response:
        """``session.request`` without its per-call merging of settings we never vary (a third of
        its CPU, and CPU is what bounds a big check): the session's headers and cookie jar (this
        link's redirect chain) go into the request, ``send`` records the cookies it is given back."""
        session = self._session()
        prepared = requests.Request(method, url, headers={**session.headers, **(headers or {})},
                                    cookies=session.cookies).prepare()
        return session.send(prepared, allow_redirects=False, stream=True, timeout=timeout, verify=True,
                            proxies={}, cert=None)

    def _needs_get(self, response: requests.Response) -> bool:
        """HEAD answers we do not trust on their own: every failure, and HTML pages (soft 404s)."""
        if response.status_code == 429:
            return False  # rate limits are per client, not per method (and were retried already)
        if not 200 <= response.status_code < 300:
            return True  # 405/501 (no HEAD), 403 on HEAD only, 404s some servers give HEAD alone, 5xx
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        return self.settings.soft404 and (not kind or kind in HTML_TYPES)

    def _request(self, method: str, url: str, out: Outcome, accept: str | None = None) -> requests.Response | None:
        """One request with the guard, the host's turn and retries; None (and ``out`` failed) on error."""
        s = self.settings
        parts = urlsplit(url)
        try:
            host, port = parts.hostname, parts.port
        except ValueError:
            host = None
        if parts.scheme not in ("http", "https") or not host:
            out.fail("invalid-url", f"not an http(s) URL: {url}")
            return None
        port = port or (443 if parts.scheme == "https" else 80)
        key = f"{host}:{port}"
        headers = {"Accept": accept} if accept else None
        for attempt in range(s.retries + 1):
            last = attempt == s.retries
            if time.monotonic() >= self.deadline:
                out.fail("deadline", "deadline exceeded")
                return None
            try:
                out.resolved_name |= check_host(host, port, s.allow_private, self.resolver)
            except NameNotFound as exc:
                out.fail("dns-nxdomain", str(exc))
                return None
            except LookupFailed as exc:
                out.fail("dns", str(exc))
                return None
            except AddressRefused as exc:
                out.fail("address", str(exc))
                return None
            try:
                with self.limiter.turn(key, self.deadline):
                    wait = max(0.05, min(s.timeout, self.deadline - time.monotonic()))
                    response = self._send(method, url, (wait, wait), headers)
            except DeadlineExceeded:
                out.fail("deadline", "deadline exceeded")
                return None
            except requests.exceptions.SSLError as exc:
                out.fail("tls", f"TLS: {_short(exc)}")
                return None
            except (requests.exceptions.ConnectTimeout, requests.exceptions.ReadTimeout):
                out.fail("timeout", f"no answer within {s.timeout:g} s")
                return None
            except requests.exceptions.ConnectionError as exc:
                refused = _refused(exc)
                if last:
                    out.fail("connection-refused" if refused else "connection",
                             "connection refused" if refused else f"connection failed: {_short(exc)}")
                    return None
                time.sleep(s.backoff * 2**attempt)
                continue
            except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema,
                    requests.exceptions.MissingSchema) as exc:
                out.fail("invalid-url", f"invalid URL: {_short(exc)}")
                return None
            except requests.exceptions.RequestException as exc:
                out.fail("protocol", f"HTTP protocol error: {_short(exc)}")
                return None
            if response.status_code not in RETRY_STATUS:
                return response
            asked = retry_after(response.headers.get("retry-after"))
            if asked is not None:
                self.limiter.backoff(key, min(asked, s.max_retry_after))
            challenge = "challenge" in response.headers.get("cf-mitigated", "")
            too_long = asked is not None and asked > s.max_retry_after
            if last or too_long or challenge or (method == "HEAD" and response.status_code != 429):
                return response  # HEAD 5xx: the caller tries GET, which has its own retries
            self._release(response)
            if asked is None:
                self.limiter.backoff(key, s.backoff * 2**attempt)
        return None  # not reached

    def _read_body(self, response: requests.Response) -> str:
        """At most ``max_body`` bytes of the body, read for at most one timeout, decoded."""
        limit = self.settings.max_body
        until = min(self.deadline, time.monotonic() + self.settings.timeout)
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_content(16384):
                chunks.append(chunk)
                size += len(chunk)
                if size >= limit or time.monotonic() >= until:
                    break
        except (requests.exceptions.RequestException, OSError):
            pass  # a partial body is still evidence
        data = b"".join(chunks)[:limit]
        encoding = response.encoding if "charset" in response.headers.get("content-type", "").lower() else "utf-8"
        try:
            return data.decode(encoding or "utf-8", errors="replace")
        except LookupError:
            return data.decode("utf-8", errors="replace")

    @staticmethod
    def _release(response: requests.Response) -> None:
        """Give the connection back: read a small or empty body, close (drop) a big or unknown one."""
        try:
            length = response.headers.get("content-length", "")
            if response.request.method == "HEAD" or (length.isdigit() and int(length) <= 65536):
                response.content  # noqa: B018  (reads it, so the connection can be reused)
        except (requests.exceptions.RequestException, OSError, RuntimeError):  # RuntimeError: already streamed
            pass
        finally:
            response.close()


def _short(exc: BaseException) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:200]
