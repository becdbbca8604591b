import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree


def _clone(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    copy = TreeNode(root.val)
    stack = [(root, copy)]
    while stack:
        original, made = stack.pop()
        for side in ("left", "right"):
            child = getattr(original, side)
            if child is not None:
                setattr(made, side, TreeNode(child.val))
                stack.append((child, getattr(made, side)))
    return copy


def _free_slots(root: TreeNode) -> list[tuple[TreeNode, str]]:
    slots, stack = [], [root]
    while stack:
        node = stack.pop()
        for side in ("left", "right"):
            child = getattr(node, side)
            if child is None:
                slots.append((node, side))
            else:
                stack.append(child)
    return slots


def _with_copies(rng: random.Random, base: int, piece: int, copies: int, low: int,
                 high: int) -> TreeNode:
    """A random tree with `copies` copies of one random branch hung at random free slots."""
    root = random_tree(rng, [rng.randint(low, high) for _ in range(base)])
    branch = random_tree(rng, [rng.randint(low, high) for _ in range(piece)])
    slots = _free_slots(root)
    for parent, side in rng.sample(slots, min(copies, len(slots))):
        setattr(parent, side, _clone(branch))
    return root


def _twin_chains(length: int, rng: random.Random) -> TreeNode:
    values = [rng.randint(-10**9, 10**9) for _ in range(length)]
    root = TreeNode(0, chain_tree(values, "lr"), chain_tree(values, "lr"))
    return root


_rng = random.Random(6172)

SAMPLES = [
    Case((tree([2, 4, 3, 7, None, 4, 9, None, None, 7]),), expected=[[1, 4], [2, 5]],
         note="preorder numbers: 2→0, 4→1, 7→2, 3→3, 4→4, 7→5, 9→6; the branch "
              "\"4 with a left leaf 7\" occurs at 1 and 4, the leaf 7 at 2 and 5"),
    Case((tree([0, 5, 5, 6, None, None, 6]),), expected=[[2, 4]],
         note="the two rooms 5 have their leaf 6 on different sides, so only the leaves repeat"),
    Case((tree([]),), expected=[], note="the empty tree"),
]


def scale(rng, n):
    return (chain_tree([rng.randint(0, 3) for _ in range(n)], "lr"),)


HIDDEN = [
    Case((tree([7]),), note="a single room"),
    Case((tree([1, 1]),), note="a root and a child with the same code are different branches"),
    Case((tree([0, 1, 11, 12, None, 2]),),
         note="1 over 12 and 11 over 2: the same digits, different branches"),
    Case((tree([0, 1, 11, 11, None, 1]),), note="codes 1 and 11 on the same side"),
    Case((tree([0, 1, 1, 1, None, None, 1]),),
         note="left child vs right child: read in order, both would be '# 1 # 1 #'"),
    Case((tree([-1, 1, -1, None, None, 1]),), note="negative codes: -1 is not 1"),
    Case((tree([3, 3, 3, 3, 3, 3, 3]),), note="a group of four leaves and one of the two middle rooms"),
    Case((tree([8, 8, 8, None, 8, None, 8, None, 8, None, 8]),),
         note="branches that are paths of equal codes, differing only in length"),
    Case((tree([5, 9, 9, 9, 9, 9, 9, 4, 4, 4, 4, 4, 4, 4, 4]),),
         note="a group of eight leaves and one of four rooms"),
    Case((TreeNode(0, _clone(tree([6, 2, 2])), TreeNode(1, tree([6, 2, 2]), tree([6, 2, 2]))),),
         note="three copies of one branch"),
    Case((tree([10**9, -10**9, -10**9, 10**9, None, 10**9]),), note="extreme codes"),
    Case((tree([0, 2, 2, None, 0, None, 0, 0, None, 0]),),
         note="copies whose leaves sit at different depths"),
    Case((tree([0] * (2**16 - 1)),), note="complete tree of zeros, 65535 rooms: 15 groups"),
    Case((_with_copies(_rng, 60_000, 8_000, 5, 0, 1),), note="five copies of a large branch, codes 0/1"),
    Case((random_tree(_rng, [_rng.randint(0, 2) for _ in range(100_000)]),),
         note="100000 rooms with codes 0..2: many small groups"),
    Case((random_tree(_rng, [_rng.randint(-10**9, 10**9) for _ in range(100_000)]),),
         note="100000 rooms with distinct-looking codes: almost nothing repeats"),
    Case((_twin_chains(40_000, _rng),), note="two equal paths of 40000 rooms"),
    Case((chain_tree([_rng.randint(0, 1) for _ in range(50_000)], "lr"),),
         note="a zigzag path of height 50000"),
]


def generate(rng):
    return (_with_copies(rng, rng.randint(1, 1500), rng.randint(1, 60), rng.randint(0, 4),
                         rng.choice([0, -3]), rng.choice([1, 3, 1000])),)


def arguments():
    value = st.one_of(st.none(), st.integers(-2, 2))
    return st.lists(value, max_size=25).map(lambda values: (tree(values),))
