import random

from judge.grading.authoring import Case, balanced_bst, broom_bst, bst_from_insertions, st, tree
from judge.grading.authoring import TreeNode


def _deepest(root: TreeNode) -> TreeNode:
    node = root
    while node.left or node.right:
        node = node.right or node.left
    return node


def _broken_deep(n: int, value: int) -> TreeNode:
    """A deep broom BST with one bad value planted at its very bottom."""
    root = broom_bst(2000, n - 2000, 0)
    _deepest(root).left = TreeNode(value)
    return root


def scale(rng, n):
    chain = max(1, n // 50)
    return (broom_bst(chain, n - chain, rng.randint(-10**6, 10**6)),)


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
    Case((bst_from_insertions(list(range(5000, 0, -1))),), note="left chain, valid"),
    Case((bst_from_insertions([v for i in range(2500) for v in (i, 9999 - i)]),),
         note="zigzag chain, valid"),
    Case((balanced_bst(list(range(-50_000, 50_000))),), note="balanced, 100000 nodes, valid"),
    Case((broom_bst(5000, 95_000, -10**9),), note="largest: spine of 5000 over a bush, valid"),
    Case((_broken_deep(100_000, 1_999),), note="deep, one bad value at the bottom"),
    Case((_broken_deep(60_000, 59_999),), note="deep, a duplicate at the bottom"),
]


def generate(rng):
    values = rng.sample(range(-10**6, 10**6), rng.randint(0, 2000))
    root = bst_from_insertions(values)
    if root is not None and rng.random() < 0.5:
        node = root
        while node.left or node.right:
            node = rng.choice([c for c in (node.left, node.right) if c])
        node.val = rng.choice(values)
    return (root,)


def arguments():
    bst = st.lists(st.integers(-20, 20), unique=True, max_size=25).map(bst_from_insertions)
    raw = st.lists(st.one_of(st.none(), st.integers(-6, 6)), max_size=20).map(tree)
    return st.one_of(bst, raw).map(lambda root: (root,))
