"""Hypothesis properties, drawn in the grader, called over the channel.

Settings are fixed so a rerun gives the same report: one pinned seed, no example database, no
deadline (the sandbox enforces time). So the examples are known before any submission comes:
`record_examples` draws them once, for the problem's suite, and a grade calls the submission
on them in order. Only when one fails does Hypothesis run again, on the same seed
(`shrinking.py`).
"""

from collections.abc import Callable

PROPERTY_SEED = int(
    "35007416064910041257629877473727881226455066866102477453353164070960781384310008315948"
    "247421725297943174095894541846")
"""The seed every property run has used since the first release: the derandomized seed
Hypothesis derived from the original property function's source. Pinned, so that changing
this module never changes which examples a problem's tests draw."""


class _Found(BaseException):
    """Carries the example sought by `example_at` out of Hypothesis."""

    def __init__(self, args: tuple) -> None:
        super().__init__()
        self.args_found = args


def run(strategy, max_examples: int, shrink: bool, body: Callable[[tuple], None]) -> None:
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
    run(strategy, max_examples, False, lambda args: drawn.append(tuple(args)))
    return drawn


def example_at(strategy, max_examples: int, index: int) -> tuple:
    """The arguments of example `index`, drawn again (to show a failure's input)."""
    seen = [0]

    def body(args: tuple) -> None:
        if seen[0] == index:
            raise _Found(tuple(args))
        seen[0] += 1

    try:
        run(strategy, max_examples, False, body)
    except _Found as found:
        return found.args_found
    raise IndexError(f"no property example {index}")
