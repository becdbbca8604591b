"""The trusted grader: runs a submission in a sandbox and decides its verdict.

Order: load, samples, hidden cases, generated cases, then Hypothesis properties. Grading stops
at the first test that fails; its outcome (input, expected, got, error) is the first failing
case. Everything the sandbox sends is decoded strictly and checked here; expected values and
references never leave this process. Time is measured here, per call, from outside.

The tests come from the problem's suite (`judge.grading.run.suite`): inputs encoded and expected
values computed once per problem version, so a grade runs the submission and checks its
answers, nothing more. A failing test's input is rendered for the user; a passing one's never.
"""

import logging
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

from sandbox.base import Backend, Session
from sandbox.errors import (
    MachineBusy,
    ProtocolViolation,
    SandboxClosed,
    SandboxError,
    SandboxTimeout,
    SandboxUnavailable,
)

from ..checkers import checker_for, run_checker
from ..present.display import answer_views, diverging_operation, show_pair, show_value, shown_input
from ..problems.loader import Problem
from ..problems.model import Kind
from ..problems.rules import forbidden_import
from ..results.verdicts import ErrorInfo, SubmissionResult, TestOutcome, Verdict
from ..wire.codec import DecodeError, decode, encode_args, fresh_args
from .properties import PropertyRun, example_at
from .reference import Reference
from .suite import Suite, Test, build, make_test
from .timing import timed_request

log = logging.getLogger(__name__)

LOAD_SECONDS = 20.0
"""The limit on starting the harness, importing the problem's modules and loading the
submission: CPU time where the backend can read it, timed as a test call is (timing.py), so a
busy machine alone does not fail a grade."""
OUTPUT_KEEP = 16 * 1024

ProgressFn = Callable[[TestOutcome], None]
Shown = Callable[[], str | tuple] | str | tuple | None
"""A failure's input: its text, or (text, tables) as `display.shown_input` gives, or what
renders either."""


class SandboxBroken(Exception):
    """The sandbox failed before the submission ran: an Internal Error."""


class _Stop(Exception):
    """A test ended the session (time, memory, a dead process): grading stops here."""

    def __init__(self, outcome: TestOutcome) -> None:
        super().__init__(outcome.message)
        self.outcome = outcome


@dataclass
class _Output:
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


def _text(value: Any, cap: int) -> str:
    """A field the sandbox sent, as text: only scalars are rendered, so no nesting it forged
    can make the grader recurse (the frame's depth is not checked outside the value)."""
    if isinstance(value, str):
        return value[:cap]
    if value is None or isinstance(value, (bool, int, float)):
        return str(value)[:cap]
    return f"<{type(value).__name__}>"


def _error_info(raw: Any) -> ErrorInfo:
    if not isinstance(raw, dict):
        return ErrorInfo("Error", "the sandbox reported an error without details")
    frames = []
    listed = raw.get("frames")
    for frame in listed[-20:] if isinstance(listed, list) else ():
        if isinstance(frame, dict):
            line = frame.get("line")
            frames.append((line if isinstance(line, int) and not isinstance(line, bool) else 0,
                           _text(frame.get("function", ""), 100),
                           _text(frame.get("text", ""), 300)))
    message = _text(raw.get("message", ""), 2000)
    if raw.get("text"):
        message += f"\n    {_text(raw['text'], 300)}"
        if isinstance(raw.get("line"), int):
            message += f"\n(line {raw['line']})"
    return ErrorInfo(_text(raw.get("type", "Error"), 100), message, tuple(frames))


@dataclass(frozen=True)
class OneCall:
    """What `Grader.call_once` saw: the outcome that ended the session (load failed, time,
    memory...), or the reply with the time it took."""

    stopped: TestOutcome | None
    reply: dict | None
    seconds: float
    peak_memory_bytes: int | None


class Grader:
    def __init__(self, problem: Problem, backend: Backend,
                 on_test: ProgressFn | None = None, *, suite: Suite | None = None,
                 load_seconds: float = LOAD_SECONDS) -> None:
        """`suite` is the problem's tests (from a `SuiteCache`); without one, they are
        computed on the first grade and kept for this grader's next. `load_seconds`: the
        limit on starting and loading (tests of what happens past it need not wait 20 s)."""
        self.problem = problem
        self.backend = backend
        self.on_test = on_test or (lambda outcome: None)
        self.checker = checker_for(problem)
        self.limits = problem.meta.limits
        self.output_cap = self.limits.output_kb * 1024
        self._suite = suite
        self.load_seconds = load_seconds

    @property
    def suite(self) -> Suite:
        if self._suite is None:
            self._suite = build(self.problem)
        return self._suite

    @cached_property
    def reference(self) -> Reference:
        """The trusted reference, in this process: for shrinking and for the linter."""
        return Reference(self.problem)

    @cached_property
    def _generated_args(self) -> list[tuple]:
        """The generated cases' arguments, drawn again only to show a failure's input."""
        return [case.args for case in self.problem.generated()]

    # ------------------------------------------------------------------ public
    def grade(self, code: str, *, samples_only: bool = False,
              growth: Literal["never", "on-tle", "always"] = "on-tle") -> SubmissionResult:
        """Grades `code`. Where the problem can scale its inputs, a growth estimate follows a
        Time Limit Exceeded verdict ("on-tle"), or an Accepted one too ("always")."""
        started = time.monotonic()
        self.tests: list[TestOutcome] = []
        self.output = _Output()
        self.spent = 0.0
        try:
            suite = self.suite
        except Exception as exc:  # the problem's tests cannot be computed: the judge's fault
            log.exception("the tests of %s cannot be computed", self.problem.slug)
            return SubmissionResult(verdict=Verdict.internal_error,
                                    message=judge_fault(exc), tests=(),
                                    backend=self.backend.name,
                                    total_seconds=time.monotonic() - started)
        violation = forbidden_import(code, self.problem.meta.rules.forbidden_imports)
        if violation is not None:  # decided here, before any sandbox is started
            refused = TestOutcome("load", "load", Verdict.compilation_error, 0.0,
                                  message=violation.message())
            self._record(refused)
            return SubmissionResult(verdict=Verdict.compilation_error, message=refused.message,
                                    tests=(refused,), backend=self.backend.name,
                                    total_seconds=time.monotonic() - started,
                                    planned=self._planned(suite, samples_only))
        session = self.backend.open(self.limits.sandbox_limits(), self.problem.modules)
        counterexample = None
        verdict, message, error = Verdict.accepted, "", None
        stages: dict[str, float] = {}
        try:
            try:
                self._hello(session)
                stages["sandbox_ready"] = time.monotonic() - started
                self._load(session, code)
                for test in suite.tests:
                    if test.group == "properties" or (samples_only and test.group != "sample"):
                        continue
                    outcome = self._run_test(session, test, self._shown(test))
                    self._record(outcome)
                    if outcome.verdict != Verdict.accepted:
                        raise _Stop(outcome)
                if not samples_only:
                    outcome, counterexample = self._properties(session, suite.properties)
                    if outcome is not None:
                        self._record(outcome)
                        if outcome.verdict != Verdict.accepted:
                            raise _Stop(outcome)
            except _Stop as stop:
                verdict, message, error = (stop.outcome.verdict, stop.outcome.message,
                                           stop.outcome.error)
                if not self.tests or self.tests[-1] is not stop.outcome:
                    self._record(stop.outcome)
        except SandboxUnavailable:  # the engine went away, or the machine is too busy to
            raise  # time the grade: not a verdict (a worker requeues the submission)
        except Exception as exc:  # a fault of the judge: never blamed on the submission
            log.exception("grading a submission to %s failed", self.problem.slug)
            verdict = Verdict.internal_error
            message = judge_fault(exc)
        finally:
            stages["tests_done"] = time.monotonic() - started
            report = session.close()
        if verdict == Verdict.accepted:
            message = f"passed {len(self.tests)} tests"
        report_growth, growth_note = None, ""
        if not samples_only and ((growth != "never" and verdict == Verdict.time_limit)
                                 or (growth == "always" and verdict == Verdict.accepted)):
            report_growth, growth_note = self._growth(code)
        return SubmissionResult(
            verdict=verdict, message=message, tests=tuple(self.tests), backend=self.backend.name,
            total_seconds=time.monotonic() - started,
            peak_memory_bytes=report.peak_memory_bytes,
            stdout=self.output.stdout, stderr=self.output.stderr,
            counterexample=counterexample, error=error,
            growth=report_growth, growth_note=growth_note, stages=stages,
            planned=self._planned(suite, samples_only))

    @staticmethod
    def _planned(suite: Suite, samples_only: bool) -> dict[str, int]:
        planned: dict[str, int] = {}
        for test in suite.tests:
            if test.group != "properties" and (not samples_only or test.group == "sample"):
                planned[test.group] = planned.get(test.group, 0) + 1
        if suite.properties and not samples_only:
            planned["properties"] = 1
        return planned

    def _growth(self, code: str) -> tuple[Any, str]:
        """The growth estimate, or why there is none."""
        from .growth import growth_report

        if self.problem.scale is None:
            return None, ("no growth estimate: this problem has no inputs of growing size to "
                          "time it on")
        if self.tests and self.tests[-1].name == "load":  # timing it would wait out the
            return None, ("no growth estimate: the code never finished loading (the time "
                          "went before any call)")  # load limit again, for nothing
        try:
            return growth_report(self.problem, self.backend, code), ""
        except Exception as exc:  # feedback only: a failed estimate must not cost the verdict
            return None, f"no growth estimate: measuring it failed ({type(exc).__name__})"

    # ------------------------------------------------------------------ steps
    def _shown(self, test: Test) -> Callable[[], tuple]:
        """Renders a test's input from its source arguments, for a failure only."""
        def shown() -> tuple:
            if test.group == "sample":
                args = self.problem.samples[test.index].args
            elif test.group == "hidden":
                args = self.problem.hidden[test.index].args
            elif test.group == "generated":
                args = self._generated_args[test.index]
            else:
                args = example_at(self.problem.strategy(),
                                  self.problem.meta.tests.property_examples, test.index)
            return shown_input(self.problem, args)

        return shown

    def _record(self, outcome: TestOutcome) -> None:
        self.tests.append(outcome)
        self.on_test(outcome)

    def _hello(self, session: Session) -> None:
        """The harness answers before any submission code runs: if it cannot, the sandbox
        is broken, which is the judge's fault (Internal Error), never the submission's."""
        try:
            reply, _ = timed_request(session, {"op": "hello"}, self.load_seconds)
        except MachineBusy:
            raise
        except SandboxError as exc:
            stderr = session.close().stderr.strip()
            raise SandboxBroken(f"the sandbox did not start ({exc})"
                                + (f": {stderr[-500:]}" if stderr else "")) from None
        if reply.get("ok") is not True:
            error = _error_info(reply.get("error"))
            raise SandboxBroken(f"the sandbox's harness did not greet: {error.type}: "
                                f"{error.message[:200]}")
        if self.problem.modules:  # imported already where the sandbox came from the pool
            try:
                reply, _ = timed_request(
                    session, {"op": "prepare", "modules": list(self.problem.modules)},
                    self.load_seconds)
            except MachineBusy:
                raise
            except SandboxError as exc:
                raise SandboxBroken(f"the sandbox could not import "
                                    f"{', '.join(self.problem.modules)} ({exc})") from None
            if reply.get("ok") is not True:
                error = _error_info(reply.get("error"))
                raise SandboxBroken(f"the sandbox could not import "
                                    f"{', '.join(self.problem.modules)}: {error.message[:200]}")

    def _load(self, session: Session, code: str) -> None:
        meta = self.problem.meta
        message = {"op": "load", "kind": meta.kind.value, "code": code, "entry": meta.entry.name}
        if meta.rules.keeps_arguments:
            message["keeps_arguments"] = True
        t0 = time.monotonic()
        try:
            reply, _ = timed_request(session, message, self.load_seconds)
        except Exception as exc:
            raise _Stop(self._fatal(session, exc, "load", "load", None,
                                    time.monotonic() - t0)) from None
        self.output.take(reply)
        if self._output_exceeded():
            raise _Stop(self._outcome("load", "load", Verdict.output_limit, 0.0,
                                      "the submission printed too much while loading"))
        if reply.get("ok") is True:
            return
        error = _error_info(reply.get("error"))
        verdict = Verdict.compilation_error
        if error.type == "MemoryError":
            verdict = Verdict.memory_limit
        phase = reply.get("phase")
        what = {"compile": "a syntax error", "import": "loading the file failed"}.get(
            _text(phase, 20), "loading the file failed")
        if error.type == "MissingEntryPoint":
            what = error.message
        raise _Stop(TestOutcome("load", "load", verdict, time.monotonic() - t0,
                                message=what, error=error))

    def call_once(self, code: str, test: Test, shown: Shown = None) -> "OneCall":
        """Loads `code` in a fresh sandbox and calls it once on `test`: a run on the user's
        own input (`judge.grading.run.custom`), whose answer this grader does not judge."""
        self.tests, self.output, self.spent = [], _Output(), 0.0
        session = self.backend.open(self.limits.sandbox_limits(), self.problem.modules)
        stopped, reply, elapsed = None, None, 0.0
        try:
            self._hello(session)
            self._load(session, code)
            try:
                reply, elapsed = self.call(session, test)
            except Exception as exc:
                raise _Stop(self._fatal(session, exc, test.name, test.group, shown,
                                        None)) from None
        except _Stop as stop:
            stopped, elapsed = stop.outcome, stop.outcome.seconds
        finally:
            report = session.close()
        return OneCall(stopped, reply, elapsed, report.peak_memory_bytes)

    def _output_exceeded(self) -> bool:
        return max(self.output.stdout_bytes, self.output.stderr_bytes) >= self.output_cap

    def call(self, session: Session, test: Test) -> tuple[dict, float]:
        """One call over the channel, within the per-call and total limits (measured as
        `judge.grading.run.timing` says). Returns the reply and the time used."""
        remaining = self.limits.total_seconds - self.spent
        limit = max(0.0, min(self.limits.time_seconds, remaining))
        body = test.call_frame()
        t0 = time.monotonic()
        try:
            reply, used = timed_request(session, body, limit)
        except Exception:
            self.spent += time.monotonic() - t0
            raise
        self.spent += used
        if used > limit:
            raise SandboxTimeout(f"the call used {used:.2f}s of CPU time")
        return reply, used

    def _run_test(self, session: Session, test: Test, shown: Shown,
                  shown_if_wrong: bool = True) -> TestOutcome:
        """Calls the submission on one test and judges the reply. `shown` renders the input
        for a failure; with `shown_if_wrong` False a wrong answer leaves it out (a property
        example about to be shrunk: the shrunk one is shown)."""
        try:
            reply, elapsed = self.call(session, test)
        except Exception as exc:
            raise _Stop(self._fatal(session, exc, test.name, test.group, shown, None)) from None
        return self.judge_reply(reply, elapsed, test.name, test.group,
                                shown if shown_if_wrong else None, test.expected,
                                test.encoded_args)

    def judge_reply(self, reply: dict, elapsed: float, name: str, group: str, shown: Shown,
                    expected: Any, encoded: Callable[[], list]) -> TestOutcome:
        """The outcome of one reply: decoded strictly, checked against `expected`.
        `encoded()` gives the test's encoded arguments, for the checks that need them."""
        self.output.take(reply)
        if self._output_exceeded():
            return self._outcome(name, group, Verdict.output_limit, elapsed,
                                 f"more than {self.limits.output_kb} KiB of output", shown)
        if reply.get("ok") is not True:
            error = _error_info(reply.get("error"))
            if error.type == "MemoryError":
                return self._outcome(name, group, Verdict.memory_limit, elapsed,
                                     "MemoryError: the memory limit was reached", shown,
                                     error=error)
            if error.type == "UnsupportedReturnValue":
                return self._outcome(name, group, Verdict.wrong_answer, elapsed,
                                     f"the returned value cannot be judged: {error.message}",
                                     shown, expected=show_value(expected),
                                     views=answer_views(expected, None))
            op = reply.get("op_index")
            where = f" at operation {op}" if isinstance(op, int) else ""
            crash = f"{error.type}{where}: {error.message}"
            earlier = self._wrong_before_crash(reply, expected, encoded)
            if earlier is not None:  # the first wrong value is the finding, not the crash
                partial, divergence = earlier
                shown_expected, shown_got = show_pair(expected[:len(partial)], partial,
                                                      self.problem.meta.checker)
                return self._outcome(name, group, Verdict.wrong_answer, elapsed,
                                     f"{divergence}; then {crash}", shown,
                                     expected=shown_expected, got=shown_got, error=error)
            return self._outcome(name, group, Verdict.runtime_error, elapsed, crash, shown,
                                 error=error)
        try:
            actual = decode(reply.get("value"))
        except DecodeError as exc:
            return self._outcome(name, group, Verdict.wrong_answer, elapsed,
                                 f"the returned value is malformed: {exc}", shown)
        changed = self._changed_arguments(reply, encoded)
        if changed is not None:
            return self._outcome(name, group, Verdict.wrong_answer, elapsed, changed, shown)
        result = run_checker(self.checker, expected, actual, self.problem.meta.checker)
        message = result.message
        if not result.ok and self.problem.meta.kind == Kind.klass:
            message = diverging_operation(fresh_args(encoded())[0], expected, actual,
                                          self.problem.meta.checker) or message
        if result.ok and self.problem.invariant is not None:
            complaint = self.problem.invariant(tuple(fresh_args(encoded())), actual)
            if complaint:
                result, message = result.reject(complaint), complaint
        if result.ok:
            return self._outcome(name, group, Verdict.accepted, elapsed, message, shown)
        shown_expected, shown_got = show_pair(expected, actual, self.problem.meta.checker)
        return self._outcome(name, group, Verdict.wrong_answer, elapsed, message, shown,
                             expected=shown_expected, got=shown_got,
                             views=answer_views(expected, actual, self.problem.meta.checker))

    def _wrong_before_crash(self, reply: dict, expected: Any,
                            encoded: Callable[[], list]) -> tuple[list, str] | None:
        """A class problem's operation that raised, after an earlier one returned a wrong
        value: (the results before the crash, where they first went wrong), else None."""
        partial = reply.get("partial")
        if (self.problem.meta.kind != Kind.klass or partial is None
                or not isinstance(expected, list)):
            return None
        try:
            partial = decode(partial)
        except DecodeError:
            return None
        if not isinstance(partial, list) or not partial or len(partial) > len(expected):
            return None
        divergence = diverging_operation(fresh_args(encoded())[0], expected[:len(partial)],
                                         partial, self.problem.meta.checker)
        return (partial, divergence) if divergence else None

    def _changed_arguments(self, reply: dict, encoded: Callable[[], list]) -> str | None:
        """Where the statement says the input must not change: what changed, else None."""
        if not self.problem.meta.rules.keeps_arguments:
            return None
        sent, entry = encoded(), self.problem.meta.entry
        names, when = entry.parameters(), "after the call"
        if self.problem.meta.kind == Kind.klass:  # the constructor's arguments
            sent = sent[0][0][1] if sent and sent[0] else []
            names, when = entry.constructor_parameters(), "after the operations"
        after = reply.get("args_after")
        if not isinstance(after, list) or len(after) != len(sent):
            return "the input could not be read back after the call to check it was not changed"
        for index, (before, now) in enumerate(zip(sent, after, strict=True)):
            if before != now:
                label = f"`{names[index]}`" if index < len(names) else f"argument {index + 1}"
                return (f"the input was changed: {label} differs {when} (the statement says "
                        "not to modify it; work on a copy)")
        return None

    def _outcome(self, name: str, group: str, verdict: Verdict, seconds: float, message: str,
                 shown: Shown = None, *, expected: str | None = None,
                 got: str | None = None, error: ErrorInfo | None = None,
                 views: dict | None = None) -> TestOutcome:
        if verdict == Verdict.accepted:
            shown = views = None  # a passing test's input is never rendered: inputs can be large
        shown = shown() if callable(shown) else shown
        text, tables = shown if isinstance(shown, tuple) else (shown, None)
        views = {**({"input": tables} if tables else {}), **(views or {})} or None
        return TestOutcome(name=name, group=group, verdict=verdict, seconds=seconds,
                           message=message, input=text, expected=expected, got=got,
                           error=error, views=views)

    def _fatal(self, session: Session, exc: Exception, name: str, group: str,
               shown: Shown, elapsed: float | None) -> TestOutcome:
        """The session is over: decide what killed it, from what we measured outside."""
        seconds = elapsed if elapsed is not None else self.limits.time_seconds
        if isinstance(exc, SandboxTimeout):
            total = self.spent >= self.limits.total_seconds
            limit = (f"the total time limit of {self.limits.total_seconds:g}s" if total
                     else f"the limit of {self.limits.time_seconds:g}s per call")
            return self._outcome(name, group, Verdict.time_limit, seconds,
                                 f"over {limit} ({exc})", shown)
        if isinstance(exc, ProtocolViolation):
            return self._outcome(name, group, Verdict.runtime_error, seconds,
                                 f"the sandbox sent malformed data: {exc}", shown)
        if not isinstance(exc, SandboxClosed):
            raise exc
        report = session.close()
        if report.oom_killed:
            return self._outcome(name, group, Verdict.memory_limit, seconds,
                                 f"killed at the memory limit of {self.limits.memory_mb} MiB",
                                 shown)
        code = report.exit_code
        if code in (-signal.SIGXCPU, 128 + signal.SIGXCPU):  # the CPU-time rlimit
            return self._outcome(name, group, Verdict.time_limit, seconds,
                                 "the CPU time limit was reached", shown)
        if self._output_exceeded():
            return self._outcome(name, group, Verdict.output_limit, seconds,
                                 "the output limit was reached", shown)
        status = "was killed" if code is None or code < 0 or code > 128 else f"exited ({code})"
        return self._outcome(name, group, Verdict.runtime_error, seconds,
                             f"the process {status} before answering", shown)

    def _properties(self, session: Session, examples: tuple[Test, ...],
                    ) -> tuple[TestOutcome | None, str | None]:
        """The problem's Hypothesis examples, in their fixed order; the first one that fails
        is shrunk to a minimal counterexample (the reference computes the smaller ones'
        expected values)."""
        if not examples:
            return None, None
        t0 = time.monotonic()
        for index, test in enumerate(examples):
            outcome = self._run_test(session, test, self._shown(test), shown_if_wrong=False)
            if outcome.verdict != Verdict.accepted:
                run = PropertyRun(self, session, self.problem.strategy(), examples, index,
                                  outcome)
                failure = run.shrink()
                return failure, failure.input
        return self._outcome("properties", "properties", Verdict.accepted,
                             time.monotonic() - t0, f"{len(examples)} Hypothesis examples"), None

    # used by PropertyRun
    def property_case(self, session: Session, args: tuple) -> TestOutcome:
        """A shrinking candidate: its expected value from the reference, then the call."""
        encoded = encode_args(tuple(args))
        test = make_test("property", "properties", -1, encoded, self.reference(encoded))
        return self._run_test(session, test, lambda: shown_input(self.problem, tuple(args)))


def judge_fault(exc: Exception) -> str:
    """What a user is told of a fault of the judge: its kind, never its text (which may hold
    a query, a path or a stack); the details are logged."""
    if isinstance(exc, SandboxBroken):  # the judge's own words about its sandbox
        return str(exc)
    return f"the judge failed while grading ({type(exc).__name__}); the details are in its log"


def is_fatal(exc: BaseException) -> bool:
    """Whether `exc` ends the grade (a shrinking run passes it on instead of shrinking)."""
    return isinstance(exc, _Stop | MachineBusy)


__all__ = ["Grader", "OneCall", "ProgressFn", "is_fatal", "judge_fault"]
