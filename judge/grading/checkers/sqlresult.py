"""SQL result sets: rows as a multiset unless the task orders them; NULL is not ''."""

from typing import Any

from ..wire.structures import SqlResult
from .outcome import Outcome
from .rows import cells_agree, describe_rows, multiset_difference, row_key


def check(expected: SqlResult, actual: Any, *, policy: Any) -> Outcome:
    if not isinstance(actual, SqlResult):
        return Outcome.reject("the query did not return a result set")
    if len(actual.columns) != len(expected.columns):
        return Outcome.reject(f"expected {len(expected.columns)} columns "
                              f"{list(expected.columns)}, got {len(actual.columns)} "
                              f"{list(actual.columns)}")
    if policy.column_names:
        wrong = [(e, a) for e, a in zip(expected.columns, actual.columns, strict=False)
                 if e.lower() != a.lower()]
        if wrong:
            return Outcome.reject("column names differ: " + ", ".join(
                f"expected {e!r}, got {a!r}" for e, a in wrong))
    e_rows, a_rows = list(expected.rows), list(actual.rows)
    if not policy.row_order:
        e_rows.sort(key=row_key)
        a_rows.sort(key=row_key)
    for index, (e, a) in enumerate(zip(e_rows, a_rows, strict=False)):
        bad = [i for i, (x, y) in enumerate(zip(e, a, strict=False))
               if not cells_agree(x, y, policy.rtol, policy.atol)]
        if bad:
            if policy.row_order:
                col = expected.columns[bad[0]]
                return Outcome.reject(f"row {index + 1}, column {col!r}: expected "
                                      f"{e[bad[0]]!r}, got {a[bad[0]]!r} (rows must be in "
                                      f"the order the task asks for)")
            missing, extra = multiset_difference(e_rows, a_rows)
            if missing or extra:
                return Outcome.reject(describe_rows(missing, extra))
            return Outcome.reject(f"row {e!r} differs from {a!r} beyond the tolerance")
    if len(e_rows) != len(a_rows):
        missing, extra = multiset_difference(e_rows, a_rows)
        return Outcome.reject(f"expected {len(e_rows)} rows, got {len(a_rows)}: "
                              + describe_rows(missing, extra))
    return Outcome.accept()
