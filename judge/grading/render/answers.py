"""Expected and got, side by side: as text around their first difference, and as tables."""

from typing import Any

import numpy as np

from ..checkers.compare import difference
from ..checkers.render import short
from .text import show_value
from .views import MAX_ROWS, Part, parts

WINDOW_BEFORE = 3
WINDOW_AFTER = 12


def show_pair(expected: Any, actual: Any, policy: Any = None) -> tuple[str, str]:
    """Expected and got, for a wrong answer. Two long lists are shown around the first item
    where they differ (a cut after the first items would make them look the same)."""
    if not (isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple))):
        return show_value(expected), show_value(actual)
    tol = (policy.rtol, policy.atol) if policy is not None and (policy.rtol or policy.atol) \
        else None
    first = next((index for index, (want, got) in enumerate(zip(expected, actual,
                                                                   strict=False))
                  if difference(want, got, tol)), min(len(expected), len(actual)))
    if first < WINDOW_BEFORE + WINDOW_AFTER:  # the plain rendering shows it
        return show_value(expected), show_value(actual)
    start = max(0, first - WINDOW_BEFORE)
    return _window(expected, start, first), _window(actual, start, first)


def _window(items: list | tuple, start: int, first: int) -> str:
    end = min(len(items), first + WINDOW_AFTER)
    parts = [f"... {start} items"] if start else []
    parts += [short(item, 80) for item in items[start:end]]
    if end < len(items):
        parts.append(f"... {len(items) - end} more")
    return (f"[{', '.join(parts)}]  (first difference at index {first}; "
            f"{len(items)} items)")


def answer_views(expected: Any, got: Any, policy: Any = None) -> dict[str, list[Part]]:
    """Expected and got as tables, where they hold any. Arrays too long to show whole are
    shown from a little before their first difference."""
    starts = _first_rows(expected, got, policy)
    views = {"expected": parts(expected, starts), "got": parts(got, starts)}
    return {name: view for name, view in views.items() if view}


def _first_rows(expected: Any, got: Any, policy: Any) -> int | list[int]:
    if isinstance(expected, np.ndarray) and isinstance(got, np.ndarray):
        return _first_row(expected, got, policy)
    if (isinstance(expected, (tuple, list)) and isinstance(got, (tuple, list))
            and len(expected) == len(got)):
        return [_first_row(e, g, policy) if isinstance(e, np.ndarray)
                and isinstance(g, np.ndarray) else 0 for e, g in zip(expected, got, strict=True)]
    return 0


def _first_row(expected: np.ndarray, got: np.ndarray, policy: Any) -> int:
    """Where to start showing two arrays: a few rows before the first that differs, when
    that one is past what a view shows from the top."""
    n = min(len(expected), len(got)) if expected.ndim and got.ndim else 0
    if n <= MAX_ROWS or expected.shape[1:] != got.shape[1:]:
        return 0
    rtol = getattr(policy, "rtol", 0.0) or 0.0
    atol = getattr(policy, "atol", 0.0) or 0.0
    try:
        same = np.isclose(expected[:n].astype(float), got[:n].astype(float), rtol=rtol,
                          atol=atol, equal_nan=True)
    except (TypeError, ValueError):
        return 0
    if same.ndim > 1:
        same = same.reshape(n, -1).all(axis=1)
    differing = np.flatnonzero(~same)
    first = int(differing[0]) if len(differing) else n
    return first - WINDOW_BEFORE if first >= MAX_ROWS else 0

