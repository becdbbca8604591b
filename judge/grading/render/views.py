"""Values as small tables: DataFrames and Series, SQL tables and results, numpy arrays.

A failing test keeps these views beside its text (the CLI prints the text, the web renders
the views), and the statement's examples draw their Markdown tables from them. A view is
plain JSON and capped (rows, columns, characters per cell), so a large input costs a few
kilobytes: it is computed in the trusted grader, for failures only.

A table view: `columns` (header texts), `types` (dtypes or SQL types, or None), `index` (row
labels, or None when the rows are just 0..n-1) and `index_name`, `numeric` (per column: align
right), `rows` (lists of `[text, kind]` cells, kind "num", "text" or "null"), `caption`
(its size) and `notes` (what the caps left out).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import numpy as np

from ..checkers.render import short
from ..wire.lazy_pandas import frame_type, is_frame, loaded_pandas
from ..wire.structures import SqlResult, Table

if TYPE_CHECKING:
    import pandas as pd

MAX_ROWS = 50
MAX_COLUMNS = 20
MAX_CELL = 100
MAX_PARTS = 8

Part = dict
"""`{"label": str | None, "table": view}` or `{"label": str | None, "text": str}`."""


def is_tabular(value: Any) -> bool:
    """Whether `value` reads better as a table than as text."""
    if isinstance(value, np.ndarray):
        return value.ndim in (1, 2) and value.dtype.kind in "biuf"
    return is_frame(value) or isinstance(value, (SqlResult, Table))


def table_view(value: Any, start: int = 0) -> dict | None:
    """The view of a tabular value (None for any other), its rows (an array's items) from
    `start` on."""
    if not is_tabular(value):
        return None
    frame = frame_type(value)
    if frame == "DataFrame":
        return _frame(value, start)
    if frame == "Series":
        frame = value.to_frame("value" if value.name is None else value.name)
        return {**_frame(frame, start), "caption": _count(len(value), "row")}
    if isinstance(value, (SqlResult, Table)):
        return _sql(value, start)
    return _array(value, start)


def parts(value: Any, start: int | list[int] = 0) -> list[Part] | None:
    """A value as tables: one for a tabular value, one per item of a tuple, list or dict
    holding tabular items (the others as text); None when nothing in it is tabular.
    `start` is the first row to show (one per item for a container)."""
    if is_tabular(value):
        return [{"label": None, "table": table_view(value, _at(start, 0))}]
    if isinstance(value, (tuple, list)):
        labelled = [(f"[{i}]", item) for i, item in enumerate(value[:MAX_PARTS])]
    elif isinstance(value, dict):
        labelled = [(short(key, 60), item) for key, item in list(value.items())[:MAX_PARTS]]
    else:
        return None
    if not any(is_tabular(item) for _, item in labelled):
        return None
    shown = [labelled_part(label, item, _at(start, i))
             for i, (label, item) in enumerate(labelled)]
    if len(value) > MAX_PARTS:
        shown.append({"label": None, "text": f"... {len(value) - MAX_PARTS} more items"})
    return shown


def labelled_part(label: str | None, value: Any, start: int = 0) -> Part:
    table = table_view(value, start)
    if table is not None:
        return {"label": label, "table": table}
    return {"label": label, "text": short(value, 300)}


def _at(start: int | list[int], index: int) -> int:
    if isinstance(start, list):
        return start[index] if index < len(start) else 0
    return start


# ---------------------------------------------------------------- the kinds of table
def _frame(frame: pd.DataFrame, start: int) -> dict:
    import pandas as pd  # loaded already: `frame` is one of its
    from pandas.api.types import is_bool_dtype, is_numeric_dtype

    n_rows, n_columns = frame.shape
    start = _start(start, n_rows)
    window = frame.iloc[start:start + MAX_ROWS, :MAX_COLUMNS]
    columns = [window.iloc[:, j] for j in range(window.shape[1])]
    cells = [[_cell(v, "pandas") for v in column.tolist()] for column in columns]
    index = None
    if not (isinstance(frame.index, pd.RangeIndex) and frame.index.start == 0
            and frame.index.step == 1):
        index = [_cell(v, "pandas")[0] for v in window.index.tolist()]
    return {"columns": [_plain(c) for c in window.columns.tolist()],
            "types": [str(column.dtype) for column in columns],
            "index": index, "index_name": _name(frame.index.names),
            "numeric": [is_numeric_dtype(c.dtype) and not is_bool_dtype(c.dtype)
                        for c in columns],
            "rows": [list(row) for row in zip(*cells, strict=True)] if cells
            else [[] for _ in range(window.shape[0])],
            "caption": f"{_count(n_rows, 'row')} × {_count(n_columns, 'column')}",
            "notes": _notes(n_rows, n_columns, start, "rows")}


def _sql(value: SqlResult | Table, start: int) -> dict:
    if isinstance(value, Table):
        names = [name for name, _ in value.columns]
        types: list[str] | None = [kind for _, kind in value.columns]
    else:
        names, types = list(value.columns), None
    n_rows = len(value.rows)
    start = _start(start, n_rows)
    rows = [[_cell(v, "sql") for v in row[:MAX_COLUMNS]]
            for row in value.rows[start:start + MAX_ROWS]]
    shown = names[:MAX_COLUMNS]
    numeric = [any(kind == "num" for kind in kinds) and all(kind != "text" for kind in kinds)
               for kinds in zip(*[[kind for _, kind in row] for row in rows], strict=False)
               ] if rows else [False] * len(shown)
    return {"columns": shown, "types": types[:MAX_COLUMNS] if types else None,
            "index": None, "index_name": None, "numeric": numeric, "rows": rows,
            "caption": _count(n_rows, "row"),
            "notes": _notes(n_rows, len(names), start, "rows")}


def _array(array: np.ndarray, start: int) -> dict:
    numeric = array.dtype.kind != "b"
    if array.ndim == 1:  # a row, as numpy prints it: the items' indices head the columns
        n = len(array)
        start = _start(start, n)
        items = list(array[start:start + MAX_ROWS])  # numpy scalars print as their dtype
        return {"columns": [str(i) for i in range(start, start + len(items))], "types": None,
                "index": None, "index_name": None, "numeric": [numeric] * len(items),
                "rows": [[_cell(v, "numpy") for v in items]] if items else [],
                "caption": f"{_count(n, 'item')}, {array.dtype}",
                "notes": _notes(n, 0, start, "items")}
    n_rows, n_columns = array.shape
    start = _start(start, n_rows)
    window = array[start:start + MAX_ROWS, :MAX_COLUMNS]
    return {"columns": [str(j) for j in range(window.shape[1])], "types": None,
            "index": [str(i) for i in range(start, start + window.shape[0])],
            "index_name": None, "numeric": [numeric] * window.shape[1],
            "rows": [[_cell(v, "numpy") for v in row] for row in window],
            "caption": f"{n_rows} × {n_columns}, {array.dtype}",
            "notes": _notes(n_rows, n_columns, start, "rows")}


def _start(start: int, n: int) -> int:
    return max(0, min(start, n - MAX_ROWS))


def _notes(n: int, n_columns: int, start: int, what: str) -> list[str]:
    notes = []
    end = min(n, start + MAX_ROWS)
    if start:
        notes.append(f"{what} {start}-{end - 1} of {n} shown, around the first difference")
    elif end < n:
        notes.append(f"... {n - end} more {what}")
    if n_columns > MAX_COLUMNS:
        notes.append(f"... {n_columns - MAX_COLUMNS} more columns")
    return notes


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _name(names: Any) -> str | None:
    named = [str(name) for name in names if name is not None]
    return ", ".join(named) or None


# ---------------------------------------------------------------- cells
def _cell(value: Any, style: str) -> list[str]:
    """`[text, kind]`, a missing value marked apart from any text, as `style` ("sql",
    "pandas" or "numpy") writes it."""
    if value is None:
        return ["NULL" if style == "sql" else "None", "null"]
    pd = loaded_pandas()
    if (pd is not None and value is pd.NaT) or (isinstance(value, np.datetime64)
                                                and np.isnat(value)):
        return ["NaT", "null"]
    if pd is not None and value is pd.NA:
        return ["<NA>", "null"]
    if isinstance(value, (bool, np.bool_)):
        return [str(bool(value)), "text"]
    if isinstance(value, (int, np.integer)):
        return [_clip(str(value)), "num"]
    if isinstance(value, (float, np.floating)):
        if math.isnan(value):
            return ["nan" if style == "numpy" else "NaN", "null"]
        return [_clip(str(value)), "num"]  # a numpy float prints as its own dtype
    if pd is not None and isinstance(value, pd.Timestamp):
        return [value.date().isoformat() if value == value.normalize() else str(value), "text"]
    return [_plain(value), "text"]


def _plain(value: Any) -> str:
    """A cell's text on one line: strings bare (a table needs no quotes), their line breaks
    and tabs shown as escapes; anything else as it prints."""
    if isinstance(value, str):
        text = "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
        return _clip(text) if text else "''"
    return _clip(short(value, MAX_CELL + 20).replace("\n", " "))


def _clip(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
