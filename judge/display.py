"""How inputs and values are shown to users: calls with named arguments, truncated."""

from typing import Any

from .checkers.render import short
from .problems.loader import Problem
from .problems.model import Kind
from .structures import Table

LIMIT = 600


def _value(value: Any) -> str:
    from sandbox.harness.harness import ListNode, TreeNode

    if isinstance(value, (TreeNode, ListNode)):
        from .codec import normalize

        return str(normalize(value))
    return short(value, LIMIT)


def show_input(problem: Problem, args: tuple) -> str:
    kind = problem.meta.kind
    if kind == Kind.sql:
        tables = args[0]
        parts = [f"{name}: {len(t.rows)} rows ({', '.join(c for c, _ in t.columns)})"
                 if isinstance(t, Table) else f"{name}: {short(t, 80)}"
                 for name, t in tables.items()]
        return "tables " + "; ".join(parts)
    if kind == Kind.klass:
        calls = []
        for name, op_args in args[0]:
            calls.append(f"{name}({', '.join(short(a, 80) for a in op_args)})")
        text = ", ".join(calls)
        return text if len(text) <= LIMIT else text[: LIMIT - 20] + f" ... ({len(calls)} calls)"
    names = problem.meta.entry.parameters()
    if len(names) != len(args):
        names = [f"arg{i}" for i in range(len(args))]
    text = f"{problem.meta.entry.name}(" + ", ".join(
        f"{n}={_value(a)}" for n, a in zip(names, args, strict=False)) + ")"
    return text


def show_value(value: Any) -> str:
    return short(value, LIMIT)
