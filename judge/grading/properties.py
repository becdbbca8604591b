"""Hypothesis properties, drawn and checked in the grader, called over the channel.

Settings are fixed so a rerun gives the same report: derandomized, no example database, no
deadline (the sandbox enforces time). A failure is shrunk by Hypothesis; the last failing call
is its minimal counterexample. A call that ends the session (too slow, out of memory, dead
process) stops the search at once: there is nothing left to call.
"""

from typing import TYPE_CHECKING

from hypothesis import HealthCheck, Phase, Verbosity, given, settings

from .verdicts import TestOutcome, Verdict

if TYPE_CHECKING:
    from sandbox.base import Session

    from .grader import Grader


class _SessionOver(BaseException):
    """Carries the grader's stop past Hypothesis, which must not shrink a dead session."""

    def __init__(self, stop: Exception) -> None:
        super().__init__()
        self.stop = stop


class PropertyRun:
    def __init__(self, grader: "Grader", session: "Session", strategy) -> None:
        self.grader = grader
        self.session = session
        self.strategy = strategy
        self.examples = 0
        self.failures: list[TestOutcome] = []

    def execute(self) -> TestOutcome | None:
        from .grader import is_fatal

        meta = self.grader.problem.meta

        @settings(max_examples=meta.tests.property_examples, derandomize=True, database=None,
                  deadline=None, suppress_health_check=list(HealthCheck),
                  report_multiple_bugs=False, verbosity=Verbosity.quiet,
                  phases=(Phase.generate, Phase.shrink), print_blob=False)
        @given(self.strategy)
        def property_holds(args: tuple) -> None:
            self.examples += 1
            try:
                outcome = self.grader.property_case(self.session, args)
            except Exception as exc:
                if is_fatal(exc):
                    raise _SessionOver(exc) from None
                raise
            if outcome.verdict != Verdict.accepted:
                self.failures.append(outcome)
                raise AssertionError(outcome.message)

        try:
            property_holds()
        except _SessionOver as over:
            raise over.stop from None
        except Exception:
            if not self.failures:
                raise
            last = self.failures[-1]
            return TestOutcome(name="property (shrunk)", group="properties",
                               verdict=last.verdict, seconds=last.seconds,
                               message=last.message, input=last.input, expected=last.expected,
                               got=last.got, error=last.error)
        return None
