"""Local servers for the resolution tests: 127.0.0.1 only, never the real services."""

from __future__ import annotations

import socket

import pytest

from citekit.resolve import ResolveConfig


@pytest.fixture(scope="session")
def httpserver_listen_address():
    return ("127.0.0.1", 0)


@pytest.fixture
def base(httpserver) -> str:
    return httpserver.url_for("/").rstrip("/")


@pytest.fixture
def config(base, tmp_path) -> ResolveConfig:
    """Online against the test server, a fresh cache, short timeouts and backoff."""
    return ResolveConfig(crossref_url=base, doi_url=base, un_url=base, mailto="tests@example.org",
                         cache_dir=tmp_path / "cache", connect_timeout=1, read_timeout=1, deadline=3,
                         backoff=0.05, retries=2, workers=2)


@pytest.fixture
def silent_server():
    """A TCP port that accepts connections (the backlog does) and never answers."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()
