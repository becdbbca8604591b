"""The trusted grader: runs a submission in a sandbox and decides its verdict.

Order: load, samples, hidden cases, generated cases, then Hypothesis properties. Grading stops
at the first test that fails; its outcome (input, expected, got, error) is the first failing
case. Everything the sandbox sends is decoded strictly and checked here; expected values and
references never leave this process.

The tests come from the problem's suite (`suite.py`): inputs encoded and expected values
computed once per problem version, so a grade runs the submission and checks its answers,
nothing more. This module is the grade loop; one grade's state is its `Attempt`
(`attempt.py`), and a reply is judged by `judging.judge_reply`. A failing test's input is
rendered for the user; a passing one's never.
"""

import logging
import time
from collections.abc import Callable
from functools import cached_property
from typing import Any, Literal

from sandbox.base import Backend
from sandbox.errors import SandboxUnavailable

from ..checkers import checker_for
from ..present.display import failure_input
from ..problems.loader import Problem
from ..problems.rules import forbidden_import
from ..results.verdicts import SubmissionResult, TestGroup, TestOutcome, Verdict
from .attempt import LOAD_SECONDS, Attempt, ProgressFn, Stop, judge_fault, modules_for
from .judging import outcome
from .properties import example_at
from .reference import Reference
from .shrinking import PropertyRun
from .suite import Suite, Test, build

log = logging.getLogger(__name__)


class Grader:
    """Grades submissions to one problem. It keeps only what every grade shares (the suite,
    the reference, the checker): one grader can grade in several threads at once."""

    def __init__(self, problem: Problem, backend: Backend,
                 on_test: ProgressFn | None = None, *, suite: Suite | None = None,
                 load_seconds: float = LOAD_SECONDS, dialect: str | None = None) -> None:
        """`suite` is the problem's tests (from a `SuiteCache`); without one, they are
        computed on the first grade and kept for this grader's next. `load_seconds`: the
        limit on starting and loading (tests of what happens past it need not wait 20 s).
        `dialect`: the SQL engine the submissions are written for (None: the default); the
        expected values are the same on every engine (`judge verify` checks it)."""
        self.problem = problem
        self.kind = problem.kind_for(dialect)
        self.dialect = dialect
        self.backend = backend
        self.on_test = on_test
        self.checker = checker_for(problem)
        self.limits = problem.meta.limits
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

    def grade(self, code: str, *, samples_only: bool = False,
              growth: Literal["never", "on-tle", "always"] = "on-tle") -> SubmissionResult:
        """Grades `code`. Where the problem can scale its inputs, a growth estimate follows a
        Time Limit Exceeded verdict ("on-tle"), or an Accepted one too ("always")."""
        started = time.monotonic()
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
            refused = TestOutcome("load", TestGroup.load, Verdict.compilation_error, 0.0,
                                  message=violation.message())
            if self.on_test is not None:
                self.on_test(refused)
            return SubmissionResult(verdict=Verdict.compilation_error, message=refused.message,
                                    tests=(refused,), backend=self.backend.name,
                                    total_seconds=time.monotonic() - started,
                                    planned=self._planned(suite, samples_only))
        session = self.backend.open(self.limits.sandbox_limits(),
                                    modules_for(self.problem, self.kind))
        attempt = Attempt(self.problem, session, checker=self.checker,
                          load_seconds=self.load_seconds, on_test=self.on_test,
                          reference=lambda encoded: self.reference(encoded), kind=self.kind)
        counterexample = None
        verdict, message, error = Verdict.accepted, "", None
        stages: dict[str, float] = {}
        try:
            try:
                attempt.hello()
                stages["sandbox_ready"] = time.monotonic() - started
                attempt.load(code)
                for test in suite.tests:
                    if test.group == TestGroup.properties or (
                            samples_only and test.group != TestGroup.sample):
                        continue
                    result = attempt.run_test(test, self._shown(test))
                    attempt.record(result)
                    if result.verdict != Verdict.accepted:
                        raise Stop(result)
                if not samples_only:
                    result, counterexample = self._properties(attempt, suite.properties)
                    if result is not None:
                        attempt.record(result)
                        if result.verdict != Verdict.accepted:
                            raise Stop(result)
            except Stop as stop:
                verdict, message, error = (stop.outcome.verdict, stop.outcome.message,
                                           stop.outcome.error)
                if not attempt.tests or attempt.tests[-1] is not stop.outcome:
                    attempt.record(stop.outcome)
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
            message = f"passed {len(attempt.tests)} tests"
        report_growth, growth_note = None, ""
        if not samples_only and ((growth != "never" and verdict == Verdict.time_limit)
                                 or (growth == "always" and verdict == Verdict.accepted)):
            report_growth, growth_note = self._growth(code, attempt.tests)
        return SubmissionResult(
            verdict=verdict, message=message, tests=tuple(attempt.tests),
            backend=self.backend.name, total_seconds=time.monotonic() - started,
            peak_memory_bytes=report.peak_memory_bytes,
            stdout=attempt.output.stdout, stderr=attempt.output.stderr,
            counterexample=counterexample, error=error,
            growth=report_growth, growth_note=growth_note, stages=stages,
            planned=self._planned(suite, samples_only))

    @staticmethod
    def _planned(suite: Suite, samples_only: bool) -> dict[str, int]:
        planned: dict[str, int] = {}
        for test in suite.tests:
            if test.group != TestGroup.properties and (
                    not samples_only or test.group == TestGroup.sample):
                planned[test.group] = planned.get(test.group, 0) + 1
        if suite.properties and not samples_only:
            planned[TestGroup.properties] = 1
        return planned

    def _growth(self, code: str, tests: list[TestOutcome]) -> tuple[Any, str]:
        """The growth estimate, or why there is none."""
        from .growth import growth_report  # the curve fitting: only after a TLE

        if self.problem.scale is None:
            return None, ("no growth estimate: this problem has no inputs of growing size to "
                          "time it on")
        if tests and tests[-1].name == "load":  # timing it would wait out the load limit
            return None, ("no growth estimate: the code never finished loading (the time "
                          "went before any call)")  # again, for nothing
        try:
            return growth_report(self.problem, self.backend, code, self.dialect), ""
        except Exception as exc:  # feedback only: a failed estimate must not cost the verdict
            return None, f"no growth estimate: measuring it failed ({type(exc).__name__})"

    def _shown(self, test: Test) -> Callable[[], tuple]:
        """Renders a test's input from its source arguments, for a failure only."""
        def shown() -> tuple:
            if test.group == TestGroup.sample:
                args = self.problem.samples[test.index].args
            elif test.group == TestGroup.hidden:
                args = self.problem.hidden[test.index].args
            elif test.group == TestGroup.generated:
                args = self._generated_args[test.index]
            else:
                args = example_at(self.problem.strategy(),
                                  self.problem.meta.tests.property_examples, test.index)
            return failure_input(self.problem, args)

        return shown

    def _properties(self, attempt: Attempt, examples: tuple[Test, ...],
                    ) -> tuple[TestOutcome | None, str | None]:
        """The problem's Hypothesis examples, in their fixed order; the first one that fails
        is shrunk to a minimal counterexample (the reference computes the smaller ones'
        expected values)."""
        if not examples:
            return None, None
        t0 = time.monotonic()
        for index, test in enumerate(examples):
            result = attempt.run_test(test, self._shown(test), shown_if_wrong=False)
            if result.verdict != Verdict.accepted:
                run = PropertyRun(attempt, self.problem.strategy(), examples, index, result)
                failure = run.shrink()
                return failure, failure.input
        return outcome("properties", TestGroup.properties, Verdict.accepted,
                       time.monotonic() - t0, f"{len(examples)} Hypothesis examples"), None


__all__ = ["Grader"]
