import random

from judge.grading.authoring import Case, balanced_bst, broom_bst, bst_from_insertions, ops, st, tree
from judge.grading.authoring import TreeNode


def _size(root: TreeNode | None) -> int:
    count, stack = 0, [root] if root else []
    while stack:
        node = stack.pop()
        count += 1
        stack += [child for child in (node.left, node.right) if child]
    return count


def _drain(root: TreeNode | None, rng: random.Random | None = None) -> tuple:
    """Calls has_next before every step, sometimes peek, then next until the end."""
    calls = []
    for _ in range(_size(root)):
        calls.append(("has_next",))
        if rng is not None and rng.random() < 0.3:
            calls.append(("peek",))
        calls.append(("next",))
    calls.append(("has_next",))
    return ops(("BSTCursor", root), *calls)


def _nexts(root: TreeNode) -> tuple:
    return ops(("BSTCursor", root), *[("next",)] * _size(root), ("has_next",))


def scale(rng, n):
    chain = max(1, n // 50)
    return _nexts(broom_bst(chain, n - chain, rng.randint(-10**6, 10**6)))


_rng = random.Random(1618)

SAMPLES = [
    Case(ops(("BSTCursor", tree([7, 3, 15, None, None, 9, 20])), ("next",), ("next",),
             ("has_next",), ("peek",), ("next",), ("next",), ("next",), ("has_next",)),
         expected=[None, 3, 7, True, 9, 9, 15, 20, False],
         note="peek shows 9 without consuming it"),
    Case(ops(("BSTCursor", tree([])), ("has_next",)), expected=[None, False],
         note="an empty tree has nothing to stream"),
]

HIDDEN = [
    Case(_drain(tree([-4])), note="single node"),
    Case(ops(("BSTCursor", tree([2, 1, 3])), ("peek",), ("peek",), ("next",), ("peek",),
             ("next",), ("next",), ("has_next",), ("has_next",)), note="repeated peeks"),
    Case(_drain(tree([0, -10**9, 10**9])), note="extremes"),
    Case(_drain(bst_from_insertions(list(range(5000, 0, -1)))), note="left chain, height 5000"),
    Case(_drain(bst_from_insertions(list(range(-5000, 0)))), note="right chain, height 5000"),
    Case(_drain(bst_from_insertions([v for i in range(2500) for v in (i, 9999 - i)]), _rng),
         note="zigzag chain"),
    Case(_drain(bst_from_insertions(_rng.sample(range(-10**9, 10**9), 3000)), _rng),
         note="random insertion order"),
    Case(_nexts(balanced_bst(list(range(-50_000, 50_000)))), note="balanced, 100000 nodes"),
    Case(_nexts(broom_bst(20_000, 80_000, 1)), note="largest: spine of 20000 over a bush"),
]


def generate(rng):
    values = rng.sample(range(-10**6, 10**6), rng.randint(0, 1500))
    return _drain(bst_from_insertions(values), rng)


@st.composite
def _drawn(draw):
    values = draw(st.lists(st.integers(-30, 30), unique=True, max_size=20))
    steps = draw(st.lists(st.sampled_from(["has_next", "peek", "next"]), max_size=45))
    calls, left = [], len(values)
    for step in steps:
        if step != "has_next" and left == 0:
            step = "has_next"
        left -= step == "next"
        calls.append((step,))
    return ops(("BSTCursor", bst_from_insertions(values)), *calls)


def arguments():
    return _drawn()


def invariant(args, result):
    got = [value for (name, _), value in zip(args[0][1:], result[1:], strict=True)
           if name == "next"]
    if any(b <= a for a, b in zip(got, got[1:], strict=False)):
        return "next must return strictly increasing values"
    return None
