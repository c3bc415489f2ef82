"""The build engine: per-document work cached (SQLite) and run in parallel (a local process
pool or a Dask cluster), progress bars, and rebuilds in proportion to what changed.

- :mod:`~citekit.engine.document`: one document's ingest + extract, the unit of work;
- :mod:`~citekit.engine.cache`: results by content hash and pipeline version;
- :mod:`~citekit.engine.executors`: in-process, local pool, Dask;
- :mod:`~citekit.engine.extract`: the Ingest + Extract stage over all inputs;
- :mod:`~citekit.engine.manifest`: recognising a rebuild with nothing to do;
- :mod:`~citekit.engine.build`: one ``citekit build`` from settings to outputs.
"""

from citekit.engine.build import BuildError, BuildOutcome, BuildSettings, run_build
from citekit.engine.cache import CacheError
from citekit.engine.executors import ExecutorError

__all__ = ["BuildError", "BuildOutcome", "BuildSettings", "CacheError", "ExecutorError", "run_build"]
