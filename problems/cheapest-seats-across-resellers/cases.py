import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[3, 5, 9], [1, 5], [], [5]], 4),
         expected=[[1, 0], [0, 0], [0, 1], [1, 1]],
         note="at price 5 reseller 0 comes before resellers 1 and 3; reseller 2 has no seats"),
    Case(([[2, 2], [2]], 5),
         expected=[[0, 0], [0, 1], [1, 0]],
         note="only 3 seats exist, so all are returned: equal prices by reseller, then position"),
]


def _lists(rng: random.Random, resellers: int, total: int, low: int,
           high: int) -> list[list[int]]:
    cuts = sorted(rng.randint(0, total) for _ in range(resellers - 1))
    sizes = [b - a for a, b in zip([0] + cuts, cuts + [total], strict=True)]
    return [sorted(rng.randint(low, high) for _ in range(size)) for size in sizes]


def _even_lists(rng: random.Random, resellers: int, each: int, low: int,
                high: int) -> list[list[int]]:
    return [sorted(rng.randint(low, high) for _ in range(each)) for _ in range(resellers)]


_rng = random.Random(2812)
TOTAL = 200_000

HIDDEN = [
    Case(([], 3), note="no resellers"),
    Case(([[], [], []], 2), note="only empty lists"),
    Case(([[4, 8]], 0), note="count 0"),
    Case(([[], [6], []], 1), note="a single seat"),
    Case(([[1, 2, 2, 3, 9]], 3), note="one reseller: its first seats"),
    Case(([[7, 7], [7], [7, 7, 7]], 4), note="every price equal"),
    Case(([[1, 5], [5]], 3),
         note="equal price: reseller index decides, not the position in the list"),
    Case(([[5, 5, 5], [0, 5]], 5),
         note="equal price: a smaller reseller's later seats before a larger reseller's"),
    Case(([[0, 10**9], [10**9], [0]], 5), note="extreme prices"),
    Case(([[1, 3], [2, 4], [0]], 5), note="count equal to the number of seats"),
    Case(([[1, 3], [2, 4], [0]], 4), note="count one below the number of seats"),
    Case(([[1, 3], [2, 4], [0]], 6), note="count one above the number of seats"),
    Case(([[1, 3], [], [2, 4], [], [0]], 200_000), note="count far above the number of seats"),
    Case(([[i] for i in range(3000, 0, -1)], 3000), note="3000 one-seat resellers, dearest first"),
    Case(([[9, 9, 9, 9]] + [[1]] * 5, 3), note="cheap seats only at the end"),
    Case((_even_lists(_rng, 5000, 40, 0, 10**9), TOTAL),
         note="largest: 5000 resellers, every seat wanted"),
    Case((_lists(_rng, 4, TOTAL, 0, 10**9), 1000), note="largest: few long lists, few seats"),
    Case((_lists(_rng, 2000, TOTAL, 0, 20), 150_000),
         note="largest: many equal prices"),
    Case((_even_lists(_rng, 5000, 40, 0, 10**9), 3 * TOTAL // 4),
         note="largest: most of the seats"),
]


def generate(rng):
    resellers = rng.randint(1, 60)
    total = rng.randint(0, 2000)
    lists = _lists(rng, resellers, total, 0, rng.choice([5, 100, 10**9]))
    return lists, rng.randint(0, total + 10)


def arguments():
    prices = st.lists(st.lists(st.integers(0, 5), max_size=5).map(sorted), max_size=5)
    return st.tuples(prices, st.integers(0, 14))


def invariant(args, result):
    lists, count = args
    total = sum(len(prices) for prices in lists)
    if len(result) != min(count, total):
        return f"expected {min(count, total)} seats, got {len(result)}"
    return None


def scale(rng, n):
    """n seats over n // 40 resellers, every seat wanted: a scan of all resellers per seat
    grows like n^2."""
    return _even_lists(rng, max(1, n // 40), 40, 0, 10**9), n
