"""Row keys for comparing tables without regard to order, with float tolerance in mind."""

import math
from collections import Counter
from typing import Any


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
