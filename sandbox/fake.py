"""An in-process fake backend for unit tests (httpx's MockTransport, for sandboxes).

A handler receives each decoded message and returns what the "sandbox" sends back: a dict (one
reply frame), raw bytes (anything at all, garbage included), None (no reply: the grader times
out), or raises SandboxClosed (the process died). `harness_handler()` answers like the real
harness, running code in this process: for tests of trusted code only, never for submissions.
"""

from collections.abc import Callable

from .base import Backend, Session, SessionReport
from .errors import SandboxClosed
from .frames import encode_frame, parse_frame
from .limits import Limits

Handler = Callable[[dict], "dict | bytes | None"]


class FakeSession(Session):
    def __init__(self, handler: Handler, report: SessionReport | None,
                 cpu: "Callable[[], float | None] | None" = None) -> None:
        super().__init__()
        self.cpu = cpu
        self.handler = handler
        self.sent: list[dict] = []
        self._closed_report = report
        self.dead = False

    def cpu_seconds(self) -> float | None:
        return self.cpu() if self.cpu is not None else None

    def _restrict_memory(self, memory_bytes: int) -> None:
        self.memory_bytes = memory_bytes

    def _write(self, data: bytes) -> None:
        if self.dead:
            raise BrokenPipeError("the fake sandbox is closed")
        message = parse_frame(data[4:])
        self.sent.append(message)
        try:
            reply = self.handler(message)
        except SandboxClosed:
            self.dead = True
            self.frames.close()
            return
        if isinstance(reply, dict):
            self.frames.feed(encode_frame(reply))
        elif isinstance(reply, bytes):
            self.frames.feed(reply)

    def _shutdown(self) -> SessionReport:
        self.frames.close()
        return self._closed_report or SessionReport(exit_code=None, oom_killed=False,
                                                    peak_memory_bytes=None, wall_seconds=0.0,
                                                    stderr="")


class FakeBackend(Backend):
    name = "fake"
    isolation = "fake sandbox: no isolation at all (tests only)"

    def __init__(self, handler: Handler, report: SessionReport | None = None,
                 cpu: "Callable[[], float | None] | None" = None) -> None:
        self.handler = handler
        self.report = report
        self.cpu = cpu
        """A clock standing for the sandbox's CPU time (None: the backend cannot read it)."""
        self.sessions: list[FakeSession] = []

    def unavailable_reason(self) -> str | None:
        return None

    def open(self, limits: Limits, modules: tuple[str, ...] = ()) -> Session:
        session = FakeSession(self.handler, self.report, self.cpu)
        self.sessions.append(session)
        return session


def harness_handler() -> Handler:
    """Answers like the harness, in-process (trusted test code only)."""
    from .harness import harness

    submission = harness.Submission()

    def handle(message: dict) -> dict:
        op = message.get("op")
        if op == "load":
            return submission.load(message)
        if op == "call":
            return submission.call(message)
        return {"ok": True}

    return handle
