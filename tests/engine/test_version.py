"""The pipeline version names everything that shapes a cached result, the parse included."""

from __future__ import annotations

import subprocess
import sys


def _version(env: dict[str, str]) -> str:
    code = "from citekit.engine.version import pipeline_version; print(pipeline_version())"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          check=True).stdout.strip()


def test_turning_the_parse_off_changes_the_pipeline_version():
    import os

    base = {k: v for k, v in os.environ.items() if k != "CITEKIT_NO_PARSER"}
    on, again = _version(base), _version(base)
    off = _version({**base, "CITEKIT_NO_PARSER": "1"})
    assert on == again  # deterministic
    assert off != on  # a result extracted without the parse is not reused with it
