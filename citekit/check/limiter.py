"""Per-host politeness: at most N requests in flight and a minimum interval between starts."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator


class DeadlineExceeded(Exception):
    """The run's deadline passed while waiting for a host's turn."""


@dataclass
class _Host:
    active: int = 0
    next_start: float = 0.0


class HostLimiter:
    """Hands out turns per host key (``host:port``); thread-safe.

    ``backoff`` pushes a host's next turn back (Retry-After), for every thread at once.
    """

    def __init__(self, per_host: int = 2, min_interval: float = 0.5) -> None:
        self.per_host = max(1, per_host)
        self.min_interval = max(0.0, min_interval)
        self._hosts: dict[str, _Host] = {}
        self._cond = threading.Condition()

    @contextmanager
    def turn(self, host: str, deadline: float | None = None) -> Iterator[None]:
        """Wait for a turn on ``host`` (until ``deadline``, a monotonic time), hold it while inside."""
        with self._cond:
            state = self._hosts.setdefault(host, _Host())
            while True:
                now = time.monotonic()
                if state.active < self.per_host and now >= state.next_start:
                    break
                if deadline is not None and now >= deadline:
                    raise DeadlineExceeded(host)
                wait = state.next_start - now if state.active < self.per_host else 0.5
                if deadline is not None:
                    wait = min(wait, deadline - now)
                self._cond.wait(max(0.001, wait))
            state.active += 1
            state.next_start = now + self.min_interval
        try:
            yield
        finally:
            with self._cond:
                state.active -= 1
                self._cond.notify_all()

    def backoff(self, host: str, seconds: float) -> None:
        """No new request to ``host`` for ``seconds``."""
        with self._cond:
            state = self._hosts.setdefault(host, _Host())
            state.next_start = max(state.next_start, time.monotonic() + seconds)
