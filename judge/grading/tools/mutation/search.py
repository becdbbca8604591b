"""A differential search for a surviving mutant: the reference against the mutant on many
fresh valid inputs, drawn the way the problem's own tests draw theirs (its Hypothesis
strategy `arguments()` and its `generate(rng)`) but from other seeds. The first input on
which the judge rejects the mutant is a counterexample: written as a `Case`, it becomes one
of the problem's hidden tests.

The inputs are graded like any submission's (the problem's checker, invariant and limits, in
the sandbox), in batches, so a mutant that loops or crashes costs one batch's limits.
"""

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sandbox.base import Backend

from ...present.display import failure_input
from ...problems.loader import Problem
from ...results.verdicts import Verdict
from ...run.grader import Grader
from ...run.reference import Reference
from ...run.suite import Suite, make_test, to_json
from ...wire.codec import encode_args
from .literal import case_source
from .mutant import Mutant

SEARCH_SEED = 20261206
"""Seeds the search's draws: never the seeds the problem's own tests use."""
BATCH = 100


@dataclass(frozen=True)
class Counterexample:
    mutant: str
    args: tuple
    verdict: str
    message: str

    def case(self) -> str:
        """The counterexample as a line of `cases.py` (a hidden `Case`)."""
        return case_source(self.args, f"found by a differential search: mutant {self.mutant}")


def drawn_inputs(problem: Problem, count: int) -> Iterator[tuple]:
    """`count` fresh inputs: half from the Hypothesis strategy (when there is one), the rest
    from `generate(rng)` (when there is one), alternating."""
    sources = []
    strategy = problem.strategy()
    if strategy is not None:
        sources.append(_hypothesis_draws(strategy, count))
    generate = getattr(problem.cases_module, "generate", None)
    if generate is not None:
        rng = random.Random(SEARCH_SEED)
        sources.append(iter(lambda: tuple(generate(rng)), None))
    if not sources:
        return
    for index in range(count):
        try:
            yield next(sources[index % len(sources)])
        except StopIteration:
            sources.pop(index % len(sources))
            if not sources:
                return


def _hypothesis_draws(strategy, count: int) -> Iterator[tuple]:
    """`count` examples of `strategy`, drawn by Hypothesis as for a property test (edge values
    first, then wider) but from the search's own seed."""
    from hypothesis import HealthCheck, Phase, Verbosity, given, seed, settings

    drawn: list[tuple] = []

    @seed(SEARCH_SEED)
    @settings(max_examples=count, database=None, deadline=None, phases=(Phase.generate,),
              suppress_health_check=list(HealthCheck), verbosity=Verbosity.quiet)
    @given(strategy)
    def draw(args: tuple) -> None:
        drawn.append(tuple(args))

    draw()
    return iter(drawn)


class _SearchGrader(Grader):
    """Shows a failing search input from the drawn arguments (not from the problem's
    cases)."""

    def __init__(self, problem: Problem, backend: Backend, suite: Suite,
                 inputs: list[tuple]) -> None:
        super().__init__(problem, backend, suite=suite)
        self.inputs = inputs

    def _shown(self, test):
        return lambda: failure_input(self.problem, self.inputs[test.index])


def search(problem: Problem, backend: Backend, mutant: Mutant,
           inputs: list[tuple], expected: list[Any]) -> Counterexample | None:
    """Grades `mutant` on `inputs` (with the reference's `expected` values), a batch at a
    time; the first input it gets wrong, or None."""
    for start in range(0, len(inputs), BATCH):
        batch = range(start, min(start + BATCH, len(inputs)))
        tests = tuple(make_test(f"search {index + 1}", "hidden", index,
                                encode_args(inputs[index]), expected[index])
                      for index in batch)
        graded = _SearchGrader(problem, backend, Suite("search", tests), inputs).grade(
            mutant.code, growth="never")
        failure = graded.first_failure
        if graded.verdict in (Verdict.accepted, Verdict.internal_error) or failure is None:
            continue
        if failure.name.startswith("search "):
            index = int(failure.name.split()[1]) - 1
            return Counterexample(mutant.id, inputs[index], graded.verdict.value,
                                  graded.message)
    return None


def reference_values(problem: Problem, inputs: list[tuple]) -> tuple[list[tuple], list[Any]]:
    """The inputs the reference accepts, smallest first (so the counterexample a search finds
    is one a reader can follow), and its value on each. An input it raises on is outside what
    the statement allows: the strategy and the generator are trusted, but not blindly."""
    reference = Reference(problem)
    encoded = [encode_args(args) for args in inputs]
    by_size = sorted(range(len(inputs)), key=lambda index: (len(to_json(encoded[index])), index))
    kept, values = [], []
    for index in by_size:
        try:
            values.append(reference(encoded[index]))
        except Exception:
            continue
        kept.append(inputs[index])
    return kept, values
