"""Shared fixtures: the repository root, the seeds, and a fresh build of them."""

from __future__ import annotations

import ipaddress
import os
import shutil
import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from citekit.cli.main import app

# Builds in the tests never reach the real services: offline (and so without the user's cache)
# unless a test opts in with --online and a local server's URL.
os.environ["CITEKIT_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED_GOLD = ROOT.parent / "shared" / "gold"


def run_cli(*args: str, cwd: Path | None = None):
    """Invoke the real command line in-process; returns the click Result."""
    old = Path.cwd()
    try:
        if cwd:
            os.chdir(cwd)
        return CliRunner().invoke(app, list(args), catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture(autouse=True)
def no_dns_off_this_machine(monkeypatch):
    """No test sends a DNS query off this machine: ``.invalid`` names fail here, as they would
    anywhere (RFC 6761), and looking up any other outside name fails the test."""
    real = socket.getaddrinfo
    outside: list[str] = []

    def lookup(host, *args, **kwargs):
        name = str(host).rstrip(".")
        if name.endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        if name not in ("localhost", "") and not _is_ip(name):
            outside.append(name)
            raise socket.gaierror(socket.EAI_NONAME, "tests may not resolve outside names")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    yield
    assert not outside, f"the test tried to resolve {sorted(set(outside))}"


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """A fresh offline build of seeds/, made the way the README says, in a scratch folder."""
    work = tmp_path_factory.mktemp("seedbuild")
    shutil.copytree(SEEDS, work / "seeds")
    result = run_cli("build", "seeds", "--out", "bib", "--offline", cwd=work)
    assert result.exit_code == 0, result.output
    return work
