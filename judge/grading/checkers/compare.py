"""Structural comparison shared by the exact, float and unordered checkers.

`difference` returns None when two decoded values agree, else a message naming where they part:
`[3]: expected 5, got 4`. Booleans are never numbers, a list and a tuple are both sequences,
NaN equals NaN, and with a tolerance numbers agree when |a - e| <= atol + rtol * |e|.
"""

import math
from typing import Any

import numpy as np

from ..wire.lazy_pandas import is_frame
from ..wire.structures import LinkedList, SqlResult, Tree
from .render import short

Tolerance = tuple[float, float] | None  # (rtol, atol)
_EXACT_LEAVES = frozenset({int, str, bool, type(None)})


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def numbers_agree(e: float, a: float, tol: Tolerance) -> bool:
    if isinstance(e, float) and math.isnan(e) or isinstance(a, float) and math.isnan(a):
        return isinstance(e, float) and isinstance(a, float) and math.isnan(e) and math.isnan(a)
    if tol is None:
        return e == a and (type(e) is type(a) or isinstance(e, float) == isinstance(a, float))
    if math.isinf(e) or math.isinf(a):
        return e == a
    rtol, atol = tol
    return abs(a - e) <= atol + rtol * abs(e)


def _plainly_equal(e: Any, a: Any) -> bool:
    """Equal leaves (or flat lists of them) of exactly the same types: no walk needed."""
    if e.__class__ in _EXACT_LEAVES:
        return e == a
    if e.__class__ in (list, tuple) and len(e) == len(a):
        kinds = list(map(type, e))
        if not set(kinds) <= _EXACT_LEAVES or kinds != list(map(type, a)):
            return False  # check the types first: == on arrays inside would not be a bool
        return e == a
    return False


def _where(path: str) -> str:
    return f"{path}: " if path else ""


def difference(expected: Any, actual: Any, tol: Tolerance, path: str = "") -> str | None:
    if _is_number(expected) and _is_number(actual):
        if tol is None and isinstance(expected, int) != isinstance(actual, int):
            return (f"{_where(path)}expected {type(expected).__name__} {short(expected)}, "
                    f"got {type(actual).__name__} {short(actual)}")
        if numbers_agree(expected, actual, tol):
            return None
        extra = ""
        if tol is not None and not (math.isnan(expected) or math.isnan(actual)):
            extra = f" (off by {abs(actual - expected):.3g})"
        return f"{_where(path)}expected {short(expected)}, got {short(actual)}{extra}"
    if isinstance(expected, np.ndarray):
        return _arrays(expected, actual, tol, path)
    if isinstance(actual, np.ndarray) and isinstance(expected, (list, tuple)):
        try:  # a numeric list answered with an array: compare as arrays
            as_array = np.asarray(expected, dtype=float)
        except (ValueError, TypeError):
            as_array = None
        if as_array is not None and as_array.dtype.kind == "f":
            return _arrays(as_array, actual, tol, path)
    if isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple)):
        for i, (e, a) in enumerate(zip(expected, actual, strict=False)):
            if e.__class__ is a.__class__ and _plainly_equal(e, a):
                continue  # the common case, without building a path for it
            found = difference(e, a, tol, f"{path}[{i}]")
            if found:
                return found
        if len(expected) != len(actual):
            return (f"{_where(path)}expected {len(expected)} items, got {len(actual)}")
        return None
    if isinstance(expected, dict) and isinstance(actual, dict):
        missing = [k for k in expected if k not in actual]
        extra = [k for k in actual if k not in expected]
        if missing or extra:
            return (f"{_where(path)}keys differ: missing {short(missing)}, "
                    f"unexpected {short(extra)}")
        for key in expected:
            found = difference(expected[key], actual[key], tol, f"{path}[{key!r}]")
            if found:
                return found
        return None
    if isinstance(expected, (set, frozenset)) and isinstance(actual, (set, frozenset)):
        if expected == actual:
            return None
        return (f"{_where(path)}missing {short(sorted(expected - actual, key=repr))}, "
                f"unexpected {short(sorted(actual - expected, key=repr))}")
    if isinstance(expected, (Tree, LinkedList)) and type(actual) is type(expected):
        found = difference(list(expected.values), list(actual.values), tol, path)
        return f"{found} (as {type(expected).__name__.lower()} values)" if found else None
    if is_frame(expected) or isinstance(expected, SqlResult):
        return f"{_where(path)}use the dataframe or sql checker for this value"
    if type(expected) is not type(actual) and (
            not (expected is None or actual is None)
            or isinstance(actual, np.ndarray) or is_frame(actual)):  # no `==` on those
        return (f"{_where(path)}expected a {type(expected).__name__}, "
                f"got a {type(actual).__name__}")
    if expected == actual:
        return None
    return f"{_where(path)}expected {short(expected)}, got {short(actual)}"


def _arrays(expected: np.ndarray, actual: Any, tol: Tolerance, path: str) -> str | None:
    if isinstance(actual, (list, tuple)):
        try:
            actual = np.asarray(actual, dtype=float)
        except (ValueError, TypeError):
            return f"{_where(path)}expected an array, got a ragged list"
    if not isinstance(actual, np.ndarray):
        return f"{_where(path)}expected an array, got a {type(actual).__name__}"
    if expected.shape != actual.shape:
        return f"{_where(path)}expected shape {expected.shape}, got shape {actual.shape}"
    e = expected.astype(float) if expected.dtype.kind in "biu" else expected
    a = actual.astype(float) if actual.dtype.kind in "biu" else actual
    rtol, atol = tol if tol is not None else (0.0, 0.0)
    close = np.isclose(a, e, rtol=rtol, atol=atol, equal_nan=True)
    if close.all():
        return None
    bad = np.argwhere(~close)
    first = tuple(int(i) for i in bad[0])
    with np.errstate(invalid="ignore", over="ignore"):
        err = np.abs(a - e)
    err = np.where(close, 0.0, np.where(np.isnan(err), np.inf, err))
    worst = tuple(int(i) for i in np.unravel_index(int(np.argmax(err)), err.shape))
    scale = abs(float(e[worst]))
    relative = f" (relative {float(err[worst]) / scale:.3g})" if scale and np.isfinite(
        err[worst]) else ""
    return (f"{_where(path)}{len(bad)} of {e.size} elements differ; first at {list(first)}: "
            f"expected {short(expected[first].item())}, got {short(actual[first].item())}; "
            f"largest error {float(err[worst]):.3g}{relative} at {list(worst)}")
