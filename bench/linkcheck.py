"""Link-check benchmark: 5,000 links over 50 local hosts (ports) with 50 ms latency per request.

A few links of every failure class are mixed in; prints wall time, links/s and, per class, how
many citekit got right.  Servers run in a separate process on 127.0.0.1 only; nothing leaves
the machine.  Usage: python bench/linkcheck.py [--links 5000] [--hosts 50] [--workers 16]
[--per-host 2] [--min-interval 0.05]
"""

from __future__ import annotations

import argparse
import multiprocessing
import socket
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from threading import Thread

LATENCY = 0.05
PAGE = b"<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1><p>%s</p></body></html>"
CHALLENGE = b"<html><head><title>Just a moment...</title></head><body><div class='cf-chl'></div></body></html>"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def serve(self):
        time.sleep(LATENCY)
        path = self.path
        html = [("Content-Type", "text/html; charset=utf-8")]
        kind = path.split("/")[1]
        if path == "/":
            return self.reply(200, PAGE % (b"Home", b"Home", b"Welcome"), html)
        if kind == "ok":
            return self.reply(200, PAGE % (b"Article", b"Article", b"Text " * 400), html)
        if kind == "moved":
            return self.reply(301, b"", [("Location", "/ok/moved-here")])
        if kind == "dead":
            return self.reply(404, PAGE % (b"Not Found", b"Not Found", b""), html)
        if kind == "gone":
            return self.reply(410, b"", html)
        if kind == "soft":
            return self.reply(200, PAGE % (b"Page not found", b"Oops", b"Sorry."), html)
        if kind == "home":
            return self.reply(302, b"", [("Location", "/")])
        if kind == "blocked":
            return self.reply(403, CHALLENGE, html)
        if kind == "loop":
            return self.reply(302, b"", [("Location", path)])
        if kind == "nohead":
            if self.command == "HEAD":
                return self.reply(405, b"", [("Allow", "GET")])
            return self.reply(200, PAGE % (b"Fine", b"Fine", b"Text"), html)
        if kind == "slow":
            time.sleep(3)
            return self.reply(200, PAGE % (b"Late", b"Late", b""), html)
        return self.reply(404, b"", html)

    do_GET = do_HEAD = serve


def serve(hosts: int, ports: multiprocessing.Queue) -> None:
    servers = []
    for _ in range(hosts):
        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        server.request_queue_size = 64
        Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    ports.put([s.server_address[1] for s in servers])
    while True:
        time.sleep(3600)


FAILURES = {  # path kind -> expected status; 10 links of each
    "moved": "redirected", "dead": "dead", "gone": "dead", "soft": "soft-404", "home": "soft-404",
    "blocked": "blocked", "loop": "error", "slow": "timeout", "nohead": "ok",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--workers", type=int, default=16)
    parser.add_argument("--per-host", type=int, default=2)
    parser.add_argument("--min-interval", type=float, default=0.05)
    args = parser.parse_args()

    from citekit.check import CheckSettings, Link, run_check

    queue: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=serve, args=(args.hosts, queue), daemon=True)
    process.start()
    ports = queue.get(timeout=30)
    try:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            closed = sock.getsockname()[1]
        expected: list[tuple[str, str]] = []
        for kind, status in FAILURES.items():
            expected += [(f"http://127.0.0.1:{ports[i % len(ports)]}/{kind}/{i}", status) for i in range(10)]
        expected += [(f"http://127.0.0.1:{closed}/refused/{i}", "dead") for i in range(5)]
        expected += [(f"http://nxdomain{i}.invalid/x", "dead") for i in range(5)]
        expected += [(f"http://localhost:{ports[0]}/ok/localhost", "ok")]  # a name that resolves
        i = 0
        while len(expected) < args.links:
            expected.append((f"http://127.0.0.1:{ports[i % len(ports)]}/ok/{i}", "ok"))
            i += 1
        links = [Link(url=url) for url, _ in expected]
        settings = CheckSettings(timeout=1.0, retries=1, backoff=0.1, allow_private=True, archive=False,
                                 workers=args.workers, per_host=args.per_host, min_interval=args.min_interval)
        start = time.perf_counter()
        results = run_check(links, settings)
        wall = time.perf_counter() - start
    finally:
        process.terminate()

    print(f"{len(links)} links over {args.hosts} hosts, {LATENCY * 1000:.0f} ms latency; workers {args.workers}, "
          f"per host {args.per_host}, min interval {args.min_interval} s")
    print(f"wall {wall:.1f} s, {len(links) / wall:.0f} links/s")
    right, total = Counter(), Counter()
    for (url, want), result in zip(expected, results):
        label = want if want != "dead" else f"dead ({url.split('/')[3] if '.invalid' not in url else 'nxdomain'})"
        total[label] += 1
        right[label] += result.status == want
    print(f"{'class':<18}{'right':>7}{'of':>6}")
    for label in sorted(total):
        print(f"{label:<18}{right[label]:>7}{total[label]:>6}")
    wrong = Counter((w, r.status) for (_, w), r in zip(expected, results) if r.status != w)
    if wrong:
        print("wrong (expected, got):", dict(wrong))


if __name__ == "__main__":
    main()
