"""The narrow sandbox interface: a backend opens sessions; a session exchanges frames.

A session runs one submission's harness under limits. The grader sends a message and waits
for one reply, with a timeout it chooses per call; it closes the session when done, and gets a
report measured from outside (exit status, out-of-memory kill, peak memory).
"""

import abc
import os
import select
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .frames import CappedText, FrameBuffer, encode_frame, frame_bytes
from .limits import Limits

HARNESS_PATH = Path(__file__).with_name("harness") / "harness.py"

INTERPRETER_FLAGS = ("-s", "-P", "-B")
"""How the harness's Python starts: no user site-packages (-s), no script folder on sys.path
(-P), no bytecode written (-B). Not -I: its -E would ignore SANDBOX_ENV's PYTHONHASHSEED, and
string hashes (so set orders) would change from one sandbox to the next. The environment is
SANDBOX_ENV and nothing else, so honouring it lets nothing of the judge's in."""
# The whole environment a sandboxed process gets, on every backend.
SANDBOX_ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "PYTHONHASHSEED": "0",
    "PYTHONDONTWRITEBYTECODE": "1",
}


def harness_source() -> str:
    return HARNESS_PATH.read_text(encoding="utf-8")


class Activity:
    """How many sandboxes this process is grading in right now. Background work (starting
    sandboxes for the pool, removing finished ones) waits until there are none, so it never
    takes a CPU from a submission being graded; a claim that finds no warm sandbox starts one
    itself."""

    def __init__(self) -> None:
        self._count = 0
        self._idle = threading.Condition()

    def begin(self) -> None:
        with self._idle:
            self._count += 1

    def end(self) -> None:
        with self._idle:
            self._count -= 1
            if self._count <= 0:
                self._idle.notify_all()

    @property
    def busy(self) -> bool:
        return self._count > 0

    def wait_idle(self, timeout: float) -> bool:
        """True once nothing is being graded, False if `timeout` passed first."""
        with self._idle:
            return self._idle.wait_for(lambda: self._count <= 0, timeout)


ACTIVITY = Activity()


@dataclass(frozen=True)
class SessionReport:
    exit_code: int | None
    """The process's exit status; negative for a signal; None if it was still running."""
    oom_killed: bool
    peak_memory_bytes: int | None
    wall_seconds: float
    stderr: str
    """What the sandbox wrote to its own stderr before the harness took it over (capped)."""


class Session(abc.ABC):
    """One sandboxed process speaking the frame protocol."""

    def __init__(self) -> None:
        self.frames = FrameBuffer()
        self.stderr = CappedText()
        self.started = time.monotonic()
        self._report: SessionReport | None = None
        self._active = False
        self.activate()  # a session is in use from its start, unless a pool parks it
        self.channel_fd: int | None = None
        """Where the sandbox's frames can be read directly (a pipe or a socket): then the
        grader's own thread reads them as it waits, with no reader thread to hand them over.
        Without one, a reader thread feeds `frames`."""

    @abc.abstractmethod
    def _write(self, data: bytes) -> None:
        """Writes raw bytes to the sandbox's channel."""

    @abc.abstractmethod
    def _shutdown(self) -> SessionReport:
        """Stops the process for good and measures what it used."""

    def cpu_seconds(self) -> float | None:
        """CPU time the sandbox has used so far, read from the kernel's accounting outside it,
        or None where this backend cannot tell. Unlike wall time, other load barely moves it."""
        return None

    def waiting_seconds(self) -> float | None:
        """How long the sandbox's processes have waited, runnable, for a CPU that other work
        held (read outside it), or None where this backend cannot tell. A call that waited
        most of its wall time is slow because of the machine's load, not the submission."""
        return None

    def activate(self) -> None:
        """Counts this session as grading (see `Activity`)."""
        if not self._active:
            self._active = True
            ACTIVITY.begin()

    def park(self) -> None:
        """Counts this session as waiting in a pool, not grading."""
        if self._active:
            self._active = False
            ACTIVITY.end()

    @property
    def alive(self) -> bool:
        """False once the sandbox's channel has closed (its process ended)."""
        if self.channel_fd is not None and not self.frames.closed:
            self._read_channel(0.0)  # an end of file waiting to be read
        return not self.frames.closed

    def _read_channel(self, timeout: float) -> None:
        """Moves what the channel holds into `frames`, waiting at most `timeout` for it."""
        try:
            ready, _, _ = select.select([self.channel_fd], [], [], max(timeout, 0.0))
            if not ready:
                return
            chunk = os.read(self.channel_fd, 1 << 20)
        except (OSError, ValueError):  # closed under us (the session is shutting down)
            chunk = b""
        if chunk:
            self.frames.feed(chunk)
        else:
            self.frames.close()

    def restrict(self, limits: Limits, started: Limits) -> None:
        """Tightens a sandbox started under the looser `started` limits to `limits`, before
        any submission code has run in it (a sandbox started ahead of time). Memory is the
        backend's to lower (`_restrict_memory`); CPU time and file sizes the harness lowers
        on itself, which it can never undo. Raises SandboxError when it cannot."""
        from .errors import SandboxError

        if limits.memory_bytes != started.memory_bytes:
            self._restrict_memory(limits.memory_bytes)
        if limits.cpu_shares != started.cpu_shares:
            self._set_cpu_shares(limits.cpu_shares)
        reply = self.request({"op": "limits", "cpu_seconds": limits.cpu_seconds,
                              "output_bytes": limits.output_bytes}, timeout=10.0)
        if reply.get("ok") is not True:
            raise SandboxError(f"the sandbox could not lower its limits: {reply.get('error')}")

    def _restrict_memory(self, memory_bytes: int) -> None:
        from .errors import SandboxError

        raise SandboxError(f"{type(self).__name__} cannot lower its memory limit")

    def _set_cpu_shares(self, shares: int) -> None:
        """A new CPU weight; backends without one ignore it."""
        return None

    def _measured(self, exit_code: int | None, oom_killed: bool,
                  peak_memory_bytes: int | None) -> SessionReport:
        """The report of a session that has just ended, timed from its start."""
        return SessionReport(exit_code=exit_code, oom_killed=oom_killed,
                             peak_memory_bytes=peak_memory_bytes,
                             wall_seconds=time.monotonic() - self.started,
                             stderr=self.stderr.text())

    def send(self, message: dict | bytes) -> None:
        """Sends one frame: a message, or a JSON body already encoded (trusted: the grader's
        own, so frames of many calls can be spliced from inputs encoded once)."""
        from .errors import SandboxClosed

        frame = encode_frame(message) if isinstance(message, dict) else frame_bytes(message)
        try:
            self._write(frame)
        except (BrokenPipeError, ConnectionError, OSError) as exc:
            raise SandboxClosed(f"the sandbox stopped reading: {exc}") from None

    def receive(self, timeout: float) -> dict:
        if self.channel_fd is None:
            return self.frames.next_frame(timeout)
        from .errors import SandboxClosed, SandboxTimeout

        deadline = time.monotonic() + timeout
        while True:
            frame = self.frames.ready_frame()
            if frame is not None:
                return frame
            if self.frames.closed:
                raise SandboxClosed("the sandbox closed the channel")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise SandboxTimeout(f"no reply within {timeout:.2f}s")
            self._read_channel(remaining)

    def request(self, message: dict | bytes, timeout: float) -> dict:
        self.send(message)
        return self.receive(timeout)

    def close(self) -> SessionReport:
        if self._report is None:
            try:
                self._report = self._shutdown()
            finally:
                self.park()
        return self._report

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Backend(abc.ABC):
    name: str
    isolation: str
    """One sentence on how strong the isolation is, shown to the user."""

    @abc.abstractmethod
    def unavailable_reason(self) -> str | None:
        """None when the backend can run here, else why not (and how to fix it)."""

    @abc.abstractmethod
    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        """Starts a fresh sandbox running the harness. `modules` are those the grader will
        have the harness import before the submission (a pool keeps sandboxes that have
        imported them waiting); a plain backend ignores them. Raises SandboxUnavailable."""

    def reap(self) -> int:
        """Removes sandboxes left behind by processes that died without closing them (a
        worker killed mid-grade, its container crashed); returns how many. Backends whose
        sandboxes die with their process, leaving nothing, have nothing to do."""
        return 0

    def stop(self) -> int:
        """The process is stopping: removes every sandbox it started, in use or not, at once,
        and opens no more (SandboxUnavailable); returns how many it removed. Whatever was
        being graded in them must have been handed back first."""
        return 0
