import random

from judge.grading.authoring import Case, chain_tree, random_tree, st, tree

_rng = random.Random(4242)

SAMPLES = [
    Case((tree([3, 9, 20, None, None, 15, 7]),), expected=[[3], [20, 9], [15, 7]]),
    Case((tree([1, 2, 3, 4, 5, 6, 7, None, 8, None, None, 9]),),
         expected=[[1], [3, 2], [4, 5, 6, 7], [9, 8]],
         note="depth 3 is read right to left: 9 (under 6) before 8 (under 4)"),
    Case((tree([]),), expected=[], note="an empty tree has no levels"),
]

HIDDEN = [
    Case((tree([42]),), note="single node"),
    Case((tree([-5, -5, -5, -5, None, None, -5]),), note="duplicates and negatives"),
    Case((tree([10**9, -10**9, 10**9, None, -10**9]),), note="extreme values"),
    Case((tree([1, None, 2, None, 3, 4]),), note="right spine with a late left child"),
    Case((chain_tree(list(range(5000)), "l"),), note="left chain, height 5000"),
    Case((chain_tree(list(range(5000, 0, -1)), "lr"),), note="zigzag chain, height 5000"),
    Case((tree([_rng.randint(-10**9, 10**9) for _ in range(2**16 - 1)]),),
         note="complete tree, 65535 nodes"),
    Case((random_tree(_rng, [_rng.randint(-50, 50) for _ in range(100_000)]),),
         note="largest, random shape"),
]


def generate(rng):
    values = [rng.randint(-100, 100) for _ in range(rng.randint(0, 3000))]
    return (random_tree(rng, values),)


def arguments():
    value = st.one_of(st.none(), st.integers(-9, 9))
    return st.lists(value, max_size=40).map(lambda values: (tree(values),))


def invariant(args, result):
    (root,) = args
    count, stack = 0, [root] if root else []
    while stack:
        node = stack.pop()
        count += 1
        stack += [child for child in (node.left, node.right) if child]
    if sum(len(level) for level in result) != count:
        return f"the levels hold {sum(map(len, result))} values but the tree has {count} nodes"
    if any(not level for level in result):
        return "a level is empty"
    return None
