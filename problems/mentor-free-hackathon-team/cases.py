import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree

_V = 10**4


def _values(rng: random.Random, n: int, low: int = -_V, high: int = _V) -> list:
    return [rng.randint(low, high) for _ in range(n)]


def _broom(rng: random.Random, spine: list, bush: list) -> TreeNode:
    """A line of engineers (each mentoring the next, on a random side) with a random bush of
    modest height under its last one: most nodes lie len(spine) levels deep."""
    root = chain_tree(spine, "".join(rng.choice("lr") for _ in range(64)))
    node = root
    while node.left or node.right:
        node = node.left or node.right
    if bush:
        setattr(node, rng.choice(["left", "right"]), random_tree(rng, bush))
    return root


def scale(rng, n):
    half = max(1, n // 2)
    return (_broom(rng, _values(rng, half), _values(rng, n - half)),)


_rng = random.Random(2812)

SAMPLES = [
    Case((tree([6, 2, 9, 8, 1, None, 4]),), expected=19,
         note="6 + 8 + 1 + 4: grandchildren may come along with the root"),
    Case((tree([10, 1, None, 1, None, 10]),), expected=20,
         note="the two 10s are three levels apart: two levels in a row stay home"),
    Case((tree([-3, -1, 2]),), expected=2, note="negative engineers stay home"),
]

HIDDEN = [
    Case((tree([]),), note="empty tree"),
    Case((tree([7]),), note="single engineer"),
    Case((tree([-7]),), note="single engineer with negative energy: empty team"),
    Case((tree([0]),), note="single engineer worth 0"),
    Case((tree([-5, -2, -9, -1, -4]),), note="all negative"),
    Case((tree([3, 5]),), note="two engineers: the mentee alone"),
    Case((tree([5, None, 3]),), note="two engineers: the mentor alone"),
    Case((tree([5, 6, None, 5]),), note="greedy takes 6 and loses"),
    Case((tree([1, 10, 10, 1, 1, 1, 1, 9, 9, 9, 9, 9, 9, 9, 9]),),
         note="levels 1 and 3 together"),
    Case((tree([4, -2, 3, 5, 6, -1, 2]),), note="a negative mentor between good people"),
    Case((tree([2, 3, 3, -5, -5, -5, -5, 4, 4]),), note="skip a level, then skip a negative level"),
    Case((tree([0, 0, 0, 0, 0, 0, 0]),), note="all zero"),
    Case((tree([_V, -_V, _V, _V, -_V, -_V, _V]),), note="extremes"),
    Case((tree([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),), note="perfect tree"),
    Case((chain_tree([_V, 1, 1] * 100, "l"),), note="a left line, two small values between big ones"),
    Case((chain_tree(_values(_rng, 5000), "lr"),), note="zigzag line of 5000"),
    Case((chain_tree(_values(_rng, 50_000, 0), "r"),), note="a right line of 50000, non-negative"),
    Case((random_tree(_rng, _values(_rng, 2000, -50, 50)),), note="random shape, small values"),
    Case((random_tree(_rng, _values(_rng, 3000, -_V, 100)),), note="mostly negative"),
    Case((random_tree(_rng, _values(_rng, 10**5)),), note="largest: random shape"),
    Case((random_tree(_rng, [_V] * 10**5),), note="largest: everyone at the highest energy"),
    Case((tree(_values(_rng, 2**16 - 1, -100, _V)),), note="complete tree of 65535"),
    Case((_broom(_rng, _values(_rng, 50_000), _values(_rng, 50_000)),),
         note="largest and deepest: a line of 50000 above a bush of 50000"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    span = rng.choice([1, 10, 1000, _V])
    values = _values(rng, n, rng.choice([-span, 0, -span // 3]), span)
    if rng.random() < 0.3 and n > 1:
        cut = rng.randrange(1, n)
        return (_broom(rng, values[:cut], values[cut:]),)
    return (random_tree(rng, values),)


def arguments():
    values = st.lists(st.one_of(st.none(), st.integers(-12, 12)), max_size=26)
    return values.map(lambda v: (tree(v),))
