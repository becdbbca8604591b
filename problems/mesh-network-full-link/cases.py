import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((4, [[9, 2, 3], [2, 0, 1], [7, 1, 2], [5, 0, 2]]), expected=9,
         note="by minute 7 masts 0, 1 and 2 are linked (the link 1-2 adds nothing); 3 joins at 9"),
    Case((3, [[4, 0, 1], [4, 1, 0], [6, 0, 0]]), expected=-1, note="mast 2 never gets a link"),
    Case((1, []), expected=0, note="a single mast is linked from the start"),
]

LIMIT = 100_000
MAX_LINKS = 200_000
MAX_MINUTE = 10**9


def _random_log(rng: random.Random, n: int, m: int, hi: int) -> list[list[int]]:
    # a spanning tree over shuffled masts plus extra links, all at random minutes, shuffled
    order = list(range(n))
    rng.shuffle(order)
    links = [[rng.randint(0, hi), order[rng.randrange(i)], order[i]] for i in range(1, n)]
    while len(links) < m:
        links.append([rng.randint(0, hi), rng.randrange(n), rng.randrange(n)])
    links = links[:m]
    rng.shuffle(links)
    return links


def _chain_onto(n: int, hub_first: bool) -> list[list[int]]:
    # mast t links to mast 0 at minute t: a naive union without sizes builds a long path
    return [[t, 0, t] if hub_first else [t, t, 0] for t in range(n - 1, 0, -1)]


def _redundant_early(n: int) -> list[list[int]]:
    # many links inside one group early on, then one late link per remaining mast
    links = [[t, 0, 1 + t % 2] for t in range(n)]
    links += [[10 * n + t, t - 1, t] for t in range(2, n)]
    return links[::-1]


_rng = random.Random(28033)

HIDDEN = [
    Case((1, [[5, 0, 0], [3, 0, 0]]), note="a single mast with links to itself"),
    Case((2, []), note="two masts, no links"),
    Case((2, [[0, 1, 0]]), note="one link at minute 0"),
    Case((2, [[MAX_MINUTE, 0, 1], [MAX_MINUTE, 1, 0]]), note="the latest minute, twice"),
    Case((3, [[1, 0, 0], [2, 1, 1], [3, 2, 2], [9, 0, 1]]), note="self-links never join anything"),
    Case((3, [[1, 0, 1], [2, 0, 1], [3, 1, 0], [8, 1, 2]]), note="the same pair repeated"),
    Case((4, [[3, 0, 1], [4, 1, 2], [5, 2, 0], [6, 0, 1], [20, 2, 3]]),
         note="links inside one group before the last mast is reached"),
    Case((4, [[5, 0, 1], [5, 2, 3], [5, 1, 2], [5, 3, 0]]), note="everything in the same minute"),
    Case((5, [[50, 3, 4], [10, 0, 1], [20, 1, 2], [30, 2, 3], [40, 0, 4]]),
         note="the log's first entry is the last link needed; 40 completes it"),
    Case((5, [[1, 0, 1], [2, 2, 3], [3, 1, 0], [4, 3, 2]]), note="two groups that never meet"),
    Case((6, [[7, 4, 5], [1, 0, 1], [2, 2, 3], [3, 0, 2], [3, 1, 3], [4, 0, 3], [5, 3, 4]]),
         note="a late link to the last mast after several redundant ones"),
    Case((LIMIT, _random_log(_rng, LIMIT, MAX_LINKS, MAX_MINUTE)), note="largest, random"),
    Case((LIMIT, _chain_onto(LIMIT, True)), note="largest, every mast links to mast 0"),
    Case((LIMIT, _chain_onto(LIMIT, False)), note="largest, every mast links to mast 0, reversed pairs"),
    Case((LIMIT, _redundant_early(LIMIT)), note="largest, many redundant links first"),
    Case((LIMIT, _random_log(_rng, LIMIT, MAX_LINKS, 1000)[: LIMIT - 1] + [[0, 5, 5]] * (LIMIT - 1)),
         note="largest, probably never fully linked, many self-links at minute 0"),
    Case((LIMIT, [[MAX_MINUTE - t, t, t + 1] for t in range(LIMIT - 1)]),
         note="largest, a path whose links come online from the far end"),
]


def generate(rng):
    n = rng.randint(1, 3000)
    m = rng.randint(max(0, n - 3), 3 * n)
    return n, _random_log(rng, n, m, rng.choice([5, 1000, MAX_MINUTE]))


@st.composite
def _small(draw):
    n = draw(st.integers(1, 7))
    link = st.tuples(st.integers(0, 12), st.integers(0, n - 1), st.integers(0, n - 1)).map(list)
    return n, draw(st.lists(link, max_size=12))


def arguments():
    return _small()


def scale(rng, n):
    return n, _random_log(rng, n, 2 * n, MAX_MINUTE)


def invariant(args, result):
    n, links = args
    if n == 1:
        return None if result == 0 else "a single mast is linked from the start: 0"
    if result != -1 and result not in {minute for minute, _, _ in links}:
        return f"{result} is not a minute at which any link came online"
    return None
