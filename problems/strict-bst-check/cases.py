import random

from judge.authoring import Case, st, tree
from judge.structures import TreeNode


def _balanced(values: list) -> TreeNode | None:
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


def _insert_all(values: list) -> TreeNode | None:
    """The BST obtained by inserting distinct values in the given order."""
    root = None
    for value in values:
        node = TreeNode(value)
        if root is None:
            root = node
            continue
        current = root
        while True:
            side = "left" if value < current.val else "right"
            child = getattr(current, side)
            if child is None:
                setattr(current, side, node)
                break
            current = child
    return root


def _broom(chain: int, bushy: int, low: int = 1) -> TreeNode:
    """A valid BST: a right spine of `chain` nodes (low, low+1, ...), then a balanced BST of
    the next `bushy` values hanging below it, so most nodes sit more than `chain` deep."""
    root = TreeNode(low)
    node = root
    for value in range(low + 1, low + chain):
        node.right = TreeNode(value)
        node = node.right
    node.right = _balanced(list(range(low + chain, low + chain + bushy)))
    return root

def _drawn_tree(values: list) -> TreeNode | None:
    """tree(values) after dropping the values left over once no node has a free slot."""
    slots, kept = 1, []
    for value in values:
        if slots == 0:
            break
        kept.append(value)
        slots += 1 if value is not None else -1
    return tree(kept)


def _deepest(root: TreeNode) -> TreeNode:
    node = root
    while node.left or node.right:
        node = node.right or node.left
    return node


def _broken_deep(n: int, value: int) -> TreeNode:
    """A deep broom BST with one bad value planted at its very bottom."""
    root = _broom(2000, n - 2000, 0)
    _deepest(root).left = TreeNode(value)
    return root


def scale(rng, n):
    chain = max(1, n // 50)
    return (_broom(chain, n - chain, rng.randint(-10**6, 10**6)),)


_rng = random.Random(6174)

SAMPLES = [
    Case((tree([8, 3, 10, 1, 6, None, 14]),), expected=True),
    Case((tree([8, 3, 10, 1, 9]),), expected=False,
         note="9 is the right child of 3, fine for 3, but it sits in the left subtree of 8"),
    Case((tree([5, 5]),), expected=False, note="equal values are not allowed"),
]

HIDDEN = [
    Case((tree([]),), note="empty tree"),
    Case((tree([-7]),), note="single node"),
    Case((tree([-10**9, None, 10**9]),), note="extremes"),
    Case((tree([0, -5, 5, -8, -2, 2, 8]),), note="negative values, valid"),
    Case((tree([10, 5, 15, None, None, 6, 20]),), note="6 below 15 but right of 10"),
    Case((tree([2, 1, 3, None, 2]),), note="a duplicate deep in the left subtree"),
    Case((_insert_all(list(range(5000, 0, -1))),), note="left chain, valid"),
    Case((_insert_all([v for i in range(2500) for v in (i, 9999 - i)]),),
         note="zigzag chain, valid"),
    Case((_balanced(list(range(-50_000, 50_000))),), note="balanced, 100000 nodes, valid"),
    Case((_broom(5000, 95_000, -10**9),), note="largest: spine of 5000 over a bush, valid"),
    Case((_broken_deep(100_000, 1_999),), note="deep, one bad value at the bottom"),
    Case((_broken_deep(60_000, 59_999),), note="deep, a duplicate at the bottom"),
]


def generate(rng):
    values = rng.sample(range(-10**6, 10**6), rng.randint(0, 2000))
    root = _insert_all(values)
    if root is not None and rng.random() < 0.5:
        node = root
        while node.left or node.right:
            node = rng.choice([c for c in (node.left, node.right) if c])
        node.val = rng.choice(values)
    return (root,)


def arguments():
    bst = st.lists(st.integers(-20, 20), unique=True, max_size=25).map(_insert_all)
    raw = st.lists(st.one_of(st.none(), st.integers(-6, 6)), max_size=20).map(_drawn_tree)
    return st.one_of(bst, raw).map(lambda root: (root,))
