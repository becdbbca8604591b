"""How inputs and values are shown to users: calls with named arguments, truncated, as text
(for the CLI and the API); beside the text of a failure, its tables (`views`, for the web);
and the statement's examples laid out with arrays and grids aligned."""

from typing import Any

import numpy as np
import pandas as pd

from ..checkers.render import short
from ..problems.loader import Problem
from ..problems.model import Kind
from ..render.views import Part, is_tabular, labelled_part, parts
from ..wire.structures import Table

LIMIT = 600


def _value(value: Any, limit: int = LIMIT) -> str:
    from sandbox.harness.harness import ListNode, TreeNode

    if isinstance(value, (TreeNode, ListNode)):
        from ..wire.codec import normalize

        return short(normalize(value), limit)
    return short(value, limit)


def show_input(problem: Problem, args: tuple) -> str:
    kind = problem.meta.kind
    if kind == Kind.sql:
        return "\n".join(_table(name, t) for name, t in args[0].items())
    if kind == Kind.klass:
        calls = []
        for name, op_args in args[0]:
            calls.append(f"{name}({', '.join(_value(a, 80) for a in op_args)})")
        text = ", ".join(calls)
        return text if len(text) <= LIMIT else text[: LIMIT - 20] + f" ... ({len(calls)} calls)"
    names = parameter_names(problem, args)
    if any(isinstance(a, (pd.DataFrame, pd.Series)) for a in args):
        # frames read as tables only when each starts on a line of its own
        return f"{problem.meta.entry.name}(...) with\n" + "\n".join(
            f"{n} =\n{_value(a)}" for n, a in zip(names, args, strict=True))
    text = f"{problem.meta.entry.name}(" + ", ".join(
        f"{n}={_value(a)}" for n, a in zip(names, args, strict=True)) + ")"
    return text


def shown_input(problem: Problem, args: tuple) -> tuple[str, list[Part] | None]:
    """A failing test's input: its text, and its tables when it holds any."""
    return show_input(problem, args), input_views(problem, args)


def input_views(problem: Problem, args: tuple) -> list[Part] | None:
    """The input as tables, one part per argument (per table for SQL); None when no
    argument is a table, a frame or an array (the text says it all)."""
    kind = problem.meta.kind
    if kind == Kind.sql:
        return [labelled_part(name, table) for name, table in args[0].items()]
    if kind == Kind.klass or not any(is_tabular(a) for a in args):
        return None
    names = parameter_names(problem, args)
    return [labelled_part(name, value) for name, value in zip(names, args, strict=True)]


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
    from ..render.views import MAX_ROWS

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


def parameter_names(problem: Problem, args: tuple) -> list[str]:
    """The entry point's parameter names, or arg0, arg1... when they do not match `args`."""
    names = problem.meta.entry.parameters()
    return names if len(names) == len(args) else [f"arg{i}" for i in range(len(args))]


def _table(name: str, table: Table, limit: int = 10) -> str:
    lines = [f"{name} ({len(table.rows)} rows):",
             "  " + " | ".join(f"{c} {t}" for c, t in table.columns)]
    for row in table.rows[:limit]:
        lines.append("  " + " | ".join("NULL" if v is None else repr(v) for v in row))
    if len(table.rows) > limit:
        lines.append(f"  ... {len(table.rows) - limit} more rows")
    return "\n".join(lines)


def show_value(value: Any) -> str:
    return short(value, LIMIT)


WINDOW_BEFORE = 3
WINDOW_AFTER = 12


def show_pair(expected: Any, actual: Any, policy: Any = None) -> tuple[str, str]:
    """Expected and got, for a wrong answer. Two long lists are shown around the first item
    where they differ (a cut after the first items would make them look the same)."""
    if not (isinstance(expected, (list, tuple)) and isinstance(actual, (list, tuple))):
        return show_value(expected), show_value(actual)
    from ..checkers.compare import difference

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


def diverging_operation(operations: list, expected: Any, actual: Any, policy: Any) -> str | None:
    """For a class problem: the first operation whose result differs, with what came before."""
    from ..checkers.compare import difference

    if not isinstance(actual, list):
        return None
    tol = (policy.rtol, policy.atol) if (policy.rtol or policy.atol) else None
    for index, (name, args) in enumerate(operations):
        if index >= len(actual) or index >= len(expected):
            break
        found = difference(expected[index], actual[index], tol)
        if found:
            call = f"{name}({', '.join(short(a, 60) for a in args)})"
            agreed = f"; the {index} operation(s) before it agreed" if index else ""
            return (f"operation {index}, {call}: expected {short(expected[index], 200)}, "
                    f"got {short(actual[index], 200)}{agreed}")
    if len(actual) != len(expected):
        return f"expected {len(expected)} results (one per operation), got {len(actual)}"
    return None


# ---------------------------------------------------------------- the statement's examples
WIDTH = 72
"""Columns an example's text may take before a value is spread over lines."""


def example_call(problem: Problem, args: tuple, tables: set[int]) -> list[str]:
    """The call of a function problem's example, as lines: `f(a=1, b=[2, 3])` when it fits
    one line; else the short scalars inline and each other argument on lines of its own below,
    aligned (`X = array([[0., 1.],` over `           [2., 3.]])`). The arguments at
    `tables` are shown as tables elsewhere: the call only names them."""
    name = problem.meta.entry.name
    names = parameter_names(problem, args)
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
    return _value(value)


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
