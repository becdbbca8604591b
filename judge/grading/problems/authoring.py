"""What a problem's `cases.py` imports: the Case type and helpers for building inputs.

    from judge.grading.authoring import Case, Table, tree, linked, st

    SAMPLES = [Case(([1, 3, 5], 3), expected=1)]     # shown to users; expected written by hand
    HIDDEN = [Case(([], 7), note="empty list"), ...]  # expected computed by the reference
    def generate(rng): return ([rng.randint(0, 9) for _ in range(50)], 4)   # one case's args
    def arguments(): return st.tuples(st.lists(st.integers()), st.integers())  # Hypothesis
    def invariant(args, result): return None or "a message saying what is wrong"

For tree problems: `tree(level_order)` (values past the last free slot are ignored, so a
Hypothesis-drawn list always makes a tree), `random_tree`, `chain_tree`, `balanced_bst`,
`bst_from_insertions` and `broom_bst` build inputs of chosen shapes.
"""

import bisect
import random
from dataclasses import dataclass
from typing import Any

from ..wire.structures import SqlResult, Table, TreeNode, linked, tree


class _Strategies:
    """`hypothesis.strategies`, imported on first use: loading a problem to show its
    statement (or list it) need not pay for Hypothesis, only drawing its examples does."""

    def __getattr__(self, name: str):
        from hypothesis import strategies

        return getattr(strategies, name)


st = _Strategies()

MISSING: Any = object()


@dataclass(frozen=True)
class Case:
    args: tuple
    """The positional arguments of one call (for a class problem: one list of operations)."""
    expected: Any = MISSING
    """Written by hand for samples (`judge verify` checks it against the reference); left
    out elsewhere, where the reference computes it."""
    note: str = ""


def ops(*calls: tuple) -> tuple:
    """Arguments of a class-problem case: ops(("LRUCache", 2), ("put", 1, 1), ("get", 1))."""
    # lists, not tuples: a tuple is tagged on the wire, which doubles large cases
    return ([[name, list(args)] for name, *args in calls],)


def random_tree(rng: random.Random, values: list) -> TreeNode | None:
    """A tree of `values` (values[0] at the root), each attached at a random free child slot:
    random shapes of modest height."""
    if not values:
        return None
    root = TreeNode(values[0])
    slots = [(root, "left"), (root, "right")]
    for value in values[1:]:
        i = rng.randrange(len(slots))
        slots[i], slots[-1] = slots[-1], slots[i]
        parent, side = slots.pop()
        node = TreeNode(value)
        setattr(parent, side, node)
        slots += [(node, "left"), (node, "right")]
    return root


def chain_tree(values: list, sides: str) -> TreeNode | None:
    """A path: the i-th node hangs on side sides[i % len(sides)] ('l'/'r') of the previous."""
    root = TreeNode(values[0])
    node = root
    for i, value in enumerate(values[1:]):
        child = TreeNode(value)
        setattr(node, "left" if sides[i % len(sides)] == "l" else "right", child)
        node = child
    return root


def balanced_bst(values: list) -> TreeNode | None:
    """A height-balanced BST of the sorted distinct values (built without recursion)."""
    root = None
    stack = [(0, len(values) - 1, None, "")]
    while stack:
        low, high, parent, side = stack.pop()
        if low > high:
            continue
        middle = (low + high) // 2
        node = TreeNode(values[middle])
        if parent is None:
            root = node
        else:
            setattr(parent, side, node)
        stack.append((low, middle - 1, node, "left"))
        stack.append((middle + 1, high, node, "right"))
    return root


def bst_from_insertions(values: list) -> TreeNode | None:
    """The BST obtained by inserting distinct values in the given order.

    Built in O(n log n) rather than by walking down from the root (quadratic on the long
    chains tests want): a new value's parent is whichever of its in-order neighbours among
    the values already inserted was inserted last."""
    keys: list = []
    nodes: dict = {}
    inserted_at: dict = {}
    root = None
    for index, value in enumerate(values):
        node = nodes[value] = TreeNode(value)
        position = bisect.bisect_left(keys, value)
        before = keys[position - 1] if position > 0 else None
        after = keys[position] if position < len(keys) else None
        if before is None and after is None:
            root = node
        elif after is None or (before is not None and inserted_at[before] > inserted_at[after]):
            nodes[before].right = node
        else:
            nodes[after].left = node
        keys.insert(position, value)
        inserted_at[value] = index
    return root


def broom_bst(chain: int, bushy: int, low: int = 1) -> TreeNode:
    """A valid BST: a right spine of `chain` nodes (low, low+1, ...), then a balanced BST of
    the next `bushy` values hanging below it, so most nodes sit more than `chain` deep."""
    root = TreeNode(low)
    node = root
    for value in range(low + 1, low + chain):
        node.right = TreeNode(value)
        node = node.right
    node.right = balanced_bst(list(range(low + chain, low + chain + bushy)))
    return root


__all__ = ["Case", "MISSING", "SqlResult", "Table", "TreeNode", "balanced_bst",
           "bst_from_insertions", "broom_bst", "chain_tree", "linked", "ops", "random_tree", "st",
           "tree"]
