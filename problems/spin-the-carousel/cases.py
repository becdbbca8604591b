from judge.grading.authoring import Case, linked, st

SAMPLES = [
    Case((linked([1, 2, 3, 4, 5]), 2), expected=linked([4, 5, 1, 2, 3]),
         note="two clicks bring the last two slides to the front"),
    Case((linked([6, 7, 8]), 4), expected=linked([8, 6, 7]),
         note="four clicks on three slides are one full turn plus one click"),
    Case((linked([]), 7), expected=None, note="an empty carousel"),
]

HIDDEN = [
    Case((linked([3]), 0), note="one slide, no click"),
    Case((linked([3]), 2 * 10**9), note="one slide, many clicks"),
    Case((linked([1, 2, 3, 4]), 0), note="no click"),
    Case((linked([1, 2, 3, 4]), 4), note="exactly one full turn"),
    Case((linked([1, 2, 3, 4]), 8), note="two full turns"),
    Case((linked([1, 2, 3, 4]), 1), note="one click"),
    Case((linked([1, 2, 3, 4]), 3), note="n - 1 clicks: the head becomes the last slide"),
    Case((linked([1, 2, 3, 4]), 5), note="n + 1 clicks"),
    Case((linked([1, 2]), 1), note="two slides swap"),
    Case((linked([1, 2, 3]), 7), note="more than two full turns: k mod n = 1"),
    Case((linked([5, -3, 8, 0, 2, -7, 4]), 2 * 10**9), note="largest k, k mod n = 5"),
    Case((linked([9, 9, 1, 9]), 2), note="duplicates"),
    Case((linked([-10**9, 10**9, -1, 0, 1]), 2 * 10**9), note="extremes, largest k"),
    Case((linked([]), 0), note="empty, no click"),
    Case((linked(list(range(50_000))), 2 * 10**9 - 1), note="largest, k mod n = 49999"),
    Case((linked(list(range(50_000, 0, -1))), 1_999_975_001), note="largest, k mod n = 25001"),
    Case((linked([(i * 7919) % 2001 - 1000 for i in range(49_999)]), 49_999 * 40_000),
         note="largest, k a multiple of n"),
]


def generate(rng):
    n = rng.choice([rng.randint(1, 40), rng.randint(1, 3000), 50_000])
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    k = rng.choice([rng.randint(0, 2 * 10**9), rng.randint(0, 3 * n), n * rng.randint(1, 1000)])
    return linked(values), k


@st.composite
def _drawn(draw):
    values = draw(st.lists(st.integers(-9, 9), max_size=10))
    k = draw(st.one_of(st.integers(0, 25), st.integers(0, 2 * 10**9)))
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
    sent = _values(args[0])
    got = _values(result)
    if len(sent) != len(got):
        return f"expected {len(sent)} slides, got {len(got)}"
    return None


def scale(rng, n):
    """n slides and k = n - 1 clicks: simulating the clicks grows like n^2."""
    return linked([rng.randint(-10**9, 10**9) for _ in range(n)]), n - 1
