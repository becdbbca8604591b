"""Hypothesis properties, drawn and checked in the grader, called over the channel.

Settings are fixed so a rerun gives the same report: one pinned seed, no example database, no
deadline (the sandbox enforces time). So the examples are known before any submission comes:
`record_examples` draws them once, for the problem's suite, and a grade calls the submission
on them in order. Only when one fails does Hypothesis run again, on the same seed: it replays
the examples already judged (without calling anything), then shrinks the failure, calling the
submission on each smaller candidate; the last failing call is the minimal counterexample. A
call that ends the session (too slow, out of memory, dead process) stops the search at once:
there is nothing left to call.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ..results.verdicts import TestOutcome, Verdict

if TYPE_CHECKING:
    from sandbox.base import Session

    from .grader import Grader
    from .suite import Test

PROPERTY_SEED = int(
    "35007416064910041257629877473727881226455066866102477453353164070960781384310008315948"
    "247421725297943174095894541846")
"""The seed every property run has used since the first release: the derandomized seed
Hypothesis derived from the original property function's source. Pinned, so that changing
this module never changes which examples a problem's tests draw."""


class _SessionOver(BaseException):
    """Carries the grader's stop past Hypothesis, which must not shrink a dead session."""

    def __init__(self, stop: Exception) -> None:
        super().__init__()
        self.stop = stop


class _Found(BaseException):
    """Carries the example sought by `example_at` out of Hypothesis."""

    def __init__(self, args: tuple) -> None:
        super().__init__()
        self.args_found = args


def _run(strategy, max_examples: int, shrink: bool, body: Callable[[tuple], None]) -> None:
    """Runs `body` on each example Hypothesis draws from `strategy`, in its fixed order."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings

    phases = (Phase.generate, Phase.shrink) if shrink else (Phase.generate,)

    @seed(PROPERTY_SEED)
    @settings(max_examples=max_examples, derandomize=True, database=None,
              deadline=None, suppress_health_check=list(HealthCheck),
              report_multiple_bugs=False, verbosity=Verbosity.quiet,
              phases=phases, print_blob=False)
    @given(strategy)
    def property_holds(args: tuple) -> None:
        body(args)

    property_holds()


def record_examples(strategy, max_examples: int) -> list[tuple]:
    """The arguments of every example a passing run draws, in order (for the suite)."""
    drawn: list[tuple] = []
    _run(strategy, max_examples, False, lambda args: drawn.append(tuple(args)))
    return drawn


def example_at(strategy, max_examples: int, index: int) -> tuple:
    """The arguments of example `index`, drawn again (to show a failure's input)."""
    seen = [0]

    def body(args: tuple) -> None:
        if seen[0] == index:
            raise _Found(tuple(args))
        seen[0] += 1

    try:
        _run(strategy, max_examples, False, body)
    except _Found as found:
        return found.args_found
    raise IndexError(f"no property example {index}")


class PropertyRun:
    """Shrinks a property failure: `failed` is the outcome of `known[failed_at]`, the first
    of the problem's examples the submission got wrong (all before it passed)."""

    def __init__(self, grader: "Grader", session: "Session", strategy,
                 known: "tuple[Test, ...]", failed_at: int, failed: TestOutcome) -> None:
        self.grader = grader
        self.session = session
        self.strategy = strategy
        self.known = known
        self.failed_at = failed_at
        self.calls = 0
        self.failures: list[TestOutcome] = [failed]

    def _replayed(self, index: int, args: tuple) -> bool:
        """Is this call the replay of an example already judged? Checked on the encoded
        arguments, so a replay that drew something else is graded for real."""
        from ..wire.codec import encode_args
        from .suite import to_json

        return (index <= self.failed_at
                and to_json(encode_args(args)) == self.known[index].args_json)

    def shrink(self) -> TestOutcome:
        from .grader import is_fatal

        def body(args: Any) -> None:
            index = self.calls
            self.calls += 1
            if self._replayed(index, args):
                if index < self.failed_at:
                    return
                outcome = self.failures[0]
            else:
                try:
                    outcome = self.grader.property_case(self.session, args)
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
            _run(self.strategy, self.grader.problem.meta.tests.property_examples, True, body)
        except _SessionOver as over:
            raise over.stop from None
        except Exception:
            pass  # the failure Hypothesis re-raises at the end: the outcomes say it all
        last = self.failures[-1]
        return TestOutcome(name="property (shrunk)", group="properties",
                           verdict=last.verdict, seconds=last.seconds,
                           message=last.message, input=last.input, expected=last.expected,
                           got=last.got, error=last.error, views=last.views)
