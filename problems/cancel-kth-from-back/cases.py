from judge.grading.authoring import Case, linked, st

SAMPLES = [
    Case((linked([4, 8, 15, 16, 23, 42]), 2), expected=linked([4, 8, 15, 16, 42]),
         note="the second job from the back is 23"),
    Case((linked([3, 5, 7]), 3), expected=linked([5, 7]),
         note="k equals the length: the head goes"),
    Case((linked([5, 6]), 3), expected=linked([5, 6]),
         note="fewer than k jobs: nothing is cancelled"),
]

HIDDEN = [
    Case((linked([]), 1), note="empty queue"),
    Case((linked([9]), 1), note="the only job: the result is empty"),
    Case((linked([9]), 2), note="one job, k past it"),
    Case((linked([1, 2, 3, 4, 5]), 1), note="k = 1: the last node goes"),
    Case((linked([1, 2, 3, 4, 5]), 5), note="k = n: the head goes"),
    Case((linked([1, 2, 3, 4, 5]), 4), note="k = n - 1: the second node goes"),
    Case((linked([1, 2, 3, 4, 5]), 6), note="k = n + 1: nothing goes"),
    Case((linked([1, 2, 3, 4, 5]), 100_000), note="k far past n"),
    Case((linked([3, 1, 3, 1, 3]), 3), note="duplicates: the middle 3 goes, not the first"),
    Case((linked([-10**9, 10**9, 0, -1]), 2), note="extremes and negatives"),
    Case((linked([2, 2]), 1), note="two equal values, last goes"),
    Case((linked(list(range(50_000))), 25_000), note="largest, k = n / 2"),
    Case((linked([(i * 7919) % 1000 - 500 for i in range(50_000)]), 50_000),
         note="largest, k = n"),
    Case((linked(list(range(50_000, 0, -1))), 1), note="largest, k = 1"),
]


def generate(rng):
    n = rng.choice([rng.randint(0, 50), rng.randint(1, 2000), 50_000])
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    k = rng.choice([1, max(1, n), n + 1, rng.randint(1, max(1, n)), max(1, n // 2)])
    return linked(values), k


@st.composite
def _drawn(draw):
    values = draw(st.lists(st.integers(-5, 5), max_size=12))
    k = draw(st.integers(1, len(values) + 2))
    return linked(values), k


def arguments():
    return _drawn()


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
    head, k = args
    size = len(_values(head))
    got = len(_values(result))
    want = size - 1 if k <= size else size
    if got != want:
        return f"expected {want} nodes to remain, got {got}"
    return None


def scale(rng, n):
    """n nodes and k = n / 2: walking k ahead from every node grows like n^2."""
    return linked([rng.randint(-10**9, 10**9) for _ in range(n)]), max(1, n // 2)
