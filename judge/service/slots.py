"""Grading slots shared by every judge process on a host: no more grades at once than the
host has cores, however many `judge serve` and `judge worker` processes run. More would only
make each grade wait for a CPU (slower verdicts, and timing that leans on its starvation
allowance), while the submissions keep their place in the queue just as well.

A slot is an exclusive flock on one of N files in a folder the host's judge processes share;
the kernel drops it when its holder exits, however it exits."""

import fcntl
import os
import tempfile
import threading
from pathlib import Path
from typing import IO

WAIT_SECONDS = 0.2


def host_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def default_folder() -> Path:
    return Path(tempfile.gettempdir()) / f"mle-judge-slots-{os.getuid()}"


class HostSlots:
    def __init__(self, count: int | None = None, folder: Path | None = None) -> None:
        self.count = count if count is not None else host_cores()
        self.folder = folder if folder is not None else default_folder()
        self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)

    def try_acquire(self) -> IO | None:
        """A held slot (its open file), or None when all are taken."""
        for index in range(self.count):
            handle = open(self.folder / f"{index}.lock", "a")  # noqa: SIM115 (held open)
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                continue
            return handle
        return None

    def acquire(self, stop: threading.Event) -> IO | None:
        """Waits for a slot; None if `stop` is set first."""
        while not stop.is_set():
            slot = self.try_acquire()
            if slot is not None:
                return slot
            stop.wait(WAIT_SECONDS)
        return None

    @staticmethod
    def release(slot: IO) -> None:
        slot.close()  # closing the file drops its lock
