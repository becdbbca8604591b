"""DataFrames: row order, column order, names, dtypes and index as the policy says.

The comparison itself is pandas.testing's; this module lines the frames up first.
"""

from typing import Any

import pandas as pd
from pandas.api import types as ptypes

from .outcome import Outcome
from .rows import cells_agree, describe_rows, multiset_difference, sort_order


def _family(dtype: Any) -> str:
    if ptypes.is_bool_dtype(dtype):
        return "bool"
    if ptypes.is_numeric_dtype(dtype):
        return "number"
    if ptypes.is_datetime64_any_dtype(dtype):
        return "datetime"
    return "text"


def _as_frame(value: Any) -> pd.DataFrame | None:
    if isinstance(value, pd.DataFrame):
        return value
    if isinstance(value, pd.Series):
        return value.to_frame(name=value.name if value.name is not None else 0)
    return None


def _sorted_rows(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.iloc[sort_order(frame)].reset_index(drop=True)


def check(expected: Any, actual: Any, *, policy: Any) -> Outcome:
    if isinstance(expected, pd.DataFrame) and isinstance(actual, pd.Series):
        return Outcome.reject(f"expected a DataFrame with columns {list(expected.columns)}, "
                              f"got a Series named {actual.name!r}: return a DataFrame (a "
                              "single column is df[['name']], not df['name'])")
    exp, act = _as_frame(expected), _as_frame(actual)
    if exp is None:
        raise TypeError("the dataframe checker needs an expected DataFrame or Series")
    if act is None:
        return Outcome.reject(f"expected a DataFrame, got a {type(actual).__name__}")
    if policy.check_index:
        exp, act = exp.reset_index(), act.reset_index()
    else:
        exp, act = exp.reset_index(drop=True), act.reset_index(drop=True)
    if len(exp.columns) != len(act.columns) and not policy.column_names:
        return Outcome.reject(f"expected {len(exp.columns)} columns, got {len(act.columns)}")
    if policy.column_names:
        missing = [c for c in exp.columns if c not in act.columns]
        extra = [c for c in act.columns if c not in exp.columns]
        if missing or extra:
            return Outcome.reject(f"columns differ: missing {missing}, unexpected {extra}")
        if policy.column_order and list(exp.columns) != list(act.columns):
            return Outcome.reject(f"columns are in the wrong order: expected "
                                  f"{list(exp.columns)}, got {list(act.columns)}")
        act = act[list(exp.columns)]
    else:
        act = act.set_axis(list(exp.columns), axis=1)
    for column in exp.columns:
        e_family, a_family = _family(exp[column].dtype), _family(act[column].dtype)
        if policy.dtype == "strict" and exp[column].dtype != act[column].dtype:
            return Outcome.reject(f"column {column!r}: expected dtype {exp[column].dtype}, "
                                  f"got {act[column].dtype}")
        if policy.dtype == "lenient" and e_family != a_family:
            return Outcome.reject(f"column {column!r}: expected {e_family} values "
                                  f"({exp[column].dtype}), got {act[column].dtype}")
    if len(exp) != len(act):
        missing, extra = multiset_difference(_rows(exp), _rows(act))
        return Outcome.reject(f"expected {len(exp)} rows, got {len(act)}: "
                              + describe_rows(missing, extra))
    if not policy.row_order:
        exp, act = _sorted_rows(exp), _sorted_rows(act)
    exp, act = _nulls_as_none(exp), _nulls_as_none(act)
    exact = policy.rtol == 0 and policy.atol == 0
    try:
        pd.testing.assert_frame_equal(
            exp, act, check_dtype=policy.dtype == "strict", check_exact=exact,
            rtol=policy.rtol or 1e-9, atol=policy.atol or 0.0, check_index_type=False,
            check_column_type=False, check_names=False)
    except AssertionError as exc:
        found = _cell_differences(exp, act, policy)
        if not found:
            found = " ".join(str(exc).split())[:600]
        return Outcome.reject(found + ("" if policy.row_order
                                       else " (rows compared in sorted order)"))
    return Outcome.accept()


def _nulls_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    """In text (object) columns a missing value is one thing, whether None or NaN: pandas
    already warns that it will stop treating the two as equal."""
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """Rows as plain Python values (no numpy scalars in what users read)."""
    return [tuple(_plain(v) for v in row) for row in frame.itertuples(index=False, name=None)]


def _cell_differences(exp: pd.DataFrame, act: pd.DataFrame, policy: Any, shown: int = 3) -> str:
    """In row order: 'N cell(s) differ ('a': 2, 'b': 1), e.g. row 3, 'a': expected 5, got 4'.
    Without: the rows that have no match on the other side, a few of each, with counts."""
    per_column: dict[Any, int] = {}
    examples: list[str] = []
    for column in exp.columns:
        for row, (e, a) in enumerate(zip(exp[column].tolist(), act[column].tolist(),
                                         strict=True)):
            if not cells_agree(_plain(e), _plain(a), policy.rtol, policy.atol):
                per_column[column] = per_column.get(column, 0) + 1
                if len(examples) < shown:
                    examples.append(f"row {row}, {column!r}: expected {e!r}, got {a!r}")
    if not per_column:
        return ""
    total = sum(per_column.values())
    counts = ", ".join(f"{c!r}: {n}" for c, n in per_column.items())
    cells = f"{total} cell(s) differ ({counts}), e.g. " + "; ".join(examples)
    if not policy.row_order:
        # sorted rows can pair up wrongly once a key differs: the unmatched rows say more
        missing, extra = multiset_difference(_rows(exp), _rows(act))
        if missing or extra:
            return describe_rows(missing, extra) + f" ({total} cell(s) differ in all)"
    return cells


def _plain(value: Any) -> Any:
    """Timestamps compare as text; pandas' missing markers as None."""
    if value is None or value is pd.NaT or (not isinstance(value, str) and pd.isna(value)
                                            and not isinstance(value, float)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()
    return value
