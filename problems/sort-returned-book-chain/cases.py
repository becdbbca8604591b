import random

from judge.grading.authoring import Case, linked, st

SAMPLES = [
    Case((linked([512, 90, 733, 90, -4, 301]),), expected=linked([-4, 90, 90, 301, 512, 733]),
         note="a repeated call number stays twice"),
    Case((linked([8, 3]),), expected=linked([3, 8]), note="two books out of order"),
    Case((linked([]),), expected=linked([]), note="an empty chute gives an empty list"),
]

BIG = 10**9
N = 100_000
_rng = random.Random(40417)


def _random(n, low=-BIG, high=BIG):
    return [_rng.randint(low, high) for _ in range(n)]


HIDDEN = [
    Case((linked([7]),), note="a single book"),
    Case((linked([1, 2]),), note="two books already in order"),
    Case((linked([5, 5]),), note="two equal books"),
    Case((linked([3, 1, 2]),), note="three books"),
    Case((linked([2, 3, 1]),), note="three books, the smallest last"),
    Case((linked([4, 3, 2, 1]),), note="four books in reverse order"),
    Case((linked([1, 2, 3, 4, 5, 6, 7]),), note="already sorted, odd length"),
    Case((linked([9, 9, 9, 9, 9]),), note="all equal"),
    Case((linked([0, -1, 1, -2, 2, -3, 3, 0]),), note="negatives and zero"),
    Case((linked([BIG, -BIG, BIG, -BIG, 0]),), note="extremes"),
    Case((linked([6, 1, 6, 1, 6, 1, 6, 1, 6]),), note="two values alternating"),
    Case((linked([1, 2, 3, 4, 5, 0]),), note="sorted but for the smallest at the end"),
    Case((linked([10, 1, 2, 3, 4, 5]),), note="sorted but for the largest at the front"),
    Case((linked(_random(N)),), note="largest, random"),
    Case((linked(sorted(_random(N))),), note="largest, already sorted"),
    Case((linked(sorted(_random(N), reverse=True)),), note="largest, reverse order"),
    Case((linked(_random(N, -20, 20)),), note="largest, many repeats"),
    Case((linked(_random(N - 1)),), note="largest, odd length"),
]


def generate(rng):
    n = rng.choice([rng.randint(0, 50), rng.randint(1, 5000), N - rng.randint(0, 3)])
    spread = rng.choice([3, 1000, BIG])
    return (linked([rng.randint(-spread, spread) for _ in range(n)]),)


def arguments():
    return st.lists(st.integers(-9, 9), max_size=16).map(lambda values: (linked(values),))


def _values(chain):
    """The values of a ListNode chain (an argument) or of a decoded LinkedList (a result)."""
    if chain is None:
        return []
    if hasattr(chain, "values"):
        return list(chain.values)
    out = []
    while chain is not None:
        out.append(chain.val)
        chain = chain.next
    return out


def invariant(args, result):
    sent = _values(args[0])
    got = _values(result)
    if len(got) != len(sent):
        return f"the list had {len(sent)} nodes, the result has {len(got)}"
    return None


def scale(rng, n):
    """n random call numbers: insertion sort grows like n^2."""
    return (linked([rng.randint(-BIG, BIG) for _ in range(n)]),)
