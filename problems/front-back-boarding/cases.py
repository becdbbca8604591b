from judge.grading.authoring import Case, linked, st

SAMPLES = [
    Case((linked([1, 2, 3, 4, 5, 6]),), expected=linked([1, 6, 2, 5, 3, 4]),
         note="even length: the two middle passengers come last, front one first"),
    Case((linked([10, 20, 30, 40, 50]),), expected=linked([10, 50, 20, 40, 30]),
         note="odd length: the middle passenger is called last"),
    Case((linked([]),), expected=None, note="an empty line stays empty"),
]

HIDDEN = [
    Case((linked([7]),), note="one passenger"),
    Case((linked([7, 8]),), note="two passengers: unchanged"),
    Case((linked([7, 8, 9]),), note="three passengers"),
    Case((linked([1, 2, 3, 4]),), note="four passengers"),
    Case((linked([5, 5, 5, 1, 5]),), note="duplicates: positions decide"),
    Case((linked([-10**9, 0, 10**9, -1, 1, -10**9]),), note="extremes and negatives"),
    Case((linked(list(range(1, 12))),), note="eleven"),
    Case((linked(list(range(1, 13))),), note="twelve"),
    Case((linked(list(range(50_000))),), note="largest, even"),
    Case((linked([(i * 7919) % 100_003 - 50_000 for i in range(49_999)]),),
         note="largest, odd"),
]


def generate(rng):
    n = rng.choice([rng.randint(0, 40), rng.randint(1, 3000), 50_000 - rng.randint(0, 1)])
    return (linked([rng.randint(-10**9, 10**9) for _ in range(n)]),)


def arguments():
    return st.lists(st.integers(-9, 9), max_size=14).map(lambda values: (linked(values),))


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
        return "the result must hold exactly the values of the line, each node once"
    return None


def scale(rng, n):
    """n nodes: walking to the back of the line for every call grows like n^2."""
    return (linked([rng.randint(-10**9, 10**9) for _ in range(n)]),)
