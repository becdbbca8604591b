import random

from judge.grading.authoring import Case, ops, st


def _drain(queues: list[list[int]], rng: random.Random | None = None,
           checks: bool = True) -> tuple:
    """Every job handed out, with has_next before each next (or, given rng, before some),
    and a final has_next."""
    calls = []
    for _ in range(sum(len(queue) for queue in queues)):
        if checks and (rng is None or rng.random() < 0.4):
            calls.append(("has_next",))
        calls.append(("next",))
    calls.append(("has_next",))
    return ops(("TurnTaker", queues), *calls)


def _lists(args: tuple) -> tuple:
    # the same calls as [name, args] lists: smaller on the channel than tagged tuples
    return ([[name, list(op_args)] for name, op_args in args[0]],)


def _one_long(rng: random.Random, tenants: int, long_jobs: int) -> list[list[int]]:
    """Many queues, most empty or holding one job, and one long queue in the middle: after
    the first round only the long one is left."""
    queues = [[] if rng.random() < 0.4 else [rng.randint(-10**9, 10**9)]
              for _ in range(tenants - 1)]
    queues.insert(tenants // 2, [rng.randint(-10**9, 10**9) for _ in range(long_jobs)])
    return queues


def _random_queues(rng: random.Random, tenants: int, jobs: int, span: int) -> list[list[int]]:
    lengths = [0] * tenants
    for _ in range(jobs):
        lengths[int(tenants * rng.random() ** 2)] += 1
    rng.shuffle(lengths)
    return [[rng.randint(-span, span) for _ in range(length)] for length in lengths]


def scale(rng, n):
    return _lists(_drain(_one_long(rng, n, n), checks=False))


_rng = random.Random(5150)

SAMPLES = [
    Case(ops(("TurnTaker", [[1, 2, 3], [10], [20, 21]]), ("next",), ("next",), ("next",),
             ("next",), ("has_next",), ("next",), ("next",), ("has_next",)),
         expected=[None, 1, 10, 20, 2, True, 21, 3, False],
         note="round 0 gives 1, 10, 20; round 1 skips the exhausted tenant 1: 2, 21; "
              "round 2 has only 3"),
    Case(ops(("TurnTaker", [[], [7, 7], [], [-4]]), ("has_next",), ("next",), ("next",),
             ("next",), ("has_next",)),
         expected=[None, True, 7, -4, 7, False],
         note="empty queues never get a turn"),
]

HIDDEN = [
    Case(_drain([]), note="no queues"),
    Case(_drain([[], [], []]), note="only empty queues"),
    Case(_drain([[5]]), note="a single job"),
    Case(_drain([[1, 2, 3, 4]]), note="a single queue"),
    Case(_drain([[1, 3, 5], [2, 4, 6]]), note="two equal queues"),
    Case(_drain([[1, 2, 3], [], [4, 5, 6], []]), note="equal queues with empty ones between"),
    Case(_drain([[1], [2, 3, 4, 5], [6]]), note="the middle queue outlasts the others"),
    Case(_drain([[1, 2, 3, 4], [5], [6], [7, 8]]), note="neighbours run out in the same round"),
    Case(_drain([[], [], [9, 8, 7], []]), note="only one non-empty queue, after empties"),
    Case(_drain([[1, 2], [3], [4, 5, 6], [7], [8, 9]]),
         note="queue after one that just ran out"),
    Case(_drain([[1], [2], [3, 30, 300], [4], [5, 50]]),
         note="several queues run out in the first round"),
    Case(_drain([[0, 0], [-1, 0], [0]]), note="zeros and negatives"),
    Case(_drain([[10**9, -10**9], [-10**9], [10**9, 10**9, -10**9]]), note="extremes"),
    Case(_drain([[3, 3, 3], [3, 3], [3]]), note="repeated ids"),
    Case(_drain([[1, 2, 3], [4, 5], [6]], checks=False), note="next without has_next"),
    Case(_drain(_random_queues(_rng, 40, 300, 9), _rng), note="random queues"),
    Case(_lists(_drain(_random_queues(_rng, 2000, 200_000, 10**9))),
         note="largest, 2000 queues of uneven length"),
    Case(_lists(_drain(_one_long(_rng, 100_000, 100_000), checks=False)),
         note="largest: 10^5 queues, one long queue among empties and single jobs"),
]


def generate(rng):
    tenants = rng.randint(0, 200)
    return _drain(_random_queues(rng, tenants, rng.randint(0, 3000), 10**9)
                  if tenants else [], rng)


@st.composite
def _drawn(draw):
    queues = draw(st.lists(st.lists(st.integers(-3, 3), max_size=4), max_size=5))
    steps = draw(st.lists(st.sampled_from(["has_next", "next"]), max_size=25))
    calls, left = [], sum(len(queue) for queue in queues)
    for step in steps:
        if step == "next" and left == 0:
            step = "has_next"
        left -= step == "next"
        calls.append((step,))
    return ops(("TurnTaker", queues), *calls)


def arguments():
    return _drawn()
