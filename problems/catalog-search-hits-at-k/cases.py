import random

from judge.grading.authoring import Case, st

NAN = float("nan")

SAMPLES = [
    Case(([[3, 1, 7, 2], [5, 9]], [[1, 2, 8], [9]], 3), expected=(1 / 3, 2 / 3),
         note="query 0: top 3 is [3, 1, 7], one hit, precision 1/3, recall 1/3; query 1: the "
              "list is shorter than k, one hit, precision 1/3 (divided by k = 3), recall 1/1"),
    Case(([[4, 4, 6, 8], [2, 3]], [[4, 8], []], 3), expected=(1 / 6, 0.5),
         note="query 0: top 3 is [4, 4, 6]; the repeated 4 is one hit and pushes 8 out, so "
              "precision 1/3 and recall 1/2; query 1 has no relevant ids: precision 0, and it "
              "is skipped in the recall mean"),
    Case(([[1], []], [[], []], 2), expected=(0.0, NAN),
         note="no query has a relevant id: the mean recall is nan"),
]


def _random(seed, m, max_len, max_rel, k, id_range, empty_rel=0.1):
    rng = random.Random(seed)
    ranked, relevant = [], []
    for _ in range(m):
        pool = rng.randint(1, id_range)
        rel_n = 0 if rng.random() < empty_rel else rng.randint(1, min(max_rel, pool))
        ids = rng.sample(range(-pool, pool), min(2 * pool, rel_n))
        relevant.append(ids)
        n = rng.randint(0, max_len)
        ranked.append([rng.randint(-pool, pool - 1) for _ in range(n)])
    return ranked, relevant, k


HIDDEN = [
    Case(([[]], [[3, 4]], 1), note="empty list: precision 0, recall 0"),
    Case(([[10, 20]], [[20, 10]], 5), note="a short list of hits: precision 2/5, not 2/2"),
    Case(([[1, 1, 1, 2]], [[1, 2]], 3),
         note="repeats push id 2 out of the top 3: one hit, not two"),
    Case(([[5, 5, 6]], [[5]], 2), note="a relevant id found twice is one hit"),
    Case(([[7, 8, 9]], [[9]], 3), note="the hit at exactly place k counts"),
    Case(([[7, 8, 9, 10]], [[10]], 3), note="the hit at place k + 1 does not count"),
    Case(([[0, -1, -5, 1000000000, -1000000000]], [[-1000000000, 0, -5]], 5),
         note="zero, negative and extreme ids"),
    Case(([[2, 3], [4], [], [9, 9, 9]], [[], [], [], []], 4),
         note="no relevant ids anywhere: nan recall"),
    Case(([[2, 3], [4], [], [9, 1]], [[], [4], [], []], 1),
         note="only one of four queries has relevant ids: recall averages over that one"),
    Case(([[1, 2, 3, 4, 5, 6]], [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], 2),
         note="more relevant ids than k: recall 2/10"),
    Case(([[6, 5, 4, 3], [1, 2], [3, 3, 2, 1]], [[4, 6], [2], [9, 8, 1]], 1), note="k = 1"),
    Case(([[1, 2, 3, 2, 1], [8, 8, 8, 8, 7], [4]], [[1, 2, 3], [7, 8], [5]], 300),
         note="k far above every list length; repeated hits"),
    Case(_random(1, 40, 12, 6, 5, 8), note="random, many repeats"),
    Case(_random(2, 200, 60, 30, 20, 40, empty_rel=0.3), note="random, many queries without "
                                                                "relevant ids"),
    Case(_random(3, 2000, 300, 200, 300, 400), note="largest"),
    Case(_random(4, 2000, 300, 200, 37, 150), note="largest, k inside the lists"),
]


def generate(rng):
    return _random(rng.randint(0, 10**9), rng.randint(1, 60), rng.randint(0, 30),
                   rng.randint(1, 10), rng.randint(1, 25), rng.randint(1, 20),
                   empty_rel=rng.choice([0.0, 0.2, 0.6]))


@st.composite
def _small(draw):
    m = draw(st.integers(1, 4))
    ranked = draw(st.lists(st.lists(st.integers(-3, 4), max_size=7), min_size=m, max_size=m))
    relevant = draw(st.lists(st.lists(st.integers(-3, 4), max_size=5, unique=True),
                             min_size=m, max_size=m))
    return ranked, relevant, draw(st.integers(1, 8))


def arguments():
    return _small()


def invariant(args, result):
    precision, recall = result
    if not 0.0 <= precision <= 1.0:
        return f"the mean precision {precision} is outside [0, 1]"
    if recall == recall and not 0.0 <= recall <= 1.0:
        return f"the mean recall {recall} is outside [0, 1]"
    return None
