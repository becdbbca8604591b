import random

from judge.grading.authoring import Case, st

SAMPLES = [
    Case(([7, 3, 4, 6],), expected=True, note="7 + 3 = 4 + 6 = 10"),
    Case(([8, 3, 5, 4],), expected=False, note="the total is 20, but no parcels add up to 10"),
    Case(([4, 5, 6],), expected=False, note="an odd total (15) can never be halved"),
]


def _even_half_odd(rng: random.Random, n: int) -> list[int]:
    """n even weights whose total is 2 mod 4: half of it is odd, so no even subset reaches it."""
    weights = [rng.randrange(2, 101, 2) for _ in range(n)]
    while sum(weights) % 4 != 2:
        i = rng.randrange(n)
        weights[i] = rng.randrange(2, 101, 2)
    return weights


def scale(rng, n):
    return (_even_half_odd(rng, n),)


_rng = random.Random(4207)

HIDDEN = [
    Case(([],), note="no parcels: both vans empty"),
    Case(([1],), note="one parcel"),
    Case(([100],), note="one heavy parcel"),
    Case(([5, 5],), note="two equal parcels"),
    Case(([1, 2],), note="odd total: half rounds down to a reachable 1"),
    Case(([1, 3],), note="using the 1 twice would make 2"),
    Case(([2, 2, 2, 6],), note="the 6 balances three 2s, not two of them twice"),
    Case(([1, 1],), note="each parcel alone weighs half"),
    Case(([3, 3, 2, 2, 2],), note="3 + 3 = 2 + 2 + 2; the heaviest-first greedy misses it"),
    Case(([10, 7, 6, 5, 4, 2],), note="10 + 7 = 6 + 5 + 4 + 2"),
    Case(([100, 1, 1, 1, 1],), note="one parcel heavier than all the others together"),
    Case(([50, 50, 100],), note="the heavy parcel weighs exactly half"),
    Case(([99, 1],), note="even total, unreachable half"),
    Case(([2, 4, 6, 8, 10, 12, 14, 16, 18, 20],), note="even weights, total 110, odd half"),
    Case(([100] * 200,), note="200 parcels of 100 kg"),
    Case(([100] * 199 + [2],), note="one light parcel cannot balance"),
    Case(([1] * 200,), note="200 parcels of 1 kg"),
    Case(([99] * 199 + [1],), note="199 parcels of 99 and one of 1: half is 9851, out of reach"),
    Case(([9, 2, 3],), note="even total 14: 9 is more than 7, and 2 + 3 falls short"),
    Case((_even_half_odd(_rng, 200),), note="200 even weights with an odd half: no"),
    Case((_even_half_odd(_rng, 60),), note="60 even weights with an odd half: no"),
    Case(([_rng.randint(1, 100) for _ in range(200)],), note="200 random parcels"),
    Case(([_rng.randint(50, 100) * 2 for _ in range(199)] + [2],), note="large even weights"),
]


def generate(rng):
    n = rng.randint(1, 200)
    kind = rng.randrange(3)
    if kind == 0:
        return (_even_half_odd(rng, n),)
    weights = [rng.randint(1, rng.choice([3, 20, 100])) for _ in range(n)]
    if kind == 1 and sum(weights) % 2:
        weights.append(1)  # make the total even so the question is not settled by parity
    return (weights[:200],)


def arguments():
    return st.lists(st.integers(1, 12), max_size=12).map(lambda weights: (weights,))
