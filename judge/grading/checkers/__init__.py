"""Checker policies: one module per policy, each with `check(expected, actual, *, policy)`.

A custom checker is a problem's own `checker.py` with the same `check` function.
"""

from collections.abc import Callable
from typing import Any

from . import dataframe, exact, floats, sqlresult, unordered
from .outcome import Outcome

Checker = Callable[..., Outcome]

BUILTIN: dict[str, Checker] = {
    "exact": exact.check,
    "float": floats.check,
    "unordered": unordered.check,
    "dataframe": dataframe.check,
    "sql": sqlresult.check,
}


def checker_for(problem: Any) -> Checker:
    """The problem's checker: its own `checker.py` for the custom policy, else a built-in."""
    policy = problem.meta.checker.policy
    return problem.custom_checker if policy == "custom" else BUILTIN[policy]


def run_checker(checker: Checker, expected: Any, actual: Any, policy: Any) -> Outcome:
    """Runs a checker with the problem's `CheckerSpec` (its tolerances and order rules); a
    checker that raises is a fault of the judge, reported as such."""
    result = checker(expected, actual, policy=policy)
    if not isinstance(result, Outcome):
        raise TypeError(f"a checker returned {type(result).__name__}, not Outcome")
    return result


__all__ = ["BUILTIN", "Checker", "Outcome", "checker_for", "run_checker"]
