"""Resolution speed: network lookups under Crossref's polite-pool limits, and cached lookups.

A local 127.0.0.1 server answers every /works/<doi> with the recorded Crossref work of
tests/data/crossref/works_with_one_id.yaml after 50 ms, announcing the polite pool's limits
(X-Rate-Limit-Limit 10 / 1s, X-Concurrency-Limit 3); citekit talks to it with a mailto.  The
server measures the spacing of the requests it receives.  Then the same lookups again, from
the cache, with the server stopped.  2,000 network lookups take about 200 s (10/s, as intended).

    python bench/resolve.py [--lookups 2000] [--cached 20000]
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_httpserver import HTTPServer  # noqa: E402
from werkzeug import Request, Response  # noqa: E402

from citekit.models import Fields  # noqa: E402
from citekit.resolve import ResolveConfig  # noqa: E402
from citekit.resolve.base import lookup  # noqa: E402
from citekit.resolve.cache import Cache  # noqa: E402
from citekit.resolve.crossref import CrossrefWork  # noqa: E402
from citekit.resolve.http import HttpClient  # noqa: E402
from tests.resolve.replay import cassette  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lookups", type=int, default=2000, help="network lookups (default 2000)")
    parser.add_argument("--cached", type=int, default=20000)
    args = parser.parse_args()
    body = cassette("works_with_one_id")[0].body
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    arrivals: list[float] = []
    headers = {"X-Rate-Limit-Limit": "10", "X-Rate-Limit-Interval": "1s", "X-Concurrency-Limit": "3"}

    def slow(request: Request) -> Response:
        arrivals.append(time.monotonic())
        time.sleep(0.05)
        return Response(body, content_type="application/json", headers=headers)

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.expect_request(re.compile(r"^/works/.*")).respond_with_handler(slow)
    server.start()
    with tempfile.TemporaryDirectory() as tmp:
        config = ResolveConfig(crossref_url=server.url_for("/").rstrip("/"), mailto="bench@example.org",
                               cache_dir=Path(tmp))
        resolver = CrossrefWork(config, HttpClient(config))
        cache = Cache(config.cache_path())
        dois = [f"10.5555/bench.{i}" for i in range(args.lookups)]
        start = time.perf_counter()
        with ThreadPoolExecutor(config.workers) as pool:
            found = list(pool.map(lambda d: lookup(resolver, d, Fields(), cache), dois))
        took = time.perf_counter() - start
        server.stop()
        assert all(a.status == "found" for a in found)
        gaps = sorted(b - a for a, b in zip(sorted(arrivals), sorted(arrivals)[1:]))
        spacing = resolver.client.limit(urlsplit(config.crossref_url).netloc).spacing
        print(f"network: {args.lookups} lookups in {took:.2f} s = {args.lookups / took:.2f} lookups/s "
              f"(50 ms latency, polite pool 10/s, 3 at a time; {resolver.client.requests} requests)")
        if gaps:
            print(f"spacing: enforced {spacing * 1000:.0f} ms; measured at the server: "
                  f"min {gaps[0] * 1000:.1f} ms, median {gaps[len(gaps) // 2] * 1000:.1f} ms")

        start = time.perf_counter()
        n = 0
        while n < args.cached:
            for d in dois:
                assert lookup(resolver, d, Fields(), cache).cached
                n += 1
        took = time.perf_counter() - start
        print(f"cached:  {n} lookups in {took:.2f} s = {n / took:,.0f} lookups/s (server stopped)")
        cache.close()


if __name__ == "__main__":
    main()
