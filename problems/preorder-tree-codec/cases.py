import random

from judge.grading.authoring import Case, chain_tree, ops, random_tree, st, tree
from judge.grading.authoring import TreeNode


def _text(root: TreeNode | None) -> str:
    tokens, stack = [], [root]
    while stack:
        node = stack.pop()
        if node is None:
            tokens.append("#")
        else:
            tokens.append(str(node.val))
            stack += [node.right, node.left]
    return ",".join(tokens)


def _both(*roots: TreeNode | None) -> tuple:
    """Serialize each tree, then deserialize each tree's text."""
    calls = [("serialize", root) for root in roots] + [("deserialize", _text(root))
                                                       for root in roots]
    return ops(("Codec",), *calls)


_rng = random.Random(5150)

SAMPLES = [
    Case(ops(("Codec",), ("serialize", tree([1, 2, 3, None, None, 4, 5])),
             ("deserialize", "8,#,-3,#,#")),
         expected=[None, "1,2,#,#,3,4,#,#,5,#,#", tree([8, None, -3])]),
    Case(ops(("Codec",), ("serialize", tree([])), ("deserialize", "#"),
             ("deserialize", "6,6,#,#,#")),
         expected=[None, "#", None, tree([6, 6])],
         note="the empty tree is the single token #"),
]


def scale(rng, n):
    return _both(random_tree(rng, [rng.randint(-10**9, 10**9) for _ in range(n)]))


HIDDEN = [
    Case(_both(tree([0])), note="single node with value 0"),
    Case(_both(tree([-7, -7, None, -70, None, 7])), note="negative and repeated values"),
    Case(_both(tree([10**9, -10**9, 10**9, None, None, -10**9])), note="extremes"),
    Case(_both(tree([1, None, 2]), tree([1, 2])), note="mirror images differ"),
    Case(_both(chain_tree(list(range(-2500, 2500)), "r")), note="right chain, height 5000"),
    Case(_both(chain_tree([_rng.randint(-99, 99) for _ in range(5000)], "lr")),
         note="zigzag chain, height 5000"),
    Case(_both(tree(list(range(2**16 - 1)))), note="complete tree, 65535 nodes"),
    Case(scale(_rng, 60_000), note="random shape"),
    Case(ops(("Codec",), ("deserialize", _text(random_tree(
        _rng, [_rng.randint(-10**9, 10**9) for _ in range(450_000)])))),
         note="largest: deserialize only"),
]


def generate(rng):
    first = random_tree(rng, [rng.randint(-1000, 1000) for _ in range(rng.randint(0, 2000))])
    second = random_tree(rng, [rng.randint(-5, 5) for _ in range(rng.randint(0, 50))])
    return _both(first, second)


def arguments():
    value = st.one_of(st.none(), st.integers(-12, 12))
    drawn = st.lists(value, max_size=30).map(tree)
    return st.tuples(drawn, drawn).map(lambda pair: _both(*pair))


def invariant(args, result):
    calls = args[0]
    for (name, _), value in zip(calls[1:], result[1:], strict=True):
        if name == "serialize" and (" " in value or value.endswith(",")):
            return "serialize must not write spaces or a trailing comma"
    return None
