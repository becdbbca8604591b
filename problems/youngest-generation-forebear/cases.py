import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree

_B = 10**9


def _ids(rng: random.Random, n: int, span: int = _B) -> list:
    return rng.sample(range(-span, span + 1), n)


def _bottom(node: TreeNode) -> TreeNode:
    while node.left or node.right:
        node = node.left or node.right
    return node


def _broom(rng: random.Random, ids: list, spine: int) -> TreeNode:
    """A line of `spine` people (each the child of the last, on a random side) with a random
    bush of the remaining ids under its last one."""
    root = chain_tree(ids[:spine], "".join(rng.choice("lr") for _ in range(64)))
    if len(ids) > spine:
        setattr(_bottom(root), rng.choice(["left", "right"]), random_tree(rng, ids[spine:]))
    return root


def _two_lines(rng: random.Random, ids: list, extra: int = 0) -> TreeNode:
    """Two lines of people below the root, one of them `extra` people longer."""
    root = TreeNode(ids[0])
    rest = ids[1:]
    half = (len(rest) - extra) // 2
    root.left = chain_tree(rest[:half], "".join(rng.choice("lr") for _ in range(64)))
    root.right = chain_tree(rest[half:], "".join(rng.choice("lr") for _ in range(64)))
    return root


def scale(rng, n):
    return (_broom(rng, _ids(rng, n), n // 2),)


_rng = random.Random(9028)

SAMPLES = [
    Case((tree([1, 2, 3, 4, 5, None, 6, None, None, 7, 8]),), expected=5,
         note="the deepest people are 7 and 8; the nearest forebear of both is 5"),
    Case((tree([10, 20, 30, 40, None, None, 50]),), expected=10,
         note="40 and 50 are on different sides: only the root covers both"),
    Case((tree([4, 9, 2, None, 7]),), expected=7,
         note="a single deepest person is their own nearest forebear"),
]

HIDDEN = [
    Case((tree([42]),), note="one person"),
    Case((tree([-3, -8]),), note="two people: the child"),
    Case((tree([-3, None, 5]),), note="two people, right child"),
    Case((tree([0, 1, 2]),), note="two children of the root"),
    Case((tree([1, 2, 3, 4, 5, 6, 7, 8, 9, None, None, None, None, None, 10]),),
         note="three deepest people: the first two meet at 4, all three only at the root"),
    Case((tree([1, 2, 3, 4, 5, 6, 7, None, None, 8, 9, 10]),),
         note="three deepest, two under 5 and one under 6"),
    Case((tree([1, 2, 3, 4, 5, None, None, 6, None, 7, 8]),),
         note="leftmost deepest is 6, but 7 and 8 are just as deep"),
    Case((tree([5, 3, 8, 1, 4, None, 9, None, None, None, 2]),),
         note="a shallower leaf on the other side does not matter"),
    Case((tree([1, 2, 3, None, 4, 5, None, 6, None, None, 7, None, 8, 9]),),
         note="two branches of equal depth, each ending in one deepest person: the root"),
    Case((tree([_B, -_B, 0, 7, None, None, -7]),), note="extreme ids"),
    Case((tree(list(range(1, 32))),), note="perfect tree: the root"),
    Case((tree(list(range(1, 33))),), note="perfect tree with one extra: that person"),
    Case((tree(list(range(100, 128)) + [None] * 3 + [-1, -2]),),
         note="complete tree whose last level sits under one person"),
    Case((chain_tree(_ids(_rng, 5000), "lr"),), note="zigzag line: the last person"),
    Case((_two_lines(_rng, _ids(_rng, 5001)),), note="two equal lines: the root"),
    Case((_two_lines(_rng, _ids(_rng, 5002), 1),), note="two lines, one a person longer"),
    Case((random_tree(_rng, _ids(_rng, 2000, 5000)),), note="random shape"),
    Case((tree(_ids(_rng, 2**16 - 1)),), note="complete tree of 65535: the root"),
    Case((random_tree(_rng, _ids(_rng, 10**5)),), note="largest: random shape"),
    Case((_broom(_rng, _ids(_rng, 10**5), 50_000),),
         note="largest and deepest: a line of 50000 above a bush of 50000"),
    Case((_two_lines(_rng, _ids(_rng, 10**5), 1),),
         note="largest: two lines of 50000, one a person longer"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    ids = _ids(rng, n, rng.choice([n, 10**4, _B]))
    shape = rng.random()
    if shape < 0.3 and n > 2:
        return (_broom(rng, ids, rng.randrange(1, n)),)
    if shape < 0.5 and n > 2:
        return (_two_lines(rng, ids, rng.randint(0, 2)),)
    if shape < 0.7:
        return (tree(ids),)
    return (random_tree(rng, ids),)


@st.composite
def _drawn(draw):
    ids = draw(st.lists(st.integers(-40, 40), unique=True, min_size=1, max_size=25))
    if draw(st.booleans()):
        return (random_tree(draw(st.randoms(use_true_random=False)), ids),)
    holes = draw(st.lists(st.booleans(), min_size=len(ids), max_size=len(ids)))
    values = [ids[0]] + [None if hole else v for v, hole in zip(ids[1:], holes[1:])]
    return (tree(values),)


def arguments():
    return _drawn()
