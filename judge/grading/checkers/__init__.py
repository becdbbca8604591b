"""Checker policies: one module per policy, each with `check(expected, actual, *, policy)`.

A custom checker is a problem's own `checker.py` with the same `check` function.
"""

from collections.abc import Callable, Iterator, Mapping
from importlib import import_module
from typing import Any

from .outcome import Outcome

Checker = Callable[..., Outcome]


class _Builtin(Mapping):
    """The built-in policies, each imported when first asked for: the dataframe checker
    imports pandas, which a problem of another policy does not pay for."""

    MODULES = {"exact": "exact", "float": "floats", "unordered": "unordered",
               "dataframe": "dataframe", "sql": "sqlresult"}

    def __getitem__(self, policy: str) -> Checker:
        return import_module(f"{__name__}.{self.MODULES[policy]}").check

    def __iter__(self) -> Iterator[str]:
        return iter(self.MODULES)

    def __len__(self) -> int:
        return len(self.MODULES)


BUILTIN: Mapping[str, Checker] = _Builtin()


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
