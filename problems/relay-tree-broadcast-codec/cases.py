import random

from judge.grading.authoring import Case, chain_tree, ops, random_tree, st, tree
from judge.grading.authoring import TreeNode


def _line(root: TreeNode | None) -> str:
    tokens, queue, head = [], [root], 0
    while head < len(queue):
        node = queue[head]
        head += 1
        if node is None:
            tokens.append("*")
        else:
            tokens.append(str(node.val))
            queue += [node.left, node.right]
    while tokens and tokens[-1] == "*":
        tokens.pop()
    return " ".join(tokens)


def _both(*roots: TreeNode | None) -> tuple:
    """Serialize each tree, then deserialize each tree's line."""
    calls = [("serialize", root) for root in roots] + [("deserialize", _line(root))
                                                       for root in roots]
    return ops(("RelayCodec",), *calls)


def _reads(*lines: str) -> tuple:
    return ops(("RelayCodec",), *[("deserialize", line) for line in lines])


_rng = random.Random(2812)

SAMPLES = [
    Case(ops(("RelayCodec",), ("serialize", tree([5, 3, -2, None, 8])),
             ("deserialize", "1 * 2 3")),
         expected=[None, "5 3 -2 * 8", tree([1, None, 2, 3])],
         note="the four markers after `8` are deleted; in `1 * 2 3` the root has no left "
              "child, and `3` is the left child of `2`"),
    Case(ops(("RelayCodec",), ("serialize", tree([])), ("deserialize", ""),
             ("deserialize", "0 0")),
         expected=[None, "", None, tree([0, 0])],
         note="the empty tree is the empty line; `0 0` is a root with a left child only"),
]


def scale(rng, n):
    return _both(random_tree(rng, [rng.randint(-10**9, 10**9) for _ in range(n)]))


def _complete(levels: int) -> TreeNode | None:
    return tree([_rng.randint(-10**9, 10**9) for _ in range(2**levels - 1)])


HIDDEN = [
    Case(_both(tree([0])), note="single node with value 0"),
    Case(_both(tree([-7, -7, None, -70, None, 7])), note="negative and repeated values"),
    Case(_both(tree([10**9, -10**9, 10**9, None, None, -10**9])), note="extremes"),
    Case(_both(tree([1, None, 2]), tree([1, 2])), note="mirror images differ"),
    Case(_both(tree([1, 2, 3, None, None, None, 4]), tree([1, 2, 3, 4, None, None, 5])),
         note="markers in the middle of the line stay"),
    Case(_both(tree([4, None, 6, None, 8, None, 9])), note="right-leaning: markers between"),
    Case(_reads("1 2", "1 * 2", "1 2 3 4", "1 2 3 * * 4 5 6", "-1 -20 -300 * -4000"),
         note="the last relay has one child token or none"),
    Case(_reads("3 1 4 1 5 9 2 6 5 3 5", "9 * 8 * 7 * 6 * 5"), note="odd and even lengths"),
    Case(_both(chain_tree(list(range(-10000, 10000)), "r")), note="right chain, height 20000"),
    Case(_both(chain_tree([_rng.randint(-99, 99) for _ in range(20000)], "l")),
         note="left chain, height 20000"),
    Case(_both(chain_tree([_rng.randint(-10**9, 10**9) for _ in range(20000)], "lr")),
         note="zigzag chain, height 20000"),
    Case(_both(_complete(17)), note="complete tree, 131071 nodes"),
    Case(ops(("RelayCodec",), ("serialize", tree([_rng.randint(-10**9, 10**9)
                                                   for _ in range(450_000)]))),
         note="largest: 450000 nodes filled level by level, serialize only: a wide queue"),
    Case(scale(_rng, 60_000), note="random shape"),
    Case(_reads(_line(random_tree(
        _rng, [_rng.randint(-10**9, 10**9) for _ in range(200_000)]))),
         note="random shape, 200000 nodes: deserialize only"),
]


def generate(rng):
    first = random_tree(rng, [rng.randint(-1000, 1000) for _ in range(rng.randint(0, 2000))])
    second = random_tree(rng, [rng.randint(-5, 5) for _ in range(rng.randint(0, 50))])
    return _both(first, second)


def arguments():
    value = st.one_of(st.none(), st.integers(-12, 12))
    drawn = st.lists(value, max_size=30).map(tree)
    return st.tuples(drawn, drawn).map(lambda pair: _both(*pair))
