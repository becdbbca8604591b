import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([3, 5, 1, 6, 2, 4],), expected=[3, 5, 1, 6, 2, 4],
         note="already valid: 3 < 5 > 1 < 6 > 2 < 4; any other valid order is accepted too"),
    Case(([5, 4, 6, 5],), expected=[5, 6, 4, 5],
         note="the two 5s must not meet: putting 4, 5 in the even slots and 5, 6 in the odd "
              "ones in order gives 4 < 5 > 5, which fails"),
    Case(([7, 7, 2, 2, 2],), expected=[2, 7, 2, 7, 2]),
]

N = 200_000
_rng = random.Random(2831)


def _skyline(rng: random.Random, n: int, spread: int, rise: int) -> list[int]:
    """A valid skyline of n heights, shuffled: valleys drawn from [-spread, spread], each peak
    1 + randint(0, rise) above its taller neighbouring valley."""
    valleys = [rng.randint(-spread, spread) for _ in range((n + 1) // 2)]
    heights = []
    for i, valley in enumerate(valleys):
        heights.append(valley)
        if len(heights) < n:
            neighbour = valleys[i + 1] if i + 1 < len(valleys) else valley
            heights.append(max(valley, neighbour) + 1 + rng.randint(0, rise))
    rng.shuffle(heights)
    return heights


def _median_heavy(n: int, small: int, median: int, big: int) -> list[int]:
    """n even: half the heights equal the median, placed as in a valid skyline."""
    half = n // 2
    first = (3 * half) // 5            # valleys equal to the median, at the front
    valleys = [median] * first + [small] * (half - first)
    peaks = [big] * first + [median] * (half - first)
    heights = [h for pair in zip(valleys, peaks) for h in pair]
    _rng.shuffle(heights)
    return heights


HIDDEN = [
    Case(([],), note="no towers"),
    Case(([-4],), note="a single tower"),
    Case(([2, 1],), note="two towers in the wrong order"),
    Case(([1, 2],), note="two towers already right"),
    Case(([-1, 0, -1],), note="negatives; the two equal ones at both ends"),
    Case(([0, -1, -1],), note="the same, given in another order"),
    Case(([1, 1, 2, 2],), note="two pairs of equal heights"),
    Case(([2, 2, 1, 1],), note="two pairs of equal heights, descending"),
    Case(([4, 5, 5, 6],), note="the equal middles that a plain sorted interleave puts together"),
    Case(([1, 2, 2, 2, 3, 3],), note="three copies of the median"),
    Case(([3, 3, 2, 2, 2, 1],), note="three copies of the median, descending"),
    Case(([5, 5, 5, 1, 1, 9, 9],), note="odd length, repeated values on both sides"),
    Case(([10**9, -10**9],), note="extremes"),
    Case(([10**9, -10**9, 10**9, -10**9, 0],), note="extremes with duplicates"),
    Case(([0] * 5 + [1] * 4,), note="two heights, odd length"),
    Case(([6, 5, 4, 3, 2, 1, 0, -1],), note="strictly descending"),
    Case((list(range(N)),), note="largest, sorted ascending"),
    Case((list(range(N, 0, -1)),), note="largest, sorted descending"),
    Case((_rng.sample(range(-10**9, 10**9), N),), note="largest, distinct random heights"),
    Case(([0] * (N // 2) + [1] * (N // 2),), note="largest, only two heights"),
    Case(([7] * (N // 2 + 1) + [8] * (N // 2),), note="largest, two heights, odd length"),
    Case((_median_heavy(N, -10**9, 0, 10**9),), note="largest, half the heights are the median"),
    Case((_skyline(_rng, N, 3, 2),), note="largest, a few heights repeated many times"),
    Case((_skyline(_rng, N - 1, 10**8, 10**8),), note="largest, spread out"),
]


def generate(rng):
    n = rng.randint(0, 3000)
    spread = rng.choice([0, 2, 50, 10**8])
    rise = rng.choice([0, 1, 50, 10**8])
    return (_skyline(rng, n, spread, rise),)


@st.composite
def _small_skyline(draw):
    valleys = draw(st.lists(st.integers(-4, 4), max_size=7))
    rises = draw(st.lists(st.integers(0, 2), min_size=len(valleys), max_size=len(valleys)))
    drop_last = draw(st.booleans())
    heights = []
    for i, valley in enumerate(valleys):
        heights.append(valley)
        neighbour = valleys[i + 1] if i + 1 < len(valleys) else valley
        if i + 1 < len(valleys) or not drop_last:
            heights.append(max(valley, neighbour) + 1 + rises[i])
    return (draw(st.permutations(heights)),)


def arguments():
    return _small_skyline()


def scale(rng, n):
    return (_skyline(rng, n, 10**8, 10**8),)
