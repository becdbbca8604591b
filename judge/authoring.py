"""What a problem's `cases.py` imports: the Case type and helpers for building inputs.

    from judge.authoring import Case, Table, tree, linked, st

    SAMPLES = [Case(([1, 3, 5], 3), expected=1)]     # shown to users; expected written by hand
    HIDDEN = [Case(([], 7), note="empty list"), ...]  # expected computed by the reference
    def generate(rng): return ([rng.randint(0, 9) for _ in range(50)], 4)   # one case's args
    def arguments(): return st.tuples(st.lists(st.integers()), st.integers())  # Hypothesis
    def invariant(args, result): return None or "a message saying what is wrong"
"""

from dataclasses import dataclass
from typing import Any

from hypothesis import strategies as st

from .structures import SqlResult, Table, linked, tree

MISSING: Any = object()


@dataclass(frozen=True)
class Case:
    args: tuple
    """The positional arguments of one call (for a class problem: one list of operations)."""
    expected: Any = MISSING
    """Written by hand for samples (`judge verify` checks it against the reference); left
    out elsewhere, where the reference computes it."""
    note: str = ""


def ops(*calls: tuple) -> tuple:
    """Arguments of a class-problem case: ops(("LRUCache", 2), ("put", 1, 1), ("get", 1))."""
    # lists, not tuples: a tuple is tagged on the wire, which doubles large cases
    return ([[name, list(args)] for name, *args in calls],)


__all__ = ["Case", "MISSING", "SqlResult", "Table", "linked", "ops", "st", "tree"]
