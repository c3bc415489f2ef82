"""Progress bars for the long stages of a build, on stderr, only when stderr is a terminal."""

from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator


class StageBar:
    """One stage's bar; ``advance`` as documents finish."""

    def __init__(self, progress, task) -> None:
        self._progress, self._task = progress, task

    def advance(self, n: int = 1) -> None:
        if self._progress is not None:
            self._progress.advance(self._task, n)


class BuildProgress:
    """Rich progress bars for scan, extract, merge, resolve and emit; silent (and free) when
    disabled, which is the default when stderr is not a terminal (pipes, CI, tests)."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._progress = None

    def __enter__(self) -> BuildProgress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                       TimeElapsedColumn, TimeRemainingColumn)

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description:<10}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                                      console=Console(stderr=True), transient=False)
            self._progress.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def bar(self, description: str, total: int) -> StageBar:
        """A counted stage (documents)."""
        if self._progress is None:
            return StageBar(None, None)
        return StageBar(self._progress, self._progress.add_task(description, total=total))

    @contextmanager
    def step(self, description: str) -> Iterator[None]:
        """A stage done in one go (merge, resolve, emit): a spinner, then a full bar."""
        if self._progress is None:
            yield
            return
        task = self._progress.add_task(description, total=None)
        yield
        self._progress.update(task, total=1, completed=1)
