"""`citekit check` end to end: formats, exit codes, memory, --fix, and a network that is down."""

from __future__ import annotations

import json
import re
import socket
import time
from datetime import datetime, timedelta, timezone
from xml.etree import ElementTree as ET

from citekit.check import Link, Store, run_check
from citekit.check.models import LinkUse
from tests.check.sites import page
from tests.conftest import ROOT, run_cli

# tests/conftest.py sets CITEKIT_OFFLINE=1 for the whole suite: these checks opt in, on 127.x only.
FAST = ["--online", "--allow-private", "--timeout", "1", "--retries", "0", "--min-interval", "0", "--no-archive"]


def library(tmp_path, site) -> tuple:
    site.static("/ok", body=page("A fine article"))
    site.static("/gone", 404, page("Not Found"))
    path = tmp_path / "library.bib"
    path.write_text(f"""% my library

@article{{alive2020,
  title   = {{Alive}},
  url     = {{{site.url('/ok')}}},
  urldate = {{2021-03-04}},
}}

@misc{{gone2019,
  title = {{Gone}},
  url   = {{{site.url('/gone')}}},
  note  = {{Keep this note}}
}}

@misc{{twice2019, title = {{Same link}}, howpublished = {{\\url{{{site.url('/ok')}}}}}}}
""", encoding="utf-8")
    return path


def test_json_records_and_exit_status(tmp_path, site):
    path = library(tmp_path, site)
    result = run_cli("check", str(path), "--format", "json", *FAST)
    assert result.exit_code == 1  # one dead (failing) link
    records = {r["url"]: r for r in json.loads(result.stdout)}
    assert set(records) == {site.url("/ok"), site.url("/gone")}
    ok = records[site.url("/ok")]
    assert ok["keys"] == ["alive2020", "twice2019"] and ok["status"] == "ok" and ok["http_status"] == 200
    for field in ("url", "keys", "status", "http_status", "final_url", "redirects", "elapsed_ms", "checked_at",
                  "error", "archived_url"):
        assert field in ok
    gone = records[site.url("/gone")]
    assert (gone["status"], gone["observed"]) == ("failing", "dead")  # first sighting: not yet dead for good
    assert (tmp_path / "library.linkcheck.sqlite").exists()


def test_all_alive_exits_0_and_table_has_a_summary(tmp_path, site):
    site.static("/ok", body=page("Fine"))
    path = tmp_path / "lib.bib"
    path.write_text(f"@misc{{a, url = {{{site.url('/ok')}}}}}\n", encoding="utf-8")
    result = run_cli("check", str(path), *FAST)
    assert result.exit_code == 0, result.output
    assert "1 links" in result.stdout and "ok" in result.stdout


def test_markdown_and_junit(tmp_path, site):
    path = library(tmp_path, site)
    markdown = run_cli("check", str(path), "--format", "markdown", *FAST).stdout
    assert "| failing | 1 |" in markdown and "gone2019" in markdown
    junit = ET.fromstring(run_cli("check", str(path), "--format", "junit", *FAST).stdout)
    assert junit.get("tests") == "2" and junit.get("failures") == "1"


def test_usage_errors_exit_2_with_one_line(tmp_path):
    for args in (["check", str(tmp_path / "missing.bib")], ["check", str(tmp_path / "x.bib"), "--since", "soon"]):
        (tmp_path / "x.bib").write_text("@misc{a, url={http://127.0.0.1:9/}}\n", encoding="utf-8")
        result = run_cli(*args)
        assert result.exit_code == 2 and "Traceback" not in result.output
        assert len(result.stderr.strip().splitlines()) == 1
    for option in (["--retries", "-1"], ["--workers", "0"], ["--per-host", "0"], ["--timeout", "-1"],
                   ["--min-interval", "-3"], ["--deadline", "-5"]):
        result = run_cli("check", str(tmp_path / "x.bib"), "--offline", *option)
        assert result.exit_code == 2 and option[0][2:].replace("-", "_") in result.stderr, option
        assert len(result.stderr.strip().splitlines()) == 1
    (tmp_path / "bad.bib").write_text("@misc{a, title={unclosed}\n@misc{a, title={dup}}\n", encoding="utf-8")
    result = run_cli("check", str(tmp_path / "bad.bib"))
    assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1


def test_default_library_is_bib_library_bib(tmp_path, site):
    site.static("/ok", body=page("Fine"))
    (tmp_path / "bib").mkdir()
    (tmp_path / "bib" / "library.bib").write_text(f"@misc{{a, url = {{{site.url('/ok')}}}}}\n", encoding="utf-8")
    assert run_cli("check", *FAST, cwd=tmp_path).exit_code == 0
    assert (tmp_path / "bib" / "library.linkcheck.sqlite").exists()


def test_private_addresses_refused_by_default(tmp_path, site):
    site.static("/ok", body=page("Fine"))
    path = tmp_path / "lib.bib"
    path.write_text(f"@misc{{a, url = {{{site.url('/ok')}}}}}\n", encoding="utf-8")
    result = run_cli("check", str(path), "--online", "--format", "json", "--no-archive")
    record = json.loads(result.stdout)[0]
    assert record["status"] == "refused" and record["error"].startswith("refused: private address")
    assert result.exit_code == 0 and site.hits["/ok"] == 0


def test_dead_only_after_two_failures_a_day_apart(tmp_path, site, fast):
    site.static("/gone", 404, b"")
    site.static("/ok", body=page("Fine"))
    link = Link(url=site.url("/gone"), uses=[LinkUse(file="f", key="k", field="url")])
    t0 = datetime(2024, 5, 1, 12, tzinfo=timezone.utc)
    with Store(tmp_path / "h.sqlite") as store:
        assert run_check([link], fast, store, clock=lambda: t0)[0].status == "failing"
        assert run_check([link], fast, store, clock=lambda: t0 + timedelta(hours=3))[0].status == "failing"
        late = run_check([link], fast, store, clock=lambda: t0 + timedelta(hours=25))[0]
        assert late.status == "dead" and late.failing_since == t0.isoformat()
        # a live check ends the run of failures: the next failure starts over
        revived = Link(url=site.url("/ok"), uses=link.uses)
        store.add(link.id, run_check([revived], fast, clock=lambda: t0 + timedelta(hours=26))[0])
        assert run_check([link], fast, store, clock=lambda: t0 + timedelta(hours=27))[0].status == "failing"


def test_since_reuses_recent_results(tmp_path, site):
    path = library(tmp_path, site)
    assert run_cli("check", str(path), *FAST, "--now", "2024-05-01T12:00:00").exit_code == 1
    hits = sum(site.hits.values())
    again = run_cli("check", str(path), *FAST, "--since", "1d", "--format", "json", "--now", "2024-05-01T18:00:00")
    assert sum(site.hits.values()) == hits  # nothing fetched
    assert all(r["cached"] for r in json.loads(again.stdout))
    later = run_cli("check", str(path), *FAST, "--since", "1d", "--format", "json", "--now", "2024-05-02T13:00:00")
    assert sum(site.hits.values()) > hits
    statuses = {r["url"]: r["status"] for r in json.loads(later.stdout)}
    assert statuses[site.url("/gone")] == "dead"  # failed twice, a day apart


def test_fix_adds_archiveurl_and_nothing_else(tmp_path, site):
    path = library(tmp_path, site)
    site.json("/wayback/available", {"archived_snapshots": {"closest": {
        "available": True, "status": "200", "timestamp": "20190101000000",
        "url": f"http://web.archive.org/web/20190101000000/{site.url('/gone')}"}}})
    args = ["check", str(path), "--online", "--allow-private", "--timeout", "1", "--retries", "0", "--min-interval", "0",
            "--wayback-url", site.url(""), "--fix"]
    before = path.read_text(encoding="utf-8")
    run_cli(*args, "--now", "2024-05-01T12:00:00")
    assert path.read_text(encoding="utf-8") == before  # failing, not yet dead: untouched
    result = run_cli(*args, "--now", "2024-05-02T13:00:00")
    assert result.exit_code == 1
    after = path.read_text(encoding="utf-8")
    archived = f"http://web.archive.org/web/20190101000000/{site.url('/gone')}"
    expected = before.replace(f"url   = {{{site.url('/gone')}}},\n",
                              f"url   = {{{site.url('/gone')}}},\n  archiveurl = {{{archived}}},\n")
    assert after == expected
    run_cli(*args, "--now", "2024-05-03T13:00:00")
    assert path.read_text(encoding="utf-8") == expected  # idempotent


def test_network_down_on_the_seeds_library(tmp_path, monkeypatch):
    """DNS fails for every host: quick, every link error/timeout, no traceback, library unchanged."""
    real = socket.getaddrinfo

    def no_dns(host, *args, **kwargs):  # .invalid never resolves; and no query leaves the machine
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    text = (ROOT / "bib" / "library.bib").read_text(encoding="utf-8")
    text = re.sub(r"(url\s*=\s*\{https?://)([^/}]+)", lambda m: m.group(1) + m.group(2) + ".invalid", text)
    path = tmp_path / "library.bib"
    path.write_text(text, encoding="utf-8")
    start = time.monotonic()
    result = run_cli("check", str(path), "--online", "--format", "json", "--doi-url", "https://doi.invalid",
                     "--wayback-url", "https://archive.invalid", "--fix")
    assert time.monotonic() - start < 10
    assert "Traceback" not in result.output
    records = json.loads(result.stdout)
    assert len(records) >= 10 and {r["status"] for r in records} <= {"error", "timeout"}
    assert path.read_text(encoding="utf-8") == text
    assert result.exit_code == 0


def test_offline_reports_stored_results_and_fetches_nothing(tmp_path, site):
    path = library(tmp_path, site)
    assert run_cli("check", str(path), *FAST, "--now", "2024-05-01T12:00:00").exit_code == 1
    hits = sum(site.hits.values())
    site.static("/new", body=page("New"))
    with path.open("a", encoding="utf-8") as fh:
        fh.write(f"@misc{{new2024, url = {{{site.url('/new')}}}}}\n")
    before = path.read_text(encoding="utf-8")
    result = run_cli("check", str(path), "--format", "json", "--fix")  # CITEKIT_OFFLINE=1 (tests/conftest.py)
    assert sum(site.hits.values()) == hits and path.read_text(encoding="utf-8") == before
    records = {r["url"]: r for r in json.loads(result.stdout)}
    assert records[site.url("/ok")]["status"] == "ok" and records[site.url("/ok")]["cached"]
    assert records[site.url("/gone")]["status"] == "failing" and records[site.url("/gone")]["cached"]
    assert records[site.url("/new")]["status"] == "error" and "offline" in records[site.url("/new")]["error"]
    assert result.exit_code == 1 and "offline" in result.stderr  # a stored failing link still counts
    assert run_cli("check", str(path), "--offline", "--online", *FAST[1:]).exit_code == 1  # last flag wins: online


def test_offline_without_history_writes_nothing(tmp_path, site):
    path = library(tmp_path, site)
    result = run_cli("check", str(path), "--offline", "--format", "json")
    assert {r["status"] for r in json.loads(result.stdout)} == {"error"} and result.exit_code == 0
    assert sum(site.hits.values()) == 0 and not (tmp_path / "library.linkcheck.sqlite").exists()


def test_citekit_toml_check_table_and_precedence(tmp_path, site, monkeypatch):
    monkeypatch.delenv("CITEKIT_OFFLINE", raising=False)
    site.static("/ok", body=page("Fine"))
    (tmp_path / "lib.bib").write_text(f"@misc{{a, url = {{{site.url('/ok')}}}}}\n", encoding="utf-8")
    toml = tmp_path / "citekit.toml"
    toml.write_text("[resolve]\nmailto = 'x@example.org'\n\n[check]\nallow_private = true\narchive = false\n"
                    "timeout = 1\nretries = 0\nmin_interval = 0\ndb = 'history.sqlite'\n", encoding="utf-8")
    result = run_cli("check", "lib.bib", "--format", "json", cwd=tmp_path)
    assert json.loads(result.stdout)[0]["status"] == "ok" and (tmp_path / "history.sqlite").exists()
    assert site.hits["/ok"] == 1
    with toml.open("a", encoding="utf-8") as fh:
        fh.write("offline = true\n")
    run_cli("check", "lib.bib", cwd=tmp_path)
    assert site.hits["/ok"] == 1  # toml: offline
    run_cli("check", "lib.bib", "--online", cwd=tmp_path)
    assert site.hits["/ok"] == 2  # flag > toml
    monkeypatch.setenv("CITEKIT_OFFLINE", "0")
    run_cli("check", "lib.bib", cwd=tmp_path)
    assert site.hits["/ok"] == 3  # env (0: online) > toml
    toml.write_text("[check]\noffline = false\nallow_private = true\narchive = false\n", encoding="utf-8")
    monkeypatch.setenv("CITEKIT_OFFLINE", "1")
    run_cli("check", "lib.bib", cwd=tmp_path)
    assert site.hits["/ok"] == 3  # env (1: offline) > toml
    for bad in ("[check]\nspeed = 3\n", "[check]\ntimeout = 'soon'\n", "[check\n", "[check]\nretries = -1\n"):
        toml.write_text(bad, encoding="utf-8")
        result = run_cli("check", "lib.bib", cwd=tmp_path)
        assert result.exit_code == 2 and len(result.stderr.strip().splitlines()) == 1, bad
