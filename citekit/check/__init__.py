"""``citekit check``: the health of every link of a library (the only package besides
``resolve/http.py`` that opens network connections).

``links`` reads the library, ``runner`` checks (``fetch`` through ``safety`` and ``limiter``,
``classify`` with ``soft404``, ``doi``, ``wayback``), ``store`` remembers, ``fix`` edits the
library, ``report`` formats.
"""

from citekit.check.links import LibraryError, read_links
from citekit.check.models import BROKEN, UNKNOWN, CheckSettings, Link, LinkResult
from citekit.check.runner import run_check
from citekit.check.store import Store, store_path

__all__ = ["BROKEN", "UNKNOWN", "CheckSettings", "LibraryError", "Link", "LinkResult", "Store",
           "read_links", "run_check", "store_path"]
