"""Fixtures for link-check tests: local sites on 127.0.0.1/2/3 and fast, permissive settings."""

from __future__ import annotations

import socket

import pytest

from citekit.check import CheckSettings
from tests.check.sites import Site


def _address_works(host: str) -> bool:
    try:
        with socket.socket() as sock:
            sock.bind((host, 0))
        return True
    except OSError:
        return False


@pytest.fixture
def sites():
    """Three sites on three loopback addresses (one address, three ports where only 127.0.0.1 works)."""
    hosts = [h if _address_works(h) else "127.0.0.1" for h in ("127.0.0.1", "127.0.0.2", "127.0.0.3")]
    made = [Site(h) for h in hosts]
    yield made
    for site in made:
        site.close()


@pytest.fixture
def site(sites):
    return sites[0]


@pytest.fixture
def fast() -> CheckSettings:
    """Settings for tests: loopback allowed, short timeouts and backoffs, no waiting between requests."""
    return CheckSettings(timeout=1.0, retries=1, backoff=0.05, max_retry_after=2.0, min_interval=0.0,
                         allow_private=True, archive=False, deadline=30.0)
