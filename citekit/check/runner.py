"""One check run: links in, results out — concurrency, the deadline, memory and archives."""

from __future__ import annotations

import time
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor, as_completed
from datetime import date, datetime, timedelta, timezone
from typing import Callable
from urllib.parse import urlsplit

from citekit.check.classify import classify
from citekit.check.doi import check_doi
from citekit.check.fetch import Fetcher, Outcome
from citekit.check.limiter import HostLimiter
from citekit.check.models import CheckSettings, Link, LinkResult
from citekit.check.safety import Resolver, system_resolver
from citekit.check.store import Store
from citekit.check.wayback import closest_snapshot

Clock = Callable[[], datetime]
Progress = Callable[[LinkResult], None]
CONFIRM_AFTER = timedelta(days=1)


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _host(link: Link) -> str:
    return (urlsplit(link.url).netloc or "").lower()


def interleave(links: list[Link]) -> list[Link]:
    """Round-robin over hosts, so the workers spread over hosts instead of queueing on one."""
    by_host: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_host[_host(link)].append(link)
    queues = list(by_host.values())
    order: list[Link] = []
    for i in range(max((len(q) for q in queues), default=0)):
        order += [q[i] for q in queues if i < len(q)]
    return order


def _snapshot_date(link: Link, today: date) -> date:
    """The earliest urldate of the entries using the link (the day it was seen alive), else today."""
    days = []
    for use in link.uses:
        if use.urldate:
            parts = (use.urldate.split("-") + ["01", "01"])[:3]
            try:
                days.append(date(int(parts[0]), int(parts[1]), int(parts[2])))
            except ValueError:
                pass
    return min(days) if days else today


def check_one(fetcher: Fetcher, link: Link, clock: Clock) -> tuple[LinkResult, Outcome]:
    """Fetch and classify one link (status == observed here; memory is applied afterwards)."""
    checked_at = clock()
    start = time.monotonic()
    if link.kind == "doi" and link.doi:
        status, reason, outcome = check_doi(fetcher, link.doi)
    else:
        outcome = fetcher.fetch(link.url)
        status, reason = classify(outcome)
    archived = None
    if status in ("dead", "soft-404") and link.kind == "url" and fetcher.settings.archive:
        archived = closest_snapshot(fetcher, link.url, _snapshot_date(link, checked_at.date()))
    result = LinkResult(
        url=link.url, kind=link.kind, keys=link.keys, status=status, observed=status,  # type: ignore[arg-type]
        http_status=outcome.status, final_url=outcome.final_url if outcome.status or outcome.hops else None,
        redirects=outcome.hops, elapsed_ms=int((time.monotonic() - start) * 1000),
        checked_at=checked_at.isoformat(), error=reason, archived_url=archived)
    return result, outcome


def _network_down(outcomes: list[Outcome]) -> bool:
    """Every name failed DNS and none resolved: the network (or DNS) is down, links are not dead."""
    return any(o.error_kind == "dns-nxdomain" for o in outcomes) and not any(o.resolved_name for o in outcomes)


def run_check(links: list[Link], settings: CheckSettings, store: Store | None = None, clock: Clock = utc_now,
              since: timedelta | None = None, progress: Progress | None = None,
              resolver: Resolver = system_resolver) -> list[LinkResult]:
    """Check ``links``; results in the order of ``links``.

    With a ``store``: results younger than ``since`` are reused, every new result is recorded, and a
    link observed dead is ``failing`` until its run of dead observations spans a day.

    ``settings.offline``: no connection at all; each link gets its last stored result whatever its
    age (``cached``), or ``error`` "not checked: offline"; nothing is recorded.
    """
    if settings.offline:
        return _offline(links, store, clock, progress)
    results: dict[str, LinkResult] = {}
    todo: list[Link] = []
    for link in links:
        previous = store.latest(link.id) if store and since else None
        if previous and clock() - datetime.fromisoformat(previous.checked_at) <= since:  # type: ignore[operator]
            results[link.id] = previous.model_copy(update={"url": link.url, "keys": link.keys, "cached": True})
            if progress:
                progress(results[link.id])
        else:
            todo.append(link)

    fetcher = Fetcher(settings, HostLimiter(settings.per_host, settings.min_interval),
                      time.monotonic() + settings.deadline, resolver)
    fresh: dict[str, tuple[LinkResult, Outcome]] = {}
    try:
        with ThreadPoolExecutor(max_workers=max(1, settings.workers), thread_name_prefix="citekit-check") as pool:
            futures = {pool.submit(check_one, fetcher, link, clock): link for link in interleave(todo)}
            for future in as_completed(futures):
                link = futures[future]
                try:
                    fresh[link.id] = future.result()
                except Exception as exc:  # a bug must cost one link, not the run
                    failed = Outcome(url=link.url, final_url=link.url).fail("protocol", f"internal error: {exc!r}")
                    fresh[link.id] = (LinkResult(url=link.url, kind=link.kind, keys=link.keys, status="error",
                                                 observed="error", checked_at=clock().isoformat(),
                                                 error=failed.error), failed)
                if progress:
                    progress(fresh[link.id][0])
    finally:
        fetcher.close()

    down = _network_down([o for _, o in fresh.values()])
    for link in todo:
        result, outcome = fresh[link.id]
        if down and outcome.error_kind == "dns-nxdomain":
            result.status = result.observed = "error"
            result.error = f"{result.error} (no name resolved in this run: network or DNS down?)"
            result.archived_url = None
        if store and result.observed == "dead":
            first = store.dead_since(link.id) or datetime.fromisoformat(result.checked_at)
            result.failing_since = first.isoformat()
            if datetime.fromisoformat(result.checked_at) - first < CONFIRM_AFTER:
                result.status = "failing"
        if store:
            store.add(link.id, result)
        results[link.id] = result
    if store:
        store.commit()
    return [results[link.id] for link in links]


OFFLINE = "not checked: offline (--online, or unset CITEKIT_OFFLINE, to check)"


def _offline(links: list[Link], store: Store | None, clock: Clock, progress: Progress | None) -> list[LinkResult]:
    """The last known health of every link, from the store alone."""
    results = []
    for link in links:
        previous = store.latest(link.id) if store else None
        if previous:
            result = previous.model_copy(update={"url": link.url, "keys": link.keys, "cached": True})
        else:
            result = LinkResult(url=link.url, kind=link.kind, keys=link.keys, status="error", observed="error",
                                checked_at=clock().isoformat(), error=OFFLINE)
        results.append(result)
        if progress:
            progress(result)
    return results
