"""Every status class against real local HTTP servers (run_check, the library API)."""

from __future__ import annotations

import time

from citekit.check import Link, run_check
from citekit.check.models import LinkUse
from tests.check.sites import HTML, SilentServer, closed_port, page


def check(url: str, settings, **kwargs):
    link = Link(url=url, uses=[LinkUse(file="lib.bib", key="k", field="url")])
    return run_check([link], settings, **kwargs)[0]


def test_200_is_ok(site, fast):
    result = check(site.static("/a", body=page("An article")), fast)
    assert (result.status, result.http_status, result.error) == ("ok", 200, None)
    assert [m for m, _ in site.methods] == ["GET"]  # a web page: one GET (the soft-404 look needs the body)


def test_a_file_like_url_gets_head_then_get_when_it_is_html(site, fast):
    result = check(site.static("/report.pdf", body=page("Page not found")), fast)
    assert result.status == "soft-404" and [m for m, _ in site.methods] == ["HEAD", "GET"]


def test_a_page_url_serving_a_file_reads_no_body(site, fast):
    big = [b"%PDF-1.4", b"x" * 2_000_000]  # streamed, no Content-Length
    result = check(site.static("/download", body=big, headers={"Content-Type": "application/pdf"}), fast)
    assert result.status == "ok" and [m for m, _ in site.methods] == ["GET"]


def test_non_html_is_checked_with_head_alone(site, fast):
    result = check(site.static("/r.pdf", body=b"%PDF-1.4", headers={"Content-Type": "application/pdf"}), fast)
    assert result.status == "ok" and [m for m, _ in site.methods] == ["HEAD"]


def test_permanent_redirect_to_a_live_page_suggests_the_new_url(sites, fast):
    new = sites[1].static("/new", body=page("Moved here"))
    result = check(sites[0].redirect("/old", new, 301), fast)
    assert result.status == "redirected" and result.final_url == new
    assert [(h.status, h.location) for h in result.redirects] == [(301, new)]
    assert check(sites[0].redirect("/old308", new, 308), fast).status == "redirected"


def test_temporary_redirect_to_a_live_page_is_ok(site, fast):
    target = site.static("/here", body=page("Here"))
    assert check(site.redirect("/tmp", target, 302), fast).status == "ok"


def test_302_to_404_is_dead(site, fast):
    result = check(site.redirect("/gone", site.url("/missing"), 302), fast)
    assert (result.status, result.http_status, result.final_url) == ("dead", 404, site.url("/missing"))


def test_404_and_410_are_dead(site, fast):
    assert check(site.static("/x", 404, page("Not Found")), fast).status == "dead"
    result = check(site.static("/y", 410, b"gone"), fast)
    assert (result.status, result.error) == ("dead", "HTTP 410")


def test_head_404_confirmed_by_get(site, fast):
    """Some servers answer HEAD 404 and GET 200: the GET decides."""
    site.add("/liar.pdf", lambda m, p, n: (404, HTML, b"") if m == "HEAD" else (200, HTML, page("Fine")))
    assert check(site.url("/liar.pdf"), fast).status == "ok"


def test_redirect_loop_is_an_error(site, fast):
    site.redirect("/a1", site.url("/a2"), 302)
    result = check(site.redirect("/a2", site.url("/a1"), 302), fast)
    assert result.status == "error" and "loop" in result.error


def test_too_many_redirects(site, fast):
    for i in range(20):
        site.redirect(f"/hop{i}", site.url(f"/hop{i + 1}"), 302)
    result = check(site.url("/hop0"), fast.model_copy(update={"max_redirects": 5}))
    assert result.status == "error" and "redirects" in result.error


def test_429_with_retry_after_then_200(site, fast):
    site.add("/busy", lambda m, p, n: (429, {"Retry-After": "1", **HTML}, b"slow down") if n == 1
             else (200, HTML, page("At last")))
    start = time.monotonic()
    result = check(site.url("/busy"), fast)
    assert result.status == "ok"
    assert time.monotonic() - start >= 0.9  # the Retry-After was honoured


def test_429_with_a_retry_after_beyond_the_cap_is_blocked_without_waiting(site, fast):
    site.static("/later", 429, b"", {"Retry-After": "3600"})
    start = time.monotonic()
    assert check(site.url("/later"), fast).status == "blocked"
    assert time.monotonic() - start < 1.5


def test_403_bot_challenge_is_blocked_not_dead(site, fast):
    body = b"<html><head><title>Just a moment...</title></head><body><div id='cf-chl-widget'></div></body></html>"
    result = check(site.static("/guarded", 403, body, {"Content-Type": "text/html", "Server": "cloudflare"}), fast)
    assert result.status == "blocked" and "bot challenge" in result.error


def test_503_challenge_is_blocked_and_plain_503_is_an_error(site, fast):
    site.static("/cf", 503, b"<title>x</title>", {"Content-Type": "text/html", "cf-mitigated": "challenge"})
    assert check(site.url("/cf"), fast).status == "blocked"
    result = check(site.static("/down", 503, page("Service Unavailable")), fast)
    assert result.status == "error" and result.http_status == 503
    assert site.hits["/down"] == 2  # a web page: GET with one retry


def test_head_405_then_get_200(site, fast):
    site.add("/nohead.zip", lambda m, p, n: (405, {"Allow": "GET"}, b"") if m == "HEAD" else (200, HTML, page("Fine")))
    assert check(site.url("/nohead.zip"), fast).status == "ok"
    assert [m for m, _ in site.methods] == ["HEAD", "GET"]


def test_deep_link_redirected_to_the_home_page_is_a_soft_404(site, fast):
    site.static("/", body=page("Welcome"))
    result = check(site.redirect("/2019/05/some-article.html", site.url("/"), 301), fast)
    assert result.status == "soft-404" and "home page" in result.error


def test_not_found_page_served_with_200_is_a_soft_404(site, fast):
    assert check(site.static("/soft", body=page("Page not found - Example News")), fast).status == "soft-404"
    assert check(site.static("/soft-de", body=page("Seite nicht gefunden")), fast).status == "soft-404"
    body = b"<html><title>Example</title><body><p>Sorry, the page you requested could not be found.</p></body></html>"
    assert check(site.static("/soft-body", body=body), fast).status == "soft-404"


def test_an_article_about_missing_things_is_not_a_soft_404(site, fast):
    body = page("Why the missing link was not found", "Long article. " * 400 + "page not found")
    assert check(site.static("/article", body=body), fast).status == "ok"


def test_server_that_never_answers_times_out_fast():
    from citekit.check import CheckSettings

    silent = SilentServer()
    try:
        start = time.monotonic()
        result = check(f"http://127.0.0.1:{silent.port}/x",
                       CheckSettings(timeout=0.3, retries=1, backoff=0.05, min_interval=0, allow_private=True, archive=False))
        assert result.status == "timeout"
        assert time.monotonic() - start < 2
    finally:
        silent.close()


def test_connection_refused_is_dead_after_retries(fast):
    result = check(f"http://127.0.0.1:{closed_port()}/x", fast)
    assert result.observed == "dead" and result.error == "connection refused"


def test_huge_body_is_capped(site, fast):
    chunk = b"<p>" + b"x" * (1 << 20) + b"</p>"
    site.static("/huge", body=(chunk for _ in range(10_000)))  # ~10 GB if read to the end
    start = time.monotonic()
    result = check(site.url("/huge"), fast)
    assert result.status == "ok"
    assert time.monotonic() - start < 3


def test_loopback_is_refused_without_allow_private(site, fast):
    url = site.static("/a", body=page("A"))
    result = check(url, fast.model_copy(update={"allow_private": False}))
    assert result.status == "refused" and result.error.startswith("refused: private address")
    assert site.hits["/a"] == 0  # not a single byte sent


def test_non_public_addresses():
    import ipaddress

    from citekit.check.safety import is_public

    for private in ("10.0.0.1", "192.168.1.1", "169.254.169.254", "::1", "fd00:ec2::254", "0.0.0.0", "224.0.0.1",
                    "100.64.0.1", "::ffff:127.0.0.1", "100.100.100.200"):
        assert not is_public(ipaddress.ip_address(private)), private
    assert is_public(ipaddress.ip_address("93.184.215.14"))


def test_every_redirect_hop_is_guarded(sites, fast, monkeypatch):
    """The first host is let through (as if public); its redirect to a loopback address is refused."""
    import citekit.check.fetch as fetch
    from citekit.check.safety import check_host

    first, second = sites[0], sites[1]
    monkeypatch.setattr(fetch, "check_host", lambda host, port, allow, resolver: check_host(
        host, port, allow or port == first.port, resolver))
    second.static("/internal", body=page("Admin"))
    metadata = check(first.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/", 302),
                     fast.model_copy(update={"allow_private": False}))
    assert metadata.status == "refused" and "169.254.169.254" in metadata.error
    internal = check(first.redirect("/to-internal", second.url("/internal"), 302),
                     fast.model_copy(update={"allow_private": False}))
    assert internal.status == "refused" and second.hits["/internal"] == 0
    assert first.hits["/to-internal"] == 1


def test_dns_name_that_does_not_exist_is_dead(site, fast):
    live = Link(url=f"http://localhost:{site.port}/a", uses=[LinkUse(file="f", key="live", field="url")])
    site.static("/a", body=page("A"))
    gone = Link(url="http://nonexistent.invalid/page", uses=[LinkUse(file="f", key="gone", field="url")])
    ok, dead = run_check([live, gone], fast)
    assert ok.status == "ok" and dead.status == "dead" and "name does not exist" in dead.error


def test_when_no_name_resolves_dns_failures_are_errors_not_dead(fast):
    links = [Link(url=f"https://host{i}.invalid/x", uses=[LinkUse(file="f", key=f"k{i}", field="url")]) for i in range(3)]
    results = run_check(links, fast)
    assert {r.status for r in results} == {"error"} and "network or DNS down" in results[0].error


def test_doi_registered_and_not_registered(site, fast):
    site.json("/api/handles/10.1234/abc.5", {"responseCode": 1, "handle": "10.1234/abc.5",
                                              "values": [{"type": "URL", "data": {"value": "https://pub.example/a"}}]})
    site.json("/api/handles/10.1234/nope", {"responseCode": 100, "handle": "10.1234/nope"}, status=404)
    settings = fast.model_copy(update={"doi_url": site.url("")})
    links = [Link(url="https://doi.org/10.1234/abc.5", kind="doi", doi="10.1234/abc.5"),
             Link(url="https://doi.org/10.1234/nope", kind="doi", doi="10.1234/nope")]
    registered, missing = run_check(links, settings)
    assert registered.status == "ok" and registered.final_url == "https://pub.example/a"
    assert missing.status == "dead" and "not registered" in missing.error


def test_wayback_snapshot_for_a_dead_link(site, fast):
    asked = []

    def available(method, path, n):
        asked.append(path)
        return 200, {"Content-Type": "application/json"}, (
            b'{"archived_snapshots": {"closest": {"available": true, "status": "200", "timestamp": "20200101000000",'
            b' "url": "http://web.archive.org/web/20200101000000/http://example.org/a"}}}')

    site.add("/wayback/available", available)
    dead = site.static("/gone", 404, b"")
    link = Link(url=dead, uses=[LinkUse(file="f", key="k", field="url", urldate="2020-01-05")])
    settings = fast.model_copy(update={"archive": True, "wayback_url": site.url("")})
    result = run_check([link], settings)[0]
    assert result.archived_url == "http://web.archive.org/web/20200101000000/http://example.org/a"
    assert "timestamp=20200105" in asked[0]


def test_per_host_concurrency_and_interval(site, fast):
    active, peak = [0], [0]
    import threading

    lock = threading.Lock()

    def slow(method, path, n):
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.05)
        with lock:
            active[0] -= 1
        return 200, {"Content-Type": "application/pdf"}, b"%PDF"

    links = [Link(url=site.add(f"/p{i}", slow), uses=[LinkUse(file="f", key=f"k{i}", field="url")]) for i in range(8)]
    start = time.monotonic()
    results = run_check(links, fast.model_copy(update={"per_host": 2, "min_interval": 0.05, "workers": 8}))
    assert {r.status for r in results} == {"ok"}
    assert peak[0] <= 2
    assert time.monotonic() - start >= 7 * 0.05  # eight starts, 50 ms apart


def test_total_deadline_bounds_the_run(fast):
    silent = SilentServer()
    try:
        links = [Link(url=f"http://127.0.0.1:{silent.port}/{i}") for i in range(6)]
        start = time.monotonic()
        results = run_check(links, fast.model_copy(update={"timeout": 5.0, "deadline": 0.6, "per_host": 1}))
        assert time.monotonic() - start < 2.5
        assert {r.status for r in results} == {"timeout"}
    finally:
        silent.close()


def test_self_signed_certificate_is_a_tls_error(tmp_path, fast):
    """A local HTTPS server with a self-signed certificate (made now with the openssl CLI)."""
    import shutil
    import ssl
    import subprocess
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    import pytest

    openssl = shutil.which("openssl")
    if not openssl:
        pytest.skip("the openssl command is not installed: cannot make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                           "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"], capture_output=True, timeout=60)
    if made.returncode != 0:
        pytest.skip(f"openssl could not make a certificate: {made.stderr.decode(errors='replace')[:200]}")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    class Quiet(ThreadingHTTPServer):
        daemon_threads = True

        def handle_error(self, request, client_address):
            pass  # the client's refused handshake

    server = Quiet(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        result = check(f"https://127.0.0.1:{server.server_address[1]}/page", fast)
    finally:
        server.shutdown()
        server.server_close()
    assert result.status == "error" and result.error.startswith("TLS:"), result
    assert "certificate" in result.error.lower()


def test_cookie_setting_bounce_is_followed_with_the_cookie(fast):
    """/a sets a cookie and redirects to /b, which sends cookie-less clients back to /a."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):
            has = "session=1" in (self.headers.get("Cookie") or "")
            if self.path == "/a":
                status, headers, body = 302, {"Set-Cookie": "session=1; Path=/", "Location": "/b"}, b""
            elif has:
                status, headers, body = 200, dict(HTML), page("Welcome back")
            else:
                status, headers, body = 302, {"Location": "/a"}, b""
            self.send_response(status)
            for name, value in {**headers, "Content-Length": str(len(body))}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_HEAD = do_GET

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        result = check(f"http://127.0.0.1:{server.server_address[1]}/b", fast)
    finally:
        server.shutdown()
        server.server_close()
    assert result.status == "ok", result
