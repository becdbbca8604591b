"""Trusted value types that stand for what crossed the channel.

Trees and linked lists arrive as level-order / in-order values and are compared as such;
SQL results are columns plus rows. Authors build inputs with `tree([...])`, `linked([...])`
and `Table(...)`.
"""

from dataclasses import dataclass, field

from sandbox.harness.harness import ListNode, TreeNode, _list_from_values, _tree_from_level_order

__all__ = ["Tree", "LinkedList", "SqlResult", "Table", "TreeNode", "ListNode", "tree", "linked"]


@dataclass(frozen=True)
class Tree:
    """A binary tree as its level-order values, `None` for a missing child, trailing Nones cut."""

    values: tuple

    def __str__(self) -> str:
        return "tree[" + ", ".join("null" if v is None else repr(v) for v in self.values) + "]"


@dataclass(frozen=True)
class LinkedList:
    values: tuple

    def __str__(self) -> str:
        return "linked[" + " -> ".join(repr(v) for v in self.values) + "]"


@dataclass(frozen=True)
class SqlResult:
    columns: tuple[str, ...]
    rows: tuple[tuple, ...]


@dataclass(frozen=True)
class Table:
    """An input table for a SQL problem: (name, SQLite type) columns and rows of values."""

    columns: tuple[tuple[str, str], ...]
    rows: tuple[tuple, ...] = field(default=())

    def wire(self) -> dict:
        from sandbox.harness.harness import encode

        return {"$t": "table", "columns": [c for c, _ in self.columns],
                "types": [t for _, t in self.columns],
                "rows": [[encode(cell) for cell in row] for row in self.rows]}


def tree(values: list) -> TreeNode | None:
    """A TreeNode built from level-order values (None for a missing child)."""
    return _tree_from_level_order(list(values))


def linked(values: list) -> ListNode | None:
    return _list_from_values(list(values))
