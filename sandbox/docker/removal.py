"""Containers of finished sessions are removed in the background, after the verdict: the
grade never waits for it (a container left by a dead process is reaped on the next start)."""

import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait

from ..base import ACTIVITY

_removals = ThreadPoolExecutor(max_workers=2, thread_name_prefix="sandbox-removal")
_pending: set[Future] = set()
REMOVAL_DELAY = 5.0
"""Removal waits for a moment when nothing is being graded, at most this long."""


def remove_later(remove, hurry: threading.Event) -> None:
    """Runs `remove` once nothing is being graded (or `hurry` is set, or the delay is over)."""
    def when_idle():
        deadline = time.monotonic() + REMOVAL_DELAY
        while not hurry.is_set() and (left := deadline - time.monotonic()) > 0:
            if ACTIVITY.wait_idle(min(left, 0.25)):  # in slices: `hurry` may come meanwhile
                break
        remove()

    try:
        future = _removals.submit(when_idle)
    except RuntimeError:  # the interpreter is shutting down: no thread to hand it to
        remove()
        return
    _pending.add(future)
    future.add_done_callback(_pending.discard)


def flush_removals(timeout: float = 30.0) -> None:
    """Waits until the containers of every session closed so far are gone."""
    wait(list(_pending), timeout=timeout)
