import math
import random

from judge.grading.authoring import Case, st

NAN = float("nan")

SAMPLES = [
    Case(([[5, 2, 9, 4], [1, 3]], [[2, 4, 7], [1]]), expected=(2 / 3, 0.75),
         note="query 0: hits at ranks 2 and 4, AP = (1/2 + 2/4) / 3 = 1/3 (episode 7 was never "
              "returned but still counts in the divisor), RR = 1/2; query 1: AP = 1, RR = 1"),
    Case(([[8, 8, 3], [4, 6]], [[8, 3], []]), expected=(5 / 6, 1.0),
         note="query 0: the repeated 8 at rank 2 is a miss, so AP = (1/1 + 2/3) / 2 = 5/6; "
              "query 1 has no relevant ids and is skipped"),
    Case(([[1, 2], [3]], [[9], []]), expected=(0.0, 0.0),
         note="the only judged query has no hit: AP = 0, RR = 0"),
]


def _random(seed, m, max_len, max_rel, id_range, empty_rel=0.1, repeat=0.2):
    rng = random.Random(seed)
    ranked, relevant = [], []
    for _ in range(m):
        pool = rng.randint(1, id_range)
        rel_n = 0 if rng.random() < empty_rel else rng.randint(1, min(max_rel, 2 * pool))
        relevant.append(rng.sample(range(-pool, pool), rel_n))
        n = rng.randint(0, max_len)
        answer = []
        for _ in range(n):
            if answer and rng.random() < repeat:
                answer.append(rng.choice(answer))
            else:
                answer.append(rng.randint(-pool, pool - 1))
        ranked.append(answer)
    return ranked, relevant


HIDDEN = [
    Case(([[1]], [[]]), note="no query has relevant ids: (nan, nan)"),
    Case(([[2, 3], [], [9, 9]], [[], [], []]), note="several queries, none judged: (nan, nan)"),
    Case(([[]], [[3, 4]]), note="empty answer list: AP 0, RR 0"),
    Case(([[7]], [[7]]), note="a single perfect answer"),
    Case(([[1, 2]], [[1, 2, 3, 4]]),
         note="more relevant ids than returned entries: AP = 2/4, not divided by the list "
              "length or by the hits"),
    Case(([[4, 4, 4, 5]], [[5, 4]]),
         note="repeats of a hit are misses: hits at ranks 1 and 4, AP = (1 + 2/4) / 2"),
    Case(([[6, 1, 6, 2, 1]], [[1, 2, 6]]),
         note="repeats after every hit; first hit at rank 1"),
    Case(([[3, 8, 1, 9]], [[9, 1]]),
         note="first hit at rank 3, last at rank 4: RR uses the first"),
    Case(([[0, -1, -5, 1000000000, -1000000000]], [[-1000000000, 0, -5]]),
         note="zero, negative and extreme ids"),
    Case(([[2, 3], [4], [], [9, 1]], [[], [4], [], [1, 8]]),
         note="two of four queries judged: both means are over those two only"),
    Case(([list(range(1, 301))], [[300]]), note="the only hit at rank 300"),
    Case(([list(range(300, 0, -1))], [list(range(1, 201))]),
         note="200 relevant ids, all in the bottom 200 of 300"),
    Case(([[5, 6, 7], [5, 6, 7], [5, 6, 7]], [[7], [6], [5]]), note="RR = 1/3, 1/2, 1"),
    Case(_random(1, 40, 12, 6, 8, repeat=0.4), note="random, many repeats"),
    Case(_random(2, 200, 60, 30, 40, empty_rel=0.3), note="random, many unjudged queries"),
    Case(_random(3, 2000, 300, 200, 400), note="largest"),
    Case(_random(4, 2000, 300, 200, 150, repeat=0.05), note="largest, dense hits"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 60), rng.randint(0, 30),
                   rng.randint(1, 10), rng.randint(1, 20),
                   empty_rel=rng.choice([0.0, 0.2, 0.6]), repeat=rng.choice([0.0, 0.3]))


@st.composite
def _small(draw):
    m = draw(st.integers(1, 4))
    ranked = draw(st.lists(st.lists(st.integers(-3, 4), max_size=7), min_size=m, max_size=m))
    relevant = draw(st.lists(st.lists(st.integers(-3, 4), max_size=5, unique=True),
                             min_size=m, max_size=m))
    return ranked, relevant


def arguments():
    return _small()


def invariant(args, result):
    mean_ap, mean_rr = result
    if math.isnan(mean_ap) != math.isnan(mean_rr):
        return "exactly one of the two means is nan"
    if math.isnan(mean_ap):
        return None
    for name, value in (("MAP", mean_ap), ("MRR", mean_rr)):
        if not -1e-12 <= value <= 1 + 1e-12:
            return f"{name} = {value} is outside [0, 1]"
    return None
