"""Short, readable renderings of values for messages."""

from typing import Any

import numpy as np

from ..wire.lazy_pandas import frame_type
from ..wire.structures import LinkedList, SqlResult, Tree

LIMIT = 300


def _clip(value: Any, items: int = 60) -> Any:
    """Cuts long sequences before repr: a 10**6-element list need not be rendered whole."""
    if isinstance(value, list) and len(value) > items:
        return [*map(_clip, value[:items]), _More(len(value) - items)]
    if isinstance(value, tuple) and len(value) > items:
        return (*map(_clip, value[:items]), _More(len(value) - items))
    if isinstance(value, list):
        return [_clip(v) for v in value]
    if isinstance(value, tuple) and type(value) is tuple:
        return tuple(_clip(v) for v in value)
    return value


class _More:
    def __init__(self, count: int) -> None:
        self.count = count

    def __repr__(self) -> str:
        return f"... {self.count} more"


def short(value: Any, limit: int = LIMIT) -> str:
    value = _clip(value)
    frame = frame_type(value)
    if isinstance(value, np.ndarray):
        text = np.array2string(value, threshold=40, precision=6, separator=", ")
        text = f"array({text}, dtype={value.dtype})"
    elif frame == "DataFrame":
        text = value.to_string(max_rows=12, max_cols=10)
    elif frame == "Series":
        text = value.to_string(max_rows=12)
    elif isinstance(value, SqlResult):
        rows = [" | ".join("NULL" if c is None else repr(c) for c in row)
                for row in value.rows[:12]]
        more = [f"... ({len(value.rows)} rows)"] if len(value.rows) > 12 else []
        text = "\n".join([" | ".join(value.columns), *rows, *more])
    elif isinstance(value, (Tree, LinkedList)):
        text = str(value)
    else:
        text = repr(value)
    if len(text) > limit:
        text = text[: limit - 20] + f" ... ({len(text)} chars)"
    return text
