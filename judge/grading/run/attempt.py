"""One submission in one sandbox session: starting it, loading the code, calling it within the
limits and deciding what ended a session that died. An `Attempt` owns what a grade
accumulates (the output seen, the time spent, the outcomes so far); the grade loop
(`grader.py`), a run on one's own input (`custom.py`) and the shrinking of a property failure
(`shrinking.py`) each drive one. Time is measured here, per call, from outside."""

import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sandbox.base import Backend, Session
from sandbox.errors import (
    MachineBusy,
    ProtocolViolation,
    SandboxClosed,
    SandboxError,
    SandboxTimeout,
)

from ..checkers import Checker, checker_for
from ..kinds import ProblemKind
from ..present.display import failure_input
from ..problems.loader import Problem
from ..results.verdicts import TestGroup, TestOutcome, Verdict
from ..wire.codec import encode_args
from . import judging
from .judging import Shown, error_info, outcome, phase_text
from .suite import Test, make_test
from .timing import timed_request

LOAD_SECONDS = 20.0
"""The limit on starting the harness, importing the problem's modules and loading the
submission: CPU time where the backend can read it, timed as a test call is (timing.py), so a
busy machine alone does not fail a grade."""
OUTPUT_KEEP = 16 * 1024

ProgressFn = Callable[[TestOutcome], None]


class SandboxBroken(Exception):
    """The sandbox failed before the submission ran: an Internal Error."""


class Stop(Exception):
    """A test ended the session (time, memory, a dead process): grading stops here."""

    def __init__(self, outcome: TestOutcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


@dataclass
class Output:
    """What the submission printed, kept up to `OUTPUT_KEEP` characters a stream, and the
    most each stream reached (which the output limit is checked against)."""

    stdout: str = ""
    stderr: str = ""
    stdout_bytes: int = 0
    stderr_bytes: int = 0

    def take(self, reply: dict) -> None:
        for name in ("stdout", "stderr"):
            text = reply.get(name)
            if isinstance(text, str) and len(getattr(self, name)) < OUTPUT_KEEP:
                setattr(self, name, (getattr(self, name) + text)[:OUTPUT_KEEP])
            size = reply.get(name + "_bytes")
            if isinstance(size, int) and not isinstance(size, bool):
                setattr(self, name + "_bytes", max(getattr(self, name + "_bytes"), size))


class Attempt:
    """A submission's run in `session`: per grade, never shared."""

    def __init__(self, problem: Problem, session: Session, *, checker: Checker | None = None,
                 load_seconds: float = LOAD_SECONDS, on_test: ProgressFn | None = None,
                 reference: Callable[[list], Any] | None = None,
                 kind: ProblemKind | None = None) -> None:
        """`reference(encoded)` computes an expected value in this process (for shrinking
        candidates); `on_test` hears of each outcome recorded; `kind` is the problem's kind
        as the submission is written (a SQL problem's dialect), its default if None."""
        self.problem = problem
        self.kind = kind or problem.kind
        self.session = session
        self.checker = checker or checker_for(problem)
        self.limits = problem.meta.limits
        self.output_cap = self.limits.output_kb * 1024
        self.load_seconds = load_seconds
        self.on_test = on_test or (lambda outcome: None)
        self.reference = reference
        self.output = Output()
        self.spent = 0.0
        self.tests: list[TestOutcome] = []

    def record(self, outcome: TestOutcome) -> None:
        self.tests.append(outcome)
        self.on_test(outcome)

    # ------------------------------------------------------------------ starting
    def hello(self) -> None:
        """The harness answers before any submission code runs: if it cannot, the sandbox
        is broken, which is the judge's fault (Internal Error), never the submission's."""
        session, modules = self.session, modules_for(self.problem, self.kind)
        try:
            reply, _ = timed_request(session, {"op": "hello"}, self.load_seconds)
        except MachineBusy:
            raise
        except SandboxError as exc:
            stderr = session.close().stderr.strip()
            raise SandboxBroken(f"the sandbox did not start ({exc})"
                                + (f": {stderr[-500:]}" if stderr else "")) from None
        if reply.get("ok") is not True:
            error = error_info(reply.get("error"))
            raise SandboxBroken(f"the sandbox's harness did not greet: {error.type}: "
                                f"{error.message[:200]}")
        if modules:  # imported already where the sandbox came from the pool
            try:
                reply, _ = timed_request(session, {"op": "prepare", "modules": list(modules)},
                                         self.load_seconds)
            except MachineBusy:
                raise
            except SandboxError as exc:
                raise SandboxBroken(f"the sandbox could not import "
                                    f"{', '.join(modules)} ({exc})") from None
            if reply.get("ok") is not True:
                error = error_info(reply.get("error"))
                raise SandboxBroken(f"the sandbox could not import "
                                    f"{', '.join(modules)}: {error.message[:200]}")

    def load(self, code: str) -> None:
        """Loads the submission; Stop with the outcome when it cannot be loaded."""
        meta = self.problem.meta
        message = {"op": "load", "kind": meta.kind.value, "code": code, "entry": meta.entry.name,
                   **self.kind.load_fields()}
        if meta.rules.keeps_arguments:
            message["keeps_arguments"] = True
        t0 = time.monotonic()
        try:
            reply, _ = timed_request(self.session, message, self.load_seconds)
        except Exception as exc:
            raise Stop(self.fatal(exc, "load", TestGroup.load, None,
                                  time.monotonic() - t0)) from None
        self.output.take(reply)
        if self.output_exceeded():
            raise Stop(outcome("load", TestGroup.load, Verdict.output_limit, 0.0,
                               "the submission printed too much while loading"))
        if reply.get("ok") is True:
            return
        error = error_info(reply.get("error"))
        verdict = Verdict.compilation_error
        if error.type == "MemoryError":
            verdict = Verdict.memory_limit
        what = {"compile": "a syntax error", "import": "loading the file failed"}.get(
            phase_text(reply.get("phase")), "loading the file failed")
        if error.type == "MissingEntryPoint":
            what = error.message
        raise Stop(TestOutcome("load", TestGroup.load, verdict, time.monotonic() - t0,
                               message=what, error=error))

    # ------------------------------------------------------------------ calling
    def output_exceeded(self) -> bool:
        return max(self.output.stdout_bytes, self.output.stderr_bytes) >= self.output_cap

    def call(self, test: Test) -> tuple[dict, float]:
        """One call over the channel, within the per-call and total limits (measured as
        `judge.grading.run.timing` says). Returns the reply and the time used."""
        remaining = self.limits.total_seconds - self.spent
        limit = max(0.0, min(self.limits.time_seconds, remaining))
        body = test.call_frame()
        t0 = time.monotonic()
        try:
            reply, used = timed_request(self.session, body, limit)
        except Exception:
            self.spent += time.monotonic() - t0
            raise
        self.spent += used
        if used > limit:
            raise SandboxTimeout(f"the call used {used:.2f}s of CPU time")
        return reply, used

    def run_test(self, test: Test, shown: Shown, shown_if_wrong: bool = True) -> TestOutcome:
        """Calls the submission on one test and judges the reply. `shown` renders the input
        for a failure; with `shown_if_wrong` False a wrong answer leaves it out (a property
        example about to be shrunk: the shrunk one is shown)."""
        try:
            reply, elapsed = self.call(test)
        except Exception as exc:
            raise Stop(self.fatal(exc, test.name, test.group, shown, None)) from None
        return self.judge(reply, elapsed, test.name, test.group,
                          shown if shown_if_wrong else None, test.expected, test.encoded_args)

    def judge(self, reply: dict, elapsed: float, name: str, group: TestGroup, shown: Shown,
              expected: Any, encoded: Callable[[], list]) -> TestOutcome:
        """The reply's output counted against the limit, then the reply judged."""
        self.output.take(reply)
        if self.output_exceeded():
            return outcome(name, group, Verdict.output_limit, elapsed,
                           f"more than {self.limits.output_kb} KiB of output", shown)
        return judging.judge_reply(self.problem, self.checker, reply, elapsed, name, group,
                                   shown, expected, encoded)

    def property_case(self, args: tuple) -> TestOutcome:
        """A shrinking candidate: its expected value from the reference, then the call."""
        assert self.reference is not None, "an attempt that shrinks needs the reference"
        encoded = encode_args(tuple(args))
        test = make_test("property", TestGroup.properties, -1, encoded, self.reference(encoded))
        return self.run_test(test, lambda: failure_input(self.problem, tuple(args)))

    # ------------------------------------------------------------------ a dead session
    def fatal(self, exc: Exception, name: str, group: TestGroup, shown: Shown,
              elapsed: float | None) -> TestOutcome:
        """The session is over: decide what killed it, from what we measured outside."""
        limits = self.limits
        seconds = elapsed if elapsed is not None else limits.time_seconds
        if isinstance(exc, SandboxTimeout):
            total = self.spent >= limits.total_seconds
            limit = (f"the total time limit of {limits.total_seconds:g}s" if total
                     else f"the limit of {limits.time_seconds:g}s per call")
            return outcome(name, group, Verdict.time_limit, seconds, f"over {limit} ({exc})",
                           shown)
        if isinstance(exc, ProtocolViolation):
            return outcome(name, group, Verdict.runtime_error, seconds,
                           f"the sandbox sent malformed data: {exc}", shown)
        if not isinstance(exc, SandboxClosed):
            raise exc
        report = self.session.close()
        if report.oom_killed:
            return outcome(name, group, Verdict.memory_limit, seconds,
                           f"killed at the memory limit of {limits.memory_mb} MiB", shown)
        code = report.exit_code
        if code in (-signal.SIGXCPU, 128 + signal.SIGXCPU):  # the CPU-time rlimit
            return outcome(name, group, Verdict.time_limit, seconds,
                           "the CPU time limit was reached", shown)
        if self.output_exceeded():
            return outcome(name, group, Verdict.output_limit, seconds,
                           "the output limit was reached", shown)
        status = "was killed" if code is None or code < 0 or code > 128 else f"exited ({code})"
        return outcome(name, group, Verdict.runtime_error, seconds,
                       f"the process {status} before answering", shown)


@dataclass(frozen=True)
class OneCall:
    """What `call_once` saw: the outcome that ended the session (load failed, time,
    memory...), or the reply with the time it took; and the attempt, to judge the reply."""

    stopped: TestOutcome | None
    reply: dict | None
    seconds: float
    peak_memory_bytes: int | None
    attempt: Attempt


def call_once(problem: Problem, backend: Backend, code: str, test: Test,
              shown: Shown = None, kind: ProblemKind | None = None) -> OneCall:
    """Loads `code` (of `kind`: a SQL problem's dialect) in a fresh sandbox and calls it once
    on `test`: a run on the user's own input (`custom.py`), whose answer is not judged here."""
    kind = kind or problem.kind
    session = backend.open(problem.meta.limits.sandbox_limits(), modules_for(problem, kind))
    attempt = Attempt(problem, session, kind=kind)
    stopped, reply, elapsed = None, None, 0.0
    try:
        attempt.hello()
        attempt.load(code)
        try:
            reply, elapsed = attempt.call(test)
        except Exception as exc:
            raise Stop(attempt.fatal(exc, test.name, test.group, shown, None)) from None
    except Stop as stop:
        stopped, elapsed = stop.outcome, stop.outcome.seconds
    finally:
        report = session.close()
    return OneCall(stopped, reply, elapsed, report.peak_memory_bytes, attempt)


def modules_for(problem: Problem, kind: ProblemKind) -> tuple[str, ...]:
    """What the harness imports before a submission of `kind` to `problem` runs."""
    return problem.modules if kind is problem.kind else kind.runtime_modules(problem.reference)


def judge_fault(exc: Exception) -> str:
    """What a user is told of a fault of the judge: its kind, never its text (which may hold
    a query, a path or a stack); the details are logged."""
    if isinstance(exc, SandboxBroken):  # the judge's own words about its sandbox
        return str(exc)
    return f"the judge failed while grading ({type(exc).__name__}); the details are in its log"


def is_fatal(exc: BaseException) -> bool:
    """Whether `exc` ends the grade (a shrinking run passes it on instead of shrinking)."""
    return isinstance(exc, Stop | MachineBusy)
