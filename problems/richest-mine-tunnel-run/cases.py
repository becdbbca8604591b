import random

from judge.grading.authoring import Case, TreeNode, chain_tree, random_tree, st, tree


def _values(rng: random.Random, n: int, span: int, shift: int = 0) -> list:
    return [rng.randint(-span, span) + shift for _ in range(n)]


def _broom(rng: random.Random, spine: list, bush: list) -> TreeNode:
    """A path of chambers (each below the last, on a random side) with a random bush of
    modest height hanging from its bottom: most chambers lie len(spine) levels deep."""
    root = chain_tree(spine, "".join(rng.choice("lr") for _ in range(64)))
    node = root
    while node.left or node.right:
        node = node.left or node.right
    below = random_tree(rng, bush)
    if rng.random() < 0.5:
        node.left = below
    else:
        node.right = below
    return root


def scale(rng, n):
    half = max(1, n // 2)
    return (_broom(rng, _values(rng, half, 10**4), _values(rng, n - half, 10**4)),)


_rng = random.Random(28_2026)
_B = 10**9

SAMPLES = [
    Case((tree([-10, 7, 2, 4, 5, None, 1]),), expected=16,
         note="the best run 4 → 7 → 5 bends at chamber 7 and never reaches the root"),
    Case((tree([-6, -2, -9, None, -4]),), expected=-2,
         note="every chamber costs something: the best run is the single chamber -2"),
    Case((tree([2, -1, 3, 8, None, None, -5]),), expected=12,
         note="crossing the negative chamber pays: 8 + (-1) + 2 + 3 = 12, and the run stops "
              "at 3 instead of going on to -5"),
]

HIDDEN = [
    Case((tree([7]),), note="single chamber, positive"),
    Case((tree([-7]),), note="single chamber, negative"),
    Case((tree([0]),), note="single chamber worth 0"),
    Case((tree([-1, 5]),), note="the child alone beats any run through the negative root"),
    Case((tree([5, None, -1]),), note="the root alone, its only child is negative"),
    Case((tree([0, -1, -2]),), note="zero beats the negatives"),
    Case((tree([-3, -1, -2, -5, -4]),), note="all negative: the largest is inside"),
    Case((tree([-_B, -_B, -_B, None, -_B]),), note="all at the lowest value"),
    Case((tree([_B] * 15),), note="all at the highest value: 7 chambers on the longest run"),
    Case((tree([1, 2, 3, 4, 5, 6, 7]),), note="a fork may not be carried further up"),
    Case((tree([5, -3, -3, 10, 10, 10, 10]),), note="both sides worth crossing a loss"),
    Case((tree([1, -2, -3, 1, 3, -2, None, -1]),), note="small negative gains must be dropped"),
    Case((tree([-1, -1, -1, 2, -1, -1, 2]),), note="leaf to leaf across the root does not pay"),
    Case((tree([3, 0, 0, None, 0, 0]),), note="zero-valued chambers"),
    Case((tree([10, 2, None, -20, 5, 30, None, None, None, 4]),),
         note="the best run bends below a costly chamber"),
    Case((tree([-2, 6, None, 4, 1, None, None, -3, 7]),),
         note="deep leaf to inner chamber, away from the root"),
    Case((chain_tree(_values(_rng, 5000, 1000), "lr"),), note="zigzag path of 5000, mixed"),
    Case((chain_tree([_B] * 50_000, "l"),), note="a left path of 50000 at the highest value"),
    Case((chain_tree([-_B] * 50_000, "r"),), note="a right path of 50000 at the lowest value"),
    Case((random_tree(_rng, _values(_rng, 2000, 50)),), note="random shape, small values"),
    Case((random_tree(_rng, _values(_rng, 3000, 10**4, -9000)),), note="mostly negative"),
    Case((random_tree(_rng, _values(_rng, 10**5, _B)),),
         note="largest: random shape, values over the whole range"),
    Case((random_tree(_rng, _values(_rng, 10**5, 10**6, -999_000)),),
         note="largest: random shape, nearly all negative"),
    Case((tree(_values(_rng, 2**16 - 1, 10**4)),), note="complete tree of 65535 chambers"),
    Case((_broom(_rng, _values(_rng, 50_000, 10**4), _values(_rng, 50_000, 10**4)),),
         note="largest and deepest: a path of 50000 above a bush of 50000"),
    Case((_broom(_rng, _values(_rng, 49_000, 10**4, -10**4), _values(_rng, 51_000, _B)),),
         note="deep: a costly path above a rich bush"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    span = rng.choice([1, 10, 1000, _B])
    values = _values(rng, n, span, rng.choice([0, 0, -span // 2, span // 2]))
    if rng.random() < 0.3 and n > 1:
        cut = rng.randrange(1, n)
        return (_broom(rng, values[:cut], values[cut:]),)
    return (random_tree(rng, values),)


def arguments():
    rest = st.lists(st.one_of(st.none(), st.integers(-12, 12)), max_size=24)
    return st.tuples(st.integers(-12, 12), rest).map(lambda p: (tree([p[0], *p[1]]),))
