"""The SQLite lookup cache and the settings' precedence."""

from __future__ import annotations

import time

from citekit.resolve.cache import Cache
from citekit.resolve.config import ResolveConfig, load_config, user_cache_dir


def test_cache_round_trip_ttl_and_refresh(tmp_path):
    path = tmp_path / "c" / "lookups.sqlite"
    cache = Cache(path)
    cache.put("crossref-work:http://x", "10.1/ab", True, '{"a": 1}')
    cache.put("crossref-work:http://x", "10.1/gone", False, None)
    assert cache.get("crossref-work:http://x", " 10.1/ab ") == (True, '{"a": 1}')
    assert cache.get("crossref-work:http://y", "10.1/ab") is None  # another service, another namespace
    assert cache.get("crossref-work:http://x", "10.1/gone") == (False, None)
    cache.close()
    assert Cache(path, refresh=True).get("crossref-work:http://x", "10.1/ab") is None
    expired = Cache(path, ttl_days=1e-9)
    time.sleep(0.01)
    assert expired.get("crossref-work:http://x", "10.1/ab") is None


def test_no_cache_keeps_nothing():
    cache = Cache(None)
    cache.put("e", "q", True, "{}")
    assert cache.get("e", "q") is None


def test_settings_precedence_flag_env_toml_default(tmp_path):
    toml = tmp_path / "citekit.toml"
    toml.write_text('[resolve]\ncrossref_url = "http://toml"\ndoi_url = "http://toml-doi"\n'
                    'un_url = "http://toml-un"\nmailto = "toml@example.org"\n', encoding="utf-8")
    env = {"CITEKIT_CROSSREF_URL": "http://env", "CITEKIT_DOI_URL": "http://env-doi/", "CITEKIT_OFFLINE": "1"}
    cfg = load_config({"crossref_url": "http://flag", "mailto": None}, env, toml)
    assert cfg.crossref_url == "http://flag"  # flag
    assert cfg.doi_url == "http://env-doi"  # env (trailing slash dropped)
    assert cfg.un_url == "http://toml-un" and cfg.mailto == "toml@example.org"  # toml
    assert cfg.wayback_url == "https://archive.org/wayback/available"  # default
    assert cfg.offline and load_config({"offline": False}, env, toml).offline is False


def test_offline_uses_a_cache_only_when_given(tmp_path):
    assert ResolveConfig(offline=True).cache_path() is None
    assert ResolveConfig(offline=True, cache_dir=tmp_path).cache_path() == tmp_path / "lookups.sqlite"
    assert ResolveConfig().cache_path() == user_cache_dir() / "lookups.sqlite"


def test_user_agent_carries_the_contact():
    assert ResolveConfig(mailto="a@b.org").user_agent.endswith("(https://github.com/citekit/citekit; mailto:a@b.org)")
    assert ResolveConfig().user_agent.endswith("(https://github.com/citekit/citekit)")
