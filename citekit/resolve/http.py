"""The one place resolution opens network connections: a polite, bounded HTTP client.

One ``requests.Session``; per lookup a total deadline; retries with exponential backoff on
5xx and connection errors; ``Retry-After`` honoured on 429/503; per-host concurrency and
request spacing, adapted to Crossref's ``X-Rate-Limit-*`` and ``X-Concurrency-Limit``
headers; redirects followed hop by hop (each hop rate-limited for its own host); a response
size cap and a content-type check.  Offline, it never creates a socket.  After a connection
failure to a host, further requests to that host are skipped (to every host when the failing
one is an API endpoint: the network is then taken to be down), and counted.
"""

from __future__ import annotations

import email.utils
import re
import socket
import threading
import time
from datetime import timezone
from collections import Counter
from typing import Literal
from urllib.parse import urljoin, urlsplit

import requests
from pydantic import BaseModel

from citekit.resolve.config import ResolveConfig

Status = Literal["ok", "http-error", "offline", "skipped", "timeout", "connection",
                 "too-large", "bad-content-type"]
_INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}
MAX_REDIRECTS = 5


class HttpResult(BaseModel):
    """What one request came to; failures are results too, never exceptions."""

    status: Status
    url: str  # the final URL after redirects
    code: int | None = None
    content_type: str | None = None
    body: bytes = b""
    attempts: int = 0
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class HostLimit:
    """Spacing and concurrency for one host; both adapt to what the host announces."""

    def __init__(self, per_interval: float, interval: float, concurrency: int) -> None:
        self._cond = threading.Condition()
        self.spacing = interval / per_interval
        self.concurrency = concurrency
        self._active = 0
        self._next = 0.0
        self._last = 0.0  # when the latest request started

    def acquire(self, deadline: float) -> bool:
        """Wait for a free slot and our turn; False if that would pass the deadline."""
        with self._cond:
            while self._active >= self.concurrency:
                left = deadline - time.monotonic()
                if left <= 0 or not self._cond.wait(left):
                    if self._active >= self.concurrency:
                        return False
            start = max(time.monotonic(), self._next)
            if start > deadline:
                return False
            self._next = start + self.spacing
            self._last = start
            self._active += 1
        time.sleep(max(0.0, start - time.monotonic()))
        return True

    def release(self) -> None:
        with self._cond:
            self._active -= 1
            self._cond.notify()

    def pause(self, seconds: float) -> None:
        """Nobody starts a request to this host for ``seconds`` (429/503 Retry-After)."""
        with self._cond:
            self._next = max(self._next, time.monotonic() + seconds)

    def adapt(self, headers: requests.structures.CaseInsensitiveDict) -> None:
        """Obey X-Rate-Limit-Limit / X-Rate-Limit-Interval and X-Concurrency-Limit."""
        limit, interval = headers.get("X-Rate-Limit-Limit"), headers.get("X-Rate-Limit-Interval")
        concurrency = headers.get("X-Concurrency-Limit")
        with self._cond:
            try:
                if limit and float(limit) > 0:
                    m = _INTERVAL.match(interval or "1s")
                    seconds = float(m.group(1)) * _UNITS[m.group(2)] if m else 1.0
                    self.spacing = seconds / float(limit)
                    self._next = max(self._next, self._last + self.spacing)  # slots already handed out
                if concurrency and int(concurrency) > 0:
                    self.concurrency = int(concurrency)
                    self._cond.notify_all()
            except ValueError:
                pass  # a header we cannot read changes nothing


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds asked by a Retry-After header (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class HttpClient:
    """Bounded, polite GETs for the resolvers; thread-safe."""

    def __init__(self, config: ResolveConfig) -> None:
        self.config = config
        self._session: requests.Session | None = None
        self._limits: dict[str, HostLimit] = {}
        self._lock = threading.Lock()
        api = (config.crossref_url, config.doi_url)
        self._api_hosts = {urlsplit(u).netloc for u in api}
        self._crossref_host = urlsplit(config.crossref_url).netloc
        self._down: dict[str, str] = {}  # host (or "*") -> why
        self.successes = 0  # responses of any status: the network works
        self.skipped: Counter[str] = Counter()
        self.requests = 0

    @property
    def session(self) -> requests.Session:
        if self.config.offline:
            raise RuntimeError("offline: no HTTP session")
        with self._lock:
            if self._session is None:
                self._session = requests.Session()
                self._session.headers["User-Agent"] = self.config.user_agent
            return self._session

    def limit(self, host: str) -> HostLimit:
        with self._lock:
            if host not in self._limits:
                if host == self._crossref_host:  # Crossref's documented pools
                    polite = bool(self.config.mailto)
                    self._limits[host] = HostLimit(10 if polite else 5, 1.0, 3 if polite else 1)
                elif host in self._api_hosts:
                    self._limits[host] = HostLimit(5, 1.0, 2)
                else:  # somebody's web site: gently
                    self._limits[host] = HostLimit(2, 1.0, 1)
            return self._limits[host]

    def get(self, url: str, accept: str, types: tuple[str, ...] = ()) -> HttpResult:
        """GET ``url`` within one lookup's deadline; ``types`` are acceptable content types."""
        if self.config.offline:
            return HttpResult(status="offline", url=url, message="offline: no request made")
        deadline = time.monotonic() + self.config.deadline
        attempts = 0
        for _ in range(MAX_REDIRECTS + 1):
            host = urlsplit(url).netloc
            down = self._down.get(host) or self._down.get("*")
            if down:
                self.skipped[host] += 1
                return HttpResult(status="skipped", url=url, message=down)
            result, location = self._with_retries(url, host, accept, types, deadline)
            attempts += result.attempts
            result.attempts = attempts
            if location is None:
                return result
            url = location
        return HttpResult(status="http-error", url=url, attempts=attempts, message="too many redirects")

    def _with_retries(self, url: str, host: str, accept: str, types: tuple[str, ...],
                      deadline: float) -> tuple[HttpResult, str | None]:
        cfg = self.config
        limit = self.limit(host)
        pause = cfg.backoff
        last = HttpResult(status="timeout", url=url, message="deadline passed before a request")
        for attempt in range(1, cfg.retries + 2):
            if not limit.acquire(deadline):
                last.attempts = attempt - 1
                return last, None
            try:
                last, location, wait = self._once(url, accept, types, deadline, limit)
            finally:
                limit.release()
            last.attempts = attempt
            if wait is None and last.status != "connection":  # success, client error, redirect
                return last, location
            if wait is None:  # a connection failure no retry can mend
                break
            if last.status in ("connection", "timeout") and attempt > cfg.retries:
                break
            wait = wait if wait is not None and wait > 0 else pause
            if time.monotonic() + wait >= deadline:
                last.message += f" (giving up: a retry in {wait:g}s would pass the deadline)"
                break
            if last.code in (429, 503):
                limit.pause(wait)
            time.sleep(wait)
            pause *= 2
        if last.status in ("connection", "timeout"):
            self._mark_down(host, f"skipped after a failure: {last.message}")
        return last, None

    def _once(self, url: str, accept: str, types: tuple[str, ...], deadline: float,
              limit: HostLimit) -> tuple[HttpResult, str | None, float | None]:
        """One request.  Returns (result, redirect location, retry wait or None if final);
        a retry wait of 0 means 'use the backoff'."""
        cfg = self.config
        left = deadline - time.monotonic()
        timeout = (min(cfg.connect_timeout, left), min(cfg.read_timeout, left))
        self.requests += 1
        try:
            resp = self.session.get(url, headers={"Accept": accept}, timeout=timeout,
                                    allow_redirects=False, stream=True)
        except requests.Timeout as exc:
            return HttpResult(status="timeout", url=url, message=f"timed out: {type(exc).__name__}"), None, 0.0
        except requests.RequestException as exc:
            # a name that does not resolve will not resolve on a retry either: final at once
            final = _unresolvable(exc)
            message = "name does not resolve" if final else type(exc).__name__
            return HttpResult(status="connection", url=url, message=message), None, None if final else 0.0
        self.successes += 1
        with resp:
            limit.adapt(resp.headers)
            ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower() or None
            base = dict(url=url, code=resp.status_code, content_type=ctype)
            if resp.is_redirect and resp.headers.get("Location"):
                return HttpResult(status="ok", **base), urljoin(url, resp.headers["Location"]), None
            if resp.status_code in (429, 503) or resp.status_code >= 500:
                wait = retry_after(resp.headers.get("Retry-After")) if resp.status_code in (429, 503) else None
                return HttpResult(status="http-error", message=f"HTTP {resp.status_code}", **base), None, wait or 0.0
            if resp.status_code >= 400:
                return HttpResult(status="http-error", message=f"HTTP {resp.status_code}", **base), None, None
            if types and ctype not in types:
                return HttpResult(status="bad-content-type", message=f"unexpected content type {ctype}",
                                  **base), None, None
            body = bytearray()
            try:
                for chunk in resp.iter_content(65536):
                    body += chunk
                    if len(body) > cfg.max_bytes:
                        return HttpResult(status="too-large", message=f"more than {cfg.max_bytes} bytes",
                                          **base), None, None
                    if time.monotonic() > deadline:
                        return HttpResult(status="timeout", message="deadline passed while reading",
                                          **base), None, None
            except requests.RequestException as exc:
                return HttpResult(status="timeout", message=f"reading failed: {type(exc).__name__}",
                                  **base), None, 0.0
            return HttpResult(status="ok", body=bytes(body), **base), None, None

    def _mark_down(self, host: str, why: str) -> None:
        with self._lock:
            self._down.setdefault(host, why)
            hosts_down = len(self._down.keys() - {"*"})
            if host in self._api_hosts or (hosts_down >= 2 and not self.successes):
                self._down.setdefault("*", f"skipped: {host} could not be reached either, so the network is taken to be down")

    def skipped_summary(self) -> str | None:
        """One line saying how many lookups were skipped after connection failures, or None."""
        total = sum(self.skipped.values())
        if not total:
            return None
        hosts = ", ".join(sorted(self._down.keys() - {"*"}))
        return f"{total} lookup request(s) skipped after a connection failure ({hosts})"

    def close(self) -> None:
        if self._session is not None:
            self._session.close()


def _unresolvable(exc: Exception) -> bool:
    """True when the failure is DNS saying the name does not exist (or cannot be looked up)."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, socket.gaierror):
            return True
        cause = cause.__cause__ or cause.__context__ or (cause.args[0] if cause.args and isinstance(cause.args[0], BaseException) else None)
    return "Name or service not known" in str(exc) or "nodename nor servname" in str(exc)
