"""Row keys for comparing tables without regard to order, with float tolerance in mind."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    import pandas as pd


def cell_key(value: Any) -> tuple:
    """Orders cells of any type; None sorts first and is distinct from '' and 0."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return (0, "")
    if isinstance(value, bool):
        return (1, int(value))
    if isinstance(value, (int, float)):
        return (2, float(f"{float(value):.9g}") if math.isfinite(value) else float(value))
    return (3, str(value))


def row_key(row: tuple) -> tuple:
    return tuple(cell_key(v) for v in row)


def _rounded(values: list) -> list[float]:
    """cell_key's value for finite numbers, a column at a time."""
    return [float(f"{float(v):.9g}") for v in values]


def column_keys(column: pd.Series) -> tuple[np.ndarray, np.ndarray] | None:
    """The column's cell keys as two arrays, (ranks, values), in the order cell_key gives
    them; None where the values are not of one comparable type (mixed objects)."""
    array = column.to_numpy() if isinstance(column.dtype, np.dtype) else None
    kind = array.dtype.kind if array is not None else ""
    if kind == "f":
        missing = np.isnan(array)
        finite = np.isfinite(array)
        values = array.astype(float).copy()
        values[finite] = _rounded(array[finite].tolist())
        values[missing] = 0.0
        return np.where(missing, 0, 2), values
    if kind in ("i", "u"):
        small = len(array) == 0 or (array.min() > -10**9 and array.max() < 10**9)
        values = (array.astype(float) if small
                  else np.array(_rounded(array.tolist()), dtype=float))
        return np.full(len(array), 2), values
    if kind == "b":
        return np.full(len(array), 1), array.astype(float)
    if kind == "M":
        # cells are Timestamps, keyed by their text: in time order, with NaT ('NaT') after
        # every date, which begins with a digit
        ticks = array.view("int64").copy()
        ticks[np.isnat(array)] = np.iinfo(np.int64).max
        return np.full(len(array), 3), ticks
    keys = [cell_key(v) for v in column]  # the cells as row iteration yields them
    ranks = np.array([k[0] for k in keys], dtype=int)
    values = [k[1] for k in keys]
    kinds = {type(v) for v, rank in zip(values, ranks, strict=True) if rank}
    if kinds <= {str}:
        return ranks, np.array([v if rank else "" for v, rank in zip(values, ranks,
                                                                       strict=True)],
                               dtype=object)
    if kinds <= {int, float}:
        return ranks, np.array([v if rank else 0.0 for v, rank in zip(values, ranks,
                                                                        strict=True)],
                               dtype=float)
    return None


def sort_order(frame: pd.DataFrame) -> list[int]:
    """Row positions sorted by row_key (stable: equal rows keep their order), computed a
    column at a time rather than a cell at a time where the columns allow."""
    columns = [column_keys(frame.iloc[:, i]) for i in range(frame.shape[1])]
    if frame.shape[1] and all(c is not None for c in columns):
        keys = [key for ranks, values in reversed(columns) for key in (values, ranks)]
        return np.lexsort(keys).tolist()
    keys = [row_key(tuple(row)) for row in frame.itertuples(index=False, name=None)]
    return sorted(range(len(keys)), key=keys.__getitem__)


def cells_agree(e: Any, a: Any, rtol: float, atol: float) -> bool:
    e_null = e is None or (isinstance(e, float) and math.isnan(e))
    a_null = a is None or (isinstance(a, float) and math.isnan(a))
    if e_null or a_null:
        return e_null and a_null
    e_num = isinstance(e, (int, float)) and not isinstance(e, bool)
    a_num = isinstance(a, (int, float)) and not isinstance(a, bool)
    if e_num and a_num:
        if math.isinf(e) or math.isinf(a):
            return e == a
        return abs(a - e) <= atol + rtol * abs(e)
    return type(e) is type(a) and e == a


def _unmatched(rows: list[tuple], others: list[tuple]) -> list[tuple]:
    """Rows with no partner left in `others` (a multiset: each partner pairs once)."""
    pool = Counter(row_key(row) for row in others)
    out = []
    for row in rows:
        key = row_key(row)
        if pool[key]:
            pool[key] -= 1
        else:
            out.append(row)
    return out


def multiset_difference(expected: list[tuple], actual: list[tuple]) -> tuple[list, list]:
    """Rows of `expected` missing from `actual`, and rows of `actual` not in `expected`."""
    return _unmatched(expected, actual), _unmatched(actual, expected)


def describe_rows(missing: list, extra: list, limit: int = 3) -> str:
    parts = []
    if missing:
        shown = ", ".join(repr(tuple(r)) for r in missing[:limit])
        parts.append(f"{len(missing)} expected row(s) missing, e.g. {shown}")
    if extra:
        shown = ", ".join(repr(tuple(r)) for r in extra[:limit])
        parts.append(f"{len(extra)} unexpected row(s), e.g. {shown}")
    return "; ".join(parts)
