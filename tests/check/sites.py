"""Real local HTTP servers for link-check tests: one thread each, on 127.x addresses only."""

from __future__ import annotations

import json
import socket
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterable, Union

Body = Union[bytes, Iterable[bytes]]
Reply = tuple[int, dict[str, str], Body]
Handler = Callable[[str, str, int], Reply]  # (method, path with query, hit number) -> reply


def page(title: str, text: str = "Some text.") -> bytes:
    return f"<!doctype html><html><head><title>{title}</title></head><body><h1>{title}</h1><p>{text}</p></body></html>".encode()


HTML = {"Content-Type": "text/html; charset=utf-8"}


class Site:
    """A tiny web site: ``site.add(path, handler)`` or ``site.static(path, status, body, headers)``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Handler] = {}
        self.hits: Counter[str] = Counter()
        self.methods: list[tuple[str, str]] = []
        self.stop = threading.Event()
        site = self

        class RequestHandler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                path = self.path
                site.hits[path] += 1
                site.methods.append((self.command, path))
                handler = site.routes.get(path) or site.routes.get(path.split("?")[0])
                status, headers, body = handler(self.command, path, site.hits[path]) if handler else (404, HTML, page("Not Found"))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                if isinstance(body, bytes):
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body)
                    return
                self.send_header("Connection", "close")
                self.close_connection = True
                self.end_headers()
                if self.command == "HEAD":
                    return
                try:
                    for chunk in body:
                        self.wfile.write(chunk)
                        if site.stop.is_set():
                            return
                except OSError:
                    return  # the client went away: what a byte cap looks like from here

            do_GET = do_HEAD = do_POST = _serve

        self.server = ThreadingHTTPServer((host, 0), RequestHandler)
        self.server.daemon_threads = True
        self.host, self.port = self.server.server_address[:2]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def url(self, path: str = "/") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def add(self, path: str, handler: Handler) -> str:
        self.routes[path] = handler
        return self.url(path)

    def static(self, path: str, status: int = 200, body: Body = b"", headers: dict[str, str] | None = None) -> str:
        return self.add(path, lambda method, p, n: (status, dict(HTML if headers is None else headers), body))

    def redirect(self, path: str, target: str, status: int = 301) -> str:
        return self.add(path, lambda method, p, n: (status, {"Location": target}, b""))

    def json(self, path: str, data: object, status: int = 200) -> str:
        return self.static(path, status, json.dumps(data).encode(), {"Content-Type": "application/json"})

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def closed_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


class SilentServer:
    """Accepts connections and never answers (until closed)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.sock = socket.socket()
        self.sock.bind((host, 0))
        self.sock.listen(16)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        try:
            while True:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
        except OSError:
            return

    def close(self) -> None:
        self.sock.close()
        for conn in self.conns:
            conn.close()
