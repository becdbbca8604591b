import random

from judge.grading.authoring import Case, balanced_bst, broom_bst, bst_from_insertions, ops, st, tree
from judge.grading.authoring import TreeNode


def _text(root: TreeNode | None) -> str:
    out, stack = [], [root] if root else []
    while stack:
        node = stack.pop()
        out.append(str(node.val))
        stack += [child for child in (node.right, node.left) if child]
    return " ".join(out)


def _both(*roots: TreeNode | None) -> tuple:
    """Encode each tree, then decode each tree's text."""
    calls = [("encode", root) for root in roots] + [("decode", _text(root)) for root in roots]
    return ops(("BSTCodec",), *calls)


def _deep(rng: random.Random, n: int) -> TreeNode:
    """A spine of about 2.5% of the nodes (at most 5000), then a balanced bush: decoding by
    insertion walks the whole spine for most values."""
    chain = max(1, min(5000, n // 40))
    return broom_bst(chain, n - chain, rng.randint(-10**9, 10**9 - n))


def _mirrored(root: TreeNode | None) -> TreeNode | None:
    """The mirror image with negated values: still a BST, a right spine becomes a left one."""
    stack = [root] if root else []
    while stack:
        node = stack.pop()
        node.val = -node.val
        node.left, node.right = node.right, node.left
        stack += [child for child in (node.left, node.right) if child]
    return root


def scale(rng, n):
    return _both(_deep(rng, n))


_rng = random.Random(2718)


def _shuffled_bst(rng: random.Random, n: int, span: int) -> TreeNode | None:
    return bst_from_insertions(rng.sample(range(-span, span + 1), n))


SAMPLES = [
    Case(ops(("BSTCodec",), ("encode", tree([5, 3, 8, 1, 4, None, 9])), ("decode", "2 1 7 4")),
         expected=[None, "5 3 1 4 8 9", tree([2, 1, 7, None, None, 4])]),
    Case(ops(("BSTCodec",), ("encode", tree([])), ("decode", ""), ("decode", "-4 -2 0")),
         expected=[None, "", None, tree([-4, None, -2, None, 0])],
         note="each value larger than the one before goes right: a chain"),
]

HIDDEN = [
    Case(_both(tree([0])), note="single node"),
    Case(_both(tree([-10**9]), tree([10**9, -10**9])), note="extreme values"),
    Case(_both(tree([-5, -9, -1, -10, -7, -3])), note="negative values"),
    Case(_both(bst_from_insertions(list(range(5000, 0, -1)))), note="left chain, height 5000"),
    Case(_both(bst_from_insertions([v for i in range(2500) for v in (i, 9999 - i)])),
         note="zigzag chain, height 5000"),
    Case(_both(_shuffled_bst(_rng, 2000, 10**9)), note="random insertion order"),
    Case(_both(balanced_bst(list(range(-50_000, 50_000)))), note="balanced, 100000 nodes"),
    Case(_both(broom_bst(40_000, 60_000, -10**9)), note="largest: spine of 40000 over a bush"),
    Case(_both(_mirrored(broom_bst(40_000, 60_000, -10**9))),
         note="largest: left spine of 40000 over a bush (each spine node's left subtree holds "
              "everything below it)"),
    Case(_both(_deep(_rng, 60_000)), note="deep, 60000 nodes"),
]


def generate(rng):
    return _both(_shuffled_bst(rng, rng.randint(0, 1500), 10**6),
                 _shuffled_bst(rng, rng.randint(0, 20), 30))


def arguments():
    values = st.lists(st.integers(-40, 40), unique=True, max_size=30)
    return st.tuples(values, values).map(lambda pair: _both(*map(bst_from_insertions, pair)))


def invariant(args, result):
    for value in result[1:]:
        if isinstance(value, str) and value != value.strip():
            return "encode must not start or end with a space"
    return None
