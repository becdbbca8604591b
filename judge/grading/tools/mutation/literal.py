"""A drawn input written back as Python source for `cases.py`: `Case((...), note=...)`, in
the names a problem's `cases.py` already has (`np`, `pd`, and from `judge.grading.authoring`
`Case`, `Table`, `tree`, `linked`)."""

import math
from typing import Any

import numpy as np
import pandas as pd

from ...wire.structures import Table


class Unwritable(ValueError):
    """An input of a type this module cannot write as source."""


def case_source(args: tuple, note: str) -> str:
    return f"Case({source(tuple(args))}, note={note!r})"


def source(value: Any) -> str:
    from sandbox.harness.harness import ListNode, TreeNode, _tree_to_level_order

    if value is None or isinstance(value, (bool, int, str)):
        return repr(value)
    if isinstance(value, float):
        return _float(value)
    if isinstance(value, tuple):
        inner = ", ".join(source(item) for item in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, list):
        return "[" + ", ".join(source(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{source(k)}: {source(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (set, frozenset)):
        items = ", ".join(source(item) for item in sorted(value, key=repr))
        return f"{type(value).__name__}([{items}])"
    if isinstance(value, np.generic):
        return f"np.{type(value).__name__}({source(value.item())})"
    if isinstance(value, np.ndarray):
        return _array(value)
    if isinstance(value, pd.DataFrame):
        return _frame(value)
    if isinstance(value, pd.Series):
        return _series(value)
    if isinstance(value, pd.Timestamp):
        return f"pd.Timestamp({value.isoformat()!r})"
    if isinstance(value, Table):
        return f"Table(columns={source(tuple(value.columns))}, rows={source(tuple(value.rows))})"
    if isinstance(value, TreeNode):
        return f"tree({source(_tree_to_level_order(value, 0))})"
    if isinstance(value, ListNode):
        items = []
        while value is not None:
            items.append(value.val)
            value = value.next
        return f"linked({source(items)})"
    raise Unwritable(f"cannot write a {type(value).__name__} as source")


def _float(value: float) -> str:
    if math.isnan(value):
        return "float('nan')"
    if math.isinf(value):
        return "float('inf')" if value > 0 else "-float('inf')"
    return repr(value)


def _array(value: np.ndarray) -> str:
    if value.dtype.kind in "mM":  # datetimes and durations: as text, read back by numpy
        return f"np.array({source(value.astype(str).tolist())}, dtype={str(value.dtype)!r})"
    if value.dtype == object:
        return f"np.array({source(value.tolist())}, dtype=object)"
    return f"np.array({source(value.tolist())}, dtype=np.{value.dtype.name})"


def _cells(series: pd.Series) -> list:
    if series.dtype.kind in "mM":
        return [None if pd.isna(cell) else str(cell) for cell in series]
    return [None if cell is None else (cell.item() if isinstance(cell, np.generic) else cell)
            for cell in series.tolist()]


def _series(value: pd.Series, with_name: bool = True) -> str:
    if not isinstance(value.index, pd.RangeIndex) or value.index.start != 0:
        raise Unwritable("cannot write a Series with its own index as source")
    name = f", name={source(value.name)}" if with_name and value.name is not None else ""
    return f"pd.Series({source(_cells(value))}, dtype={str(value.dtype)!r}{name})"


def _frame(value: pd.DataFrame) -> str:
    if not isinstance(value.index, pd.RangeIndex) or value.index.start != 0:
        raise Unwritable("cannot write a DataFrame with its own index as source")
    columns = ", ".join(f"{source(name)}: {_series(value[name], with_name=False)}"
                        for name in value.columns)
    return f"pd.DataFrame({{{columns}}})"
