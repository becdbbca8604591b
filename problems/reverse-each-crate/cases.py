from judge.grading.authoring import Case, linked, st

SAMPLES = [
    Case((linked([1, 2, 3, 4, 5, 6, 7, 8]), 3), expected=linked([3, 2, 1, 6, 5, 4, 7, 8]),
         note="two full crates of 3; the last two parcels keep their order"),
    Case((linked([10, 20, 30, 40]), 2), expected=linked([20, 10, 40, 30]),
         note="every crate is full"),
    Case((linked([4, 5, 6]), 5), expected=linked([4, 5, 6]),
         note="k larger than the line: no crate is full"),
]

HIDDEN = [
    Case((linked([]), 1), note="empty line"),
    Case((linked([]), 3), note="empty line, k = 3"),
    Case((linked([8]), 1), note="one parcel, k = 1"),
    Case((linked([8]), 2), note="one parcel, k = 2"),
    Case((linked([1, 2, 3, 4, 5]), 1), note="k = 1: nothing changes"),
    Case((linked([1, 2, 3, 4, 5]), 5), note="k = n: the whole line reverses"),
    Case((linked([1, 2, 3, 4, 5]), 6), note="k = n + 1"),
    Case((linked([1, 2, 3, 4, 5]), 4), note="one full crate and one leftover"),
    Case((linked([1, 2, 3, 4, 5, 6]), 3), note="n a multiple of k"),
    Case((linked([1, 2, 3, 4, 5, 6, 7]), 2), note="pairs and one leftover"),
    Case((linked([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]), 4), note="three leftovers"),
    Case((linked([2, 2, 1, 2, 1, 1]), 3), note="duplicates"),
    Case((linked([-10**9, 10**9, 0, -1, 1]), 2), note="extremes and negatives"),
    Case((linked([1, 2, 3]), 100_000), note="largest k"),
    Case((linked(list(range(50_000))), 2), note="largest, k = 2"),
    Case((linked(list(range(50_000, 1, -1))), 3), note="largest, k = 3, one leftover"),
    Case((linked([(i * 7919) % 2001 - 1000 for i in range(50_000)]), 50_000),
         note="largest, k = n"),
    Case((linked(list(range(49_999))), 25_000), note="largest, one crate of half the line"),
]


def generate(rng):
    n = rng.choice([rng.randint(0, 40), rng.randint(1, 3000), 50_000 - rng.randint(0, 3)])
    values = [rng.randint(-10**9, 10**9) for _ in range(n)]
    k = rng.choice([2, 3, rng.randint(1, 10), rng.randint(1, max(1, n)), n + rng.randint(0, 2)])
    return linked(values), max(1, k)


@st.composite
def _drawn(draw):
    values = draw(st.lists(st.integers(-9, 9), max_size=14))
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
    sent = _values(args[0])
    got = _values(result)
    if sorted(sent) != sorted(got):
        return "the result must hold exactly the nodes of the line, each once"
    return None


def scale(rng, n):
    """n nodes in crates of 2: recounting the rest of the line per crate grows like n^2."""
    return linked([rng.randint(-10**9, 10**9) for _ in range(n)]), 2
