"""Long work in steps: a generator that yields ``(done, total, text)`` after each step and returns
its result. The CLI runs it to the end; the window runs it one step per turn of its event loop, with
progress and a way to stop between steps (see ``ui/jobs.py``).

To stop, the runner sends True into the generator: ``if (yield done, total, text): break`` ends it
early, and it returns what it did so far."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")
Steps = Generator[tuple[int, int, str], bool | None, T]


def run_steps(steps: Steps[T]) -> T:
    """Run ``steps`` to the end and return the result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value
