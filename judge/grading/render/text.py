"""Values as text a user reads: one value truncated (`value_text`, `show_value`), a SQL table,
and a value laid out over lines with arrays and grids aligned (the statement's examples)."""

from typing import Any

import numpy as np

from ..checkers.render import short
from ..wire.structures import Table

LIMIT = 600


def value_text(value: Any, limit: int = LIMIT) -> str:
    from sandbox.harness.harness import ListNode, TreeNode

    if isinstance(value, (TreeNode, ListNode)):
        from ..wire.codec import normalize

        return short(normalize(value), limit)
    return short(value, limit)


def show_value(value: Any) -> str:
    return short(value, LIMIT)


def table_text(name: str, table: Table, limit: int = 10) -> str:
    lines = [f"{name} ({len(table.rows)} rows):",
             "  " + " | ".join(f"{c} {t}" for c, t in table.columns)]
    for row in table.rows[:limit]:
        lines.append("  " + " | ".join("NULL" if v is None else repr(v) for v in row))
    if len(table.rows) > limit:
        lines.append(f"  ... {len(table.rows) - limit} more rows")
    return "\n".join(lines)



WIDTH = 72
"""Columns an example's text may take before a value is spread over lines."""


def example_call(name: str, names: list[str], args: tuple, tables: set[int]) -> list[str]:
    """The call of a function problem's example, as lines: `f(a=1, b=[2, 3])` when it fits
    one line; else the short scalars inline and each other argument on lines of its own below,
    aligned (`X = array([[0., 1.],` over `           [2., 3.]])`). The arguments at
    `tables` are shown as tables elsewhere: the call only names them."""
    flat = {i: _inline(a) for i, a in enumerate(args) if i not in tables}
    one_line = f"{name}(" + ", ".join(f"{n}={flat[i]}" for i, n in enumerate(names)
                                      if i in flat) + ")"
    if not tables and len(one_line) <= WIDTH and not any(
            "\n" in text or _block(args[i]) for i, text in flat.items()):
        return [one_line]
    below = [i for i, text in flat.items() if not _scalar(args[i]) or len(text) > 24]
    call = f"{name}(" + ", ".join(n if i in tables or i in below else f"{n}={flat[i]}"
                                  for i, n in enumerate(names)) + ")"
    return [call + (" with" if below else "")] + [
        f"{names[i]} = " + laid_out(args[i], len(names[i]) + 3) for i in below]


def laid_out(value: Any, indent: int = 0) -> str:
    """`value` as text that starts at column `indent`: on one line when it fits; else numpy
    arrays and grids of numbers with their columns aligned, and a dict, list or tuple of
    values that are not all scalars one item a line."""
    flat = _inline(value)
    fits = "\n" not in flat and indent + len(flat) <= WIDTH
    if fits and not _block(value):
        return flat
    if isinstance(value, np.ndarray):
        return _hang(np.array_repr(value, max_line_width=10_000), indent)
    if _grid(value):
        return _grid_text(value, indent)
    if isinstance(value, dict) and value:
        items = [(f"{short(key, 80)}: ", item) for key, item in value.items()]
        opening, closing = "{", "}"
    elif (isinstance(value, (list, tuple)) and type(value) in (list, tuple) and value
          and len(value) <= 60 and not all(_scalar(item) for item in value)):
        items = [("", item) for item in value]
        opening, closing = ("[", "]") if isinstance(value, list) else \
            ("(", ",)" if len(value) == 1 else ")")
    else:
        return flat
    column = indent + len(opening)
    return opening + (",\n" + " " * column).join(
        key + laid_out(item, column + len(key)) for key, item in items) + closing


def _inline(value: Any) -> str:
    if isinstance(value, np.ndarray):
        return np.array_repr(value, max_line_width=10_000)
    return value_text(value)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (bool, int, float, str, np.generic))


def _number(value: Any) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(
        value, (bool, np.bool_))


def _grid(value: Any) -> bool:
    """A list of at least two lists of numbers: a matrix, a grid, a list of pairs."""
    return (isinstance(value, list) and 2 <= len(value) <= 60
            and all(isinstance(row, list) and row and len(row) <= 60
                    and all(_number(x) for x in row) for row in value))


def _block(value: Any) -> bool:
    """A matrix or a grid (rows of one length, three or more), read best as a block."""
    return _grid(value) and len({len(row) for row in value}) == 1 and len(value[0]) >= 3


def _grid_text(rows: list[list], indent: int) -> str:
    texts = [[repr(x) for x in row] for row in rows]
    widths = [max(len(row[j]) for row in texts if j < len(row))
              for j in range(max(map(len, texts)))]
    lines = ["[" + ", ".join(text.rjust(widths[j]) for j, text in enumerate(row)) + "]"
             for row in texts]
    return "[" + (",\n" + " " * (indent + 1)).join(lines) + "]"


def _hang(text: str, indent: int) -> str:
    """Multi-line `text` moved right by `indent` columns after its first line."""
    return text.replace("\n", "\n" + " " * indent)

