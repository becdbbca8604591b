import random

from judge.grading.authoring import Case, chain_tree, random_tree, st, tree

_rng = random.Random(9090)

SAMPLES = [
    Case((tree([3, 9, 20, None, None, 15, 7]),), expected=[[9], [3, 15], [20], [7]],
         note="15 is the left child of 20, so it shares column 0 with the root, one row lower"),
    Case((tree([1, 2, 3, 4, 6, 5, 7]),), expected=[[4], [2], [1, 5, 6], [3], [7]],
         note="6 and 5 share row 2, column 0: the smaller value comes first"),
    Case((tree([]),), expected=[]),
]

HIDDEN = [
    Case((tree([7]),), note="single node"),
    Case((tree([0, 5, 5, 5, 5, 5, 5]),), note="duplicates on one square"),
    Case((tree([-1, -2, -3, -4, -9, -8, -5]),), note="negative values, three on a square"),
    Case((tree([10**9, -10**9, 10**9, 10**9, -10**9, -10**9, 10**9]),), note="extremes"),
    Case((tree([1, 2, None, None, 3, None, 4, 5]),),
         note="the subtree of a left child reaches back to the right"),
    Case((chain_tree(list(range(5000)), "l"),), note="left chain, 5000 columns"),
    Case((chain_tree(list(range(5000, 0, -1)), "lr"),), note="zigzag chain: two columns"),
    Case((tree([_rng.randint(-9, 9) for _ in range(2**16 - 1)]),),
         note="complete tree, small values: many ties"),
    Case((random_tree(_rng, [_rng.randint(-10**9, 10**9) for _ in range(100_000)]),),
         note="largest, random shape"),
]


def generate(rng):
    values = [rng.randint(-20, 20) for _ in range(rng.randint(0, 3000))]
    return (random_tree(rng, values),)


def arguments():
    value = st.one_of(st.none(), st.integers(-5, 5))
    return st.lists(value, max_size=40).map(lambda values: (tree(values),))


def invariant(args, result):
    (root,) = args
    if not isinstance(result, list) or not all(isinstance(column, list) for column in result):
        # the exact checker treats a tuple as a sequence; the statement asks for lists
        return "expected a list of lists"
    count, stack = 0, [root] if root else []
    while stack:
        node = stack.pop()
        count += 1
        stack += [child for child in (node.left, node.right) if child]
    if sum(len(column) for column in result) != count:
        return f"the columns hold {sum(map(len, result))} values but the tree has {count} nodes"
    if any(not column for column in result):
        return "an empty column was returned"
    return None
