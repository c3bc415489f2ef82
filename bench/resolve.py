"""Resolution speed: network lookups under Crossref's polite-pool limits, and cached lookups.

A local 127.0.0.1 server answers every /works/<doi> with the recorded Crossref work of
tests/data/crossref/works_with_one_id.yaml after 50 ms; citekit talks to it with a mailto
(polite pool: 10 requests/s, 3 at a time).  Then the same lookups again, from the cache.

    python bench/resolve.py [--lookups 40] [--cached 20000]
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
    parser.add_argument("--lookups", type=int, default=40)
    parser.add_argument("--cached", type=int, default=20000)
    args = parser.parse_args()
    body = cassette("works_with_one_id")[0].body
    logging.getLogger("werkzeug").setLevel(logging.ERROR)

    def slow(request: Request) -> Response:
        time.sleep(0.05)
        return Response(body, content_type="application/json")

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
        print(f"network: {args.lookups} lookups in {took:.2f} s = {args.lookups / took:.1f} lookups/s "
              f"(50 ms latency, polite pool 10/s, 3 at a time; {resolver.client.requests} requests)")

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
