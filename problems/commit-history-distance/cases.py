import random

from judge.grading.authoring import Case, st


def _relabel(rng: random.Random, parent: list[int]) -> list[int]:
    """The same tree with the commit numbers shuffled."""
    n = len(parent)
    name = list(range(n))
    rng.shuffle(name)
    out = [0] * n
    for c, p in enumerate(parent):
        out[name[c]] = -1 if p < 0 else name[p]
    return out


def _random_tree(rng: random.Random, n: int, line: float = 0.5) -> list[int]:
    """Node k hangs under a random earlier node, or under node k - 1 with probability `line`
    (long stretches of history); numbers are shuffled afterwards."""
    parent = [-1] + [k - 1 if rng.random() < line else rng.randrange(k) for k in range(1, n)]
    return _relabel(rng, parent)


def _two_arms(rng: random.Random, n: int, q: int, shuffle: bool = True) -> tuple:
    """Two branches of about n / 2 commits from the first commit; most queries join their far
    ends, so walking up costs about n steps per query."""
    arm = (n - 1) // 2
    parent = [-1] + [k - 1 if k != arm + 1 else 0 for k in range(1, n)]
    tips = list(range(n - 1 - arm // 50, n)), list(range(arm - arm // 50, arm + 1))
    queries = [[rng.choice(tips[0]), rng.choice(tips[1])] for _ in range(q)]
    if shuffle:
        name = list(range(n))
        rng.shuffle(name)
        parent = [-1 if p < 0 else name[p] for p in
                  (parent[c] for c in sorted(range(n), key=lambda c: name[c]))]
        queries = [[name[a], name[b]] for a, b in queries]
    return parent, queries


def _random_case(rng: random.Random, n: int, q: int, line: float = 0.5) -> tuple:
    parent = _random_tree(rng, n, line)
    return parent, [[rng.randrange(n), rng.randrange(n)] for _ in range(q)]


_rng = random.Random(6502)
# a line of 80,000 commits from commit 0, and a side branch of 5 commits from commit 3
_long_and_short = [-1] + list(range(79_999)) + [3, 80_000, 80_001, 80_002, 80_003]
_line = list(range(1, 10**5)) + [-1]  # commit i's parent is i + 1: the first commit is the last number

SAMPLES = [
    Case(([-1, 0, 0, 1, 1, 2], [[3, 4], [3, 5], [0, 4], [2, 2]]), expected=[2, 4, 2, 0],
         note="3 and 4 meet at 1; 3 and 5 meet at the first commit 0"),
    Case(([2, 2, -1, 1], [[3, 0], [1, 3], [0, 2]]), expected=[3, 1, 1],
         note="the first commit is number 2, and commit 1 is the parent of 3"),
]

HIDDEN = [
    Case(([-1], [[0, 0]]), note="a single commit"),
    Case(([-1], []), note="no queries"),
    Case(([1, -1], [[0, 1], [1, 0], [0, 0]]), note="two commits, the first one numbered 1"),
    Case(([-1, 0, 0, 0, 0], [[1, 2], [4, 3], [0, 4], [3, 3]]), note="a star"),
    Case(([1, 2, 3, 4, -1], [[0, 4], [4, 0], [0, 1], [2, 2]]), note="a line numbered backwards"),
    Case(([3, 3, 0, -1, 1, 4], [[2, 5], [5, 2], [0, 1], [5, 3]]),
         note="meeting point two levels above both"),
    Case(([-1, 0, 1, 2, 0, 4, 5], [[3, 6], [3, 2], [6, 4], [1, 5]]), note="two arms of three"),
    Case((_line, [[0, 10**5 - 1], [0, 1], [50_000, 3], [99_998, 99_999], [7, 7], [0, 99_990],
                  [99_000, 2], [12, 80_000]]),
         note="one line of 10**5 commits: jumps of more than 65,535 links"),
    Case((_long_and_short, [[79_999, 80_004], [80_002, 70_000], [80_004, 3], [2, 80_000]]),
         note="a line of 80,000 commits and a short side branch: lifts of over 65,535 links"),
    Case(_random_case(_rng, 2000, 2000, 0.0), note="random shape, shallow"),
    Case(_random_case(_rng, 2000, 2000, 0.9), note="random shape, long stretches"),
    Case(_random_case(_rng, 10**5, 10**5), note="largest, random shape"),
    Case(_two_arms(_rng, 10**5, 10**5), note="largest: two arms of 50,000 commits"),
]


def generate(rng):
    n = rng.randint(1, 300)
    return _random_case(rng, n, rng.randint(0, 300), rng.random())


@st.composite
def _small(draw):
    n = draw(st.integers(1, 12))
    order = draw(st.permutations(range(n)))
    parent = [-1] * n
    for k in range(1, n):
        parent[order[k]] = order[draw(st.integers(0, k - 1))]
    pair = st.lists(st.integers(0, n - 1), min_size=2, max_size=2)
    return parent, draw(st.lists(pair, max_size=8))


def arguments():
    return _small()


def invariant(args, result):
    parent, queries = args
    if not isinstance(result, (list, tuple)) or len(result) != len(queries):
        return f"expected a list of {len(queries)} distances"
    for (a, b), d in zip(queries, result):
        if not isinstance(d, int) or isinstance(d, bool):
            return f"distance of {[a, b]} is not an int: {d!r}"
        if (d == 0) != (a == b):
            return f"distance of {[a, b]} is {d}: it is 0 exactly when a == b"
    return None


def scale(rng, n):
    """Two arms of about n / 2 commits, n queries between their far ends."""
    return _two_arms(rng, n, n)
