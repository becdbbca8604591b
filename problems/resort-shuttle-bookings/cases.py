import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([[3, 0, 4], [2, 2, 6], [4, 4, 7]], 5), expected=False,
         note="between stops 4 and 6 the shuttle carries 2 + 4 = 6 guests"),
    Case(([[3, 0, 4], [2, 2, 6], [4, 4, 7]], 6), expected=True,
         note="the same bookings fit in 6 seats: the 3 guests leave at stop 4 before the 4 board"),
    Case(([[4, 1, 3], [4, 3, 5]], 4), expected=True,
         note="the first group gets off at stop 3 just as the second gets on"),
]

_rng = random.Random(28404)
LIMIT = 100_000
LAST = 10**6


def _peak(trips):
    events = sorted((stop, delta) for count, board, leave in trips
                    for stop, delta in ((board, count), (leave, -count)))
    load = peak = 0
    for _, delta in events:
        load += delta
        peak = max(peak, load)
    return peak


def _long_trips(rng, n):
    trips = []
    for _ in range(n):
        board = rng.randint(0, LAST // 2)
        trips.append([rng.randint(1, 10**4), board, rng.randint(board + LAST // 4, LAST)])
    return trips


_LONG = _long_trips(_rng, LIMIT)
_LONG_PEAK = _peak(_LONG)
_RELAY = [[10**4, i * 10, i * 10 + 10] for i in range(LIMIT)]
_STACKED = [[10**4, 0, LAST] for _ in range(LIMIT)]

HIDDEN = [
    Case(([], 1), note="no bookings"),
    Case(([[5, 0, 1]], 5), note="one group that fills the shuttle"),
    Case(([[6, 0, 1]], 5), note="one group too big for the shuttle"),
    Case(([[1, 0, LAST]], 1), note="one guest rides the whole road"),
    Case(([[2, 3, 9], [2, 9, 12], [2, 12, 20]], 2), note="a relay of full loads at shared stops"),
    Case(([[2, 9, 12], [2, 3, 9], [2, 12, 20]], 2), note="the relay, booked out of order"),
    Case(([[2, 5, 8], [2, 1, 5]], 3), note="boarders listed before the group that frees the seats"),
    Case(([[3, 0, 5], [3, 5, 6]], 3), note="boarding at the stop where the others leave"),
    Case(([[3, 0, 5], [1, 4, 6]], 3), note="an overlap of one stop is too many"),
    Case(([[2, 1, 4], [2, 1, 4], [2, 1, 4]], 6), note="identical bookings that just fit"),
    Case(([[2, 1, 4], [2, 1, 4], [2, 1, 4]], 5), note="identical bookings one seat short"),
    Case(([[1, 0, 10], [1, 2, 3], [1, 4, 5], [1, 6, 7]], 2), note="short hops under a long ride"),
    Case(([[1, 0, 10], [1, 2, 5], [1, 4, 7], [1, 6, 9]], 2), note="short hops that overlap"),
    Case(([[4, 7, 8], [3, 0, 2]], 4), note="late booking listed first"),
    Case(([[10**4, 0, LAST]] * 3, 3 * 10**4), note="largest count and stops, exactly full"),
    Case(([[10**4, LAST - 1, LAST]], 10**4 - 1), note="the last stretch of road is too full"),
    Case((_STACKED, 10**9), note="largest, every guest on board at once, exactly the largest capacity"),
    Case((_STACKED, 10**9 - 1), note="largest, one seat short of 10**9"),
    Case((_LONG, _LONG_PEAK), note="largest, long rides, exactly the peak"),
    Case((_LONG, _LONG_PEAK - 1), note="largest, long rides, one seat short"),
    Case((_RELAY, 10**4), note="largest, a relay where every stop swaps one full load"),
    Case((_RELAY[::-1], 10**4), note="largest, the relay booked backwards"),
]


def generate(rng):
    n = rng.randint(0, 2000)
    last = rng.choice([5, 30, 1000, LAST])
    top = rng.choice([3, 10**4])
    trips = []
    for _ in range(n):
        board = rng.randint(0, last - 1)
        trips.append([rng.randint(1, top), board, rng.randint(board + 1, last)])
    peak = _peak(trips)
    return trips, max(1, peak + rng.choice([-1, 0, 0, 1]))


def scale(rng, n):
    """n bookings over n stops, each riding about half the road, and room for all of them:
    filling every ridden stop or recounting at every boarding grows like n**2."""
    trips = []
    for _ in range(n):
        board = rng.randint(0, n // 2)
        trips.append([rng.randint(1, 10**4), board, rng.randint(board + 1, n + 1)])
    return trips, 10**9


def arguments():
    trip = st.tuples(st.integers(1, 5), st.integers(0, 7), st.integers(1, 4)).map(
        lambda t: [t[0], t[1], t[1] + t[2]])
    return st.tuples(st.lists(trip, max_size=8), st.integers(1, 12))


def invariant(args, result):
    if not isinstance(result, bool):
        return f"expected a bool, got {type(result).__name__}"
    return None
