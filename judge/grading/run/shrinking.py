"""Shrinking a property failure to a minimal counterexample.

Hypothesis runs again on the pinned seed (`properties.run`): it replays the examples already
judged (without calling anything), then shrinks the failure, calling the submission on each
smaller candidate; the last failing call is the minimal counterexample. A call that ends the
session (too slow, out of memory, dead process) stops the search at once: there is nothing
left to call.
"""

from typing import Any

from ..results.verdicts import TestGroup, TestOutcome, Verdict
from ..wire.codec import encode_args
from .attempt import Attempt, is_fatal
from .properties import run
from .suite import Test, to_json


class _SessionOver(BaseException):
    """Carries the grader's stop past Hypothesis, which must not shrink a dead session."""

    def __init__(self, stop: Exception) -> None:
        super().__init__()
        self.stop = stop


class PropertyRun:
    """Shrinks a property failure: `failed` is the outcome of `known[failed_at]`, the first
    of the problem's examples the submission got wrong (all before it passed)."""

    def __init__(self, attempt: Attempt, strategy, known: tuple[Test, ...], failed_at: int,
                 failed: TestOutcome) -> None:
        self.attempt = attempt
        self.strategy = strategy
        self.known = known
        self.failed_at = failed_at
        self.calls = 0
        self.failures: list[TestOutcome] = [failed]

    def _replayed(self, index: int, args: tuple) -> bool:
        """Is this call the replay of an example already judged? Checked on the encoded
        arguments, so a replay that drew something else is graded for real."""
        return (index <= self.failed_at
                and to_json(encode_args(args)) == self.known[index].args_json)

    def shrink(self) -> TestOutcome:
        def body(args: Any) -> None:
            index = self.calls
            self.calls += 1
            if self._replayed(index, args):
                if index < self.failed_at:
                    return
                outcome = self.failures[0]
            else:
                try:
                    outcome = self.attempt.property_case(args)
                except Exception as exc:
                    if is_fatal(exc):
                        raise _SessionOver(exc) from None
                    raise
                if outcome.verdict != Verdict.accepted:
                    self.failures.append(outcome)
            if outcome.verdict != Verdict.accepted:
                # one place raises every failure: Hypothesis tells failures apart by where
                # they were raised, and shrinks only toward the one it found first
                raise AssertionError(outcome.message)

        try:
            run(self.strategy, self.attempt.problem.meta.tests.property_examples, True, body)
        except _SessionOver as over:
            raise over.stop from None
        except Exception:
            pass  # the failure Hypothesis re-raises at the end: the outcomes say it all
        last = self.failures[-1]
        return TestOutcome(name="property (shrunk)", group=TestGroup.properties,
                           verdict=last.verdict, seconds=last.seconds,
                           message=last.message, input=last.input, expected=last.expected,
                           got=last.got, error=last.error, views=last.views)
