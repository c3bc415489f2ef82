"""From what a server said (an Outcome) to a status class, with a one-line reason."""

from __future__ import annotations

from urllib.parse import urlsplit

from citekit.check.fetch import Outcome
from citekit.check.soft404 import bot_challenge, not_found_page

BLOCKED_CODES = frozenset({401, 403, 407, 429, 451})
PERMANENT = frozenset({301, 308})
HOME_PATHS = frozenset({"", "/", "/index.html", "/index.htm", "/index.php", "/home", "/home/", "/default.aspx"})
ERROR_STATUS = {"dns-nxdomain": "dead", "connection-refused": "dead", "address": "refused",
                "timeout": "timeout", "deadline": "timeout"}


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path.lower()
    if path in HOME_PATHS and not parts.query:
        return True
    segments = [s for s in path.split("/") if s]
    return len(segments) == 1 and len(segments[0]) in (2, 5) and not parts.query and segments[0][:2].isalpha() \
        and (len(segments[0]) == 2 or segments[0][2] in "-_")  # /en, /fr, /en-gb


def deep_link_sent_home(outcome: Outcome) -> bool:
    """A deep link that redirects to a site's home page: the page it named is gone."""
    return bool(outcome.hops) and not _is_home(outcome.url) and _is_home(outcome.final_url)


def permanent_target(outcome: Outcome) -> str | None:
    """Where the leading run of permanent redirects (301/308) points, or None."""
    target = None
    for hop in outcome.hops:
        if hop.status not in PERMANENT:
            break
        target = hop.location
    return target


def classify(outcome: Outcome) -> tuple[str, str | None]:
    """(status, reason) for one fetched URL; see the README's "Link health" for the classes."""
    if outcome.error_kind:
        return ERROR_STATUS.get(outcome.error_kind, "error"), outcome.error
    code = outcome.status or 0
    if code in (404, 410):
        return "dead", f"HTTP {code}"
    if code in BLOCKED_CODES or (code == 503 and bot_challenge(outcome)):
        why = "bot challenge" if bot_challenge(outcome) else "access refused"
        return "blocked", f"HTTP {code} ({why})"
    if 200 <= code < 300:
        if deep_link_sent_home(outcome):
            return "soft-404", f"redirected to the home page {outcome.final_url}"
        page = not_found_page(outcome.body) if outcome.body else None
        if page:
            return "soft-404", f"HTTP {code} but the page says {page!r}"
        target = permanent_target(outcome)
        if target:
            return "redirected", f"moved permanently to {target}"
        return "ok", None
    if code in (301, 302, 303, 307, 308):
        return "error", f"HTTP {code} without a Location"
    return "error", f"HTTP {code}"
