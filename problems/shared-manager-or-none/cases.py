import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree

_B = 10**9
_office = [3, 8, 5, 1, 7, None, 9, None, None, 2, 6]


def _ids(rng: random.Random, n: int, span: int = _B) -> list:
    return rng.sample(range(-span, span + 1), n)


def _absent(rng: random.Random, ids: list, span: int = _B) -> int:
    taken = set(ids)
    while True:
        value = rng.randint(-span, span)
        if value not in taken:
            return value


def _bottom(node: TreeNode) -> TreeNode:
    while node.left or node.right:
        node = node.left or node.right
    return node


_rng = random.Random(4028)
_line = _ids(_rng, 10**4)
_line_tree = chain_tree(_line, "lrr")
_big = _ids(_rng, 10**4)
_big_tree = random_tree(_rng, _big)
_big_missing = _absent(_rng, _big)

SAMPLES = [
    Case((tree(_office), 2, 1), expected=8, note="2 reports to 7, which reports to 8, as does 1"),
    Case((tree(_office), 7, 4), expected=None,
         note="there is no badge 4: the answer is `None`, not 7"),
    Case((tree(_office), 8, 6), expected=8, note="8 manages 6 (through 7), so it is the answer"),
]

HIDDEN = [
    Case((tree([]), 1, 1), note="empty tree"),
    Case((tree([]), 0, 5), note="empty tree, different badges"),
    Case((tree([4]), 4, 4), note="single employee, asked twice"),
    Case((tree([4]), 4, 5), note="single employee and a missing badge"),
    Case((tree([4]), 5, 4), note="a missing badge first"),
    Case((tree([4]), 6, 6), note="the same missing badge twice"),
    Case((tree(_office), 3, 11), note="the root and a missing badge"),
    Case((tree(_office), 12, 3), note="a missing badge and the root"),
    Case((tree(_office), 6, 0), note="a deep badge and a missing one"),
    Case((tree(_office), 10, 11), note="both badges missing"),
    Case((tree(_office), 9, 9), note="the same badge twice"),
    Case((tree(_office), 9, 6), note="opposite sides: the root"),
    Case((tree(_office), 6, 8), note="the ancestor given second"),
    Case((tree(_office), 5, 9), note="a direct report"),
    Case((tree([10, 20, 5, 1, 30, 7, 2]), 1, 30), note="looks like no search tree at all"),
    Case((tree([10, 5, 20, 1, 7, 15, 30]), 1, 7), note="this one happens to be a search tree"),
    Case((tree([0, -5, 7, -9, 3, None, 4]), -9, 3), note="negative badges"),
    Case((tree([0, -5, 7, -9, 3, None, 4]), 0, -1), note="zero and a missing negative badge"),
    Case((tree([_B, -_B, 0]), -_B, 0), note="extreme badges"),
    Case((tree([_B, -_B, 0]), _B, -_B + 1), note="extreme badge and a missing neighbour"),
    Case((tree([1, 2, None, 3, None, 4, None, 5]), 5, 2), note="a left line"),
    Case((tree([1, 2, None, 3, None, 4, None, 5]), 5, 6), note="a left line, one missing"),
    Case((_line_tree, _line[-1], _line[0]), note="a line of 10000: the bottom and the top"),
    Case((_line_tree, _line[-1], _line[-2]), note="a line of 10000: the two lowest"),
    Case((_line_tree, _line[0], _absent(_rng, _line)), note="line of 10000: the top, one missing"),
    Case((_line_tree, _absent(_rng, _line), _line[-1]), note="line of 10000: missing, bottom"),
    Case((_big_tree, _big[_rng.randrange(10**4)], _big[_rng.randrange(10**4)]),
         note="largest, random shape"),
    Case((_big_tree, _big[_rng.randrange(10**4)], _big_missing),
         note="largest, one badge missing"),
    Case((_big_tree, _big[0], _big_missing), note="largest, the root and a missing badge"),
]


def generate(rng):
    n = rng.randint(0, 10**4)
    span = rng.choice([n + 5, 10**4, _B])
    ids = _ids(rng, n, span)
    root = random_tree(rng, ids)
    if n > 1 and rng.random() < 0.3:
        root = chain_tree(ids, "".join(rng.choice("lr") for _ in range(50)))

    def pick():
        if ids and rng.random() < 0.75:
            return rng.choice(ids)
        return _absent(rng, ids, span)

    return root, pick(), pick()


@st.composite
def _drawn(draw):
    ids = draw(st.lists(st.integers(-20, 20), unique=True, max_size=20))
    root = random_tree(draw(st.randoms(use_true_random=False)), ids)
    badge = st.sampled_from(ids) if ids else st.integers(-22, 22)
    pick = st.one_of(badge, badge, st.integers(-22, 22))
    return root, draw(pick), draw(pick)


def arguments():
    return _drawn()
