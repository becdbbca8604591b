"""How inputs and values are shown to users: calls with named arguments, truncated."""

from typing import Any

import pandas as pd

from .checkers.render import short
from .problems.loader import Problem
from .problems.model import Kind
from .structures import Table

LIMIT = 600


def _value(value: Any, limit: int = LIMIT) -> str:
    from sandbox.harness.harness import ListNode, TreeNode

    if isinstance(value, (TreeNode, ListNode)):
        from .codec import normalize

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
    names = problem.meta.entry.parameters()
    if len(names) != len(args):
        names = [f"arg{i}" for i in range(len(args))]
    if any(isinstance(a, (pd.DataFrame, pd.Series)) for a in args):
        # frames read as tables only when each starts on a line of its own
        return f"{problem.meta.entry.name}(...) with\n" + "\n".join(
            f"{n} =\n{_value(a)}" for n, a in zip(names, args, strict=True))
    text = f"{problem.meta.entry.name}(" + ", ".join(
        f"{n}={_value(a)}" for n, a in zip(names, args, strict=True)) + ")"
    return text


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
    from .checkers.compare import difference

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
    from .checkers.compare import difference

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
