"""The executor never changes the output: one process, a local pool, a Dask cluster."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import run_cli
from tests.engine.conftest import same_outputs, write_corpus


def _build(cwd, out: str, *options: str) -> None:
    result = run_cli("build", "docs", "--out", out, "--offline", "--no-cache", *options, cwd=cwd)
    assert result.exit_code == 0, result.output


def test_one_job_and_two_jobs_write_the_same_bytes(tmp_path):
    write_corpus(tmp_path / "docs", copies=2)
    _build(tmp_path, "one", "--jobs", "1")
    _build(tmp_path, "two", "--jobs", "2")
    assert same_outputs(tmp_path / "one", tmp_path / "two") == []


def test_the_dask_executor_writes_what_the_local_one_writes(tmp_path):
    distributed = pytest.importorskip("distributed", reason="Dask is an optional extra: pip install 'citekit[dask]'")
    write_corpus(tmp_path / "docs")
    _build(tmp_path, "local", "--jobs", "1")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as cluster:
        _build(tmp_path, "dask", "--executor", "dask", "--scheduler", cluster.scheduler_address)
    assert same_outputs(tmp_path / "local", tmp_path / "dask") == []


def test_a_scheduler_without_the_dask_executor_is_a_usage_error(tmp_path):
    write_corpus(tmp_path / "docs")
    result = run_cli("build", "docs", "--scheduler", "tcp://127.0.0.1:1", "--offline", cwd=tmp_path)
    assert result.exit_code == 2
    assert "--scheduler needs --executor dask" in result.output


def test_without_dask_installed_the_dask_executor_is_one_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    write_corpus(tmp_path / "docs")
    result = run_cli("build", "docs", "--offline", "--executor", "dask", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.output.strip() == "citekit: --executor dask needs Dask: pip install 'citekit[dask]'"
