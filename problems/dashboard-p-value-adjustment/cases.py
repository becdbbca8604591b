import random

from judge.grading.authoring import Case, st

METHODS = ("bonferroni", "holm", "bh")

SAMPLES = [
    Case(([0.01, 0.04, 0.03, 0.005], "holm"), expected=[0.03, 0.06, 0.06, 0.02],
         note="sorted: 0.005·4 = 0.02, 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04; the "
              "running maximum lifts the last to 0.06, and the values go back to input order"),
    Case(([0.03, 0.012, 0.03, 0.2, 0.025], "bh"), expected=[0.0375, 0.0375, 0.0375, 0.2, 0.0375],
         note="raw p·m/i by rank: 0.06, 0.0625, 0.05, 0.0375, 0.2; the running minimum from "
              "the top pulls ranks 1 to 3 down to 0.0375, and the tied 0.03s agree"),
    Case(([0.03, 0.012, 0.03, 0.2, 0.025], "holm"), expected=[0.1, 0.06, 0.1, 0.2, 0.1],
         note="raw by rank: 0.06, 0.1, 0.09, 0.06, 0.2; the running maximum makes ranks 2 to 4 "
              "0.1"),
    Case(([0.2, 0.01, 0.5], "bonferroni"), expected=[0.6, 0.03, 1.0],
         note="each times 3, and 1.5 is capped at 1"),
    Case(([], "bh"), expected=[], note="no metrics: an empty list"),
]


def _uniform(seed: int, m: int, digits: int | None = None) -> list[float]:
    rng = random.Random(seed)
    values = [rng.random() for _ in range(m)]
    return [round(v, digits) for v in values] if digits is not None else values


def _skewed(seed: int, m: int) -> list[float]:
    """Many tiny p-values (real effects) among uniform ones (nulls)."""
    rng = random.Random(seed)
    return [rng.random() ** 6 if rng.random() < 0.3 else rng.random() for _ in range(m)]


_MIXED = [0.3, 0.1, 0.7, 0.2, 1 / 3, 0.05, 0.9, 0.1, 0.6, 0.0]

HIDDEN = [
    Case(([], "bonferroni"), note="empty, bonferroni"),
    Case(([], "holm"), note="empty, holm"),
    Case(([0.3], "bonferroni"), note="one p-value is unchanged"),
    Case(([0.3], "holm"), note="one p-value is unchanged"),
    Case(([0.3], "bh"), note="one p-value is unchanged"),
    Case(([1.0], "bh"), note="a single 1.0"),
    Case(([0.0, 1.0, 0.5], "holm"), note="the bounds 0 and 1"),
    Case(([0.0, 1.0, 0.5], "bh"), note="the bounds 0 and 1"),
    Case(([0.0, 1.0, 0.5], "bonferroni"), note="the bounds 0 and 1"),
    Case(([1.0] * 6, "holm"), note="all ones"),
    Case(([1.0] * 6, "bh"), note="all ones"),
    Case(([0.01] * 10, "holm"), note="ten ties: every value is 10·0.01"),
    Case(([0.01] * 10, "bh"), note="ten ties: every value is 0.01 (rank 10 times 10/10)"),
    Case(([0.25] * 4, "bonferroni"), note="m·p is exactly 1"),
    Case(([0.4, 0.3, 0.2, 0.1], "holm"), note="descending input: 0.4, 0.6, 0.6, 0.6 reversed back"),
    Case(([0.4, 0.3, 0.2, 0.1], "bh"), note="descending input: all 0.4"),
    Case(([0.1, 0.2, 0.3, 0.4], "holm"), note="ascending input"),
    Case(([0.1, 0.2, 0.3, 0.4], "bh"), note="ascending input"),
    Case(([0.3, 0.26, 0.4, 0.9], "holm"),
         note="raw 1.04, 0.9, 0.8, 0.9: capped at 1 first, then the running maximum stays 1"),
    Case(([0.02, 0.021, 0.022, 0.5], "holm"),
         note="raw 0.08, 0.063, 0.044, 0.5: a step-up minimum (Hochberg) would lower the first"),
    Case(([0.02, 0.021, 0.022, 0.5], "bh"),
         note="raw 0.08, 0.042, 0.0293, 0.5: the minimum must run from the top, not the bottom"),
    Case(([0.9, 0.04, 0.8, 0.01], "bh"),
         note="raw by rank 0.04, 0.08, 1.067, 0.9: adjusted 0.04, 0.08, 0.9, 0.9, back in input order"),
    Case((_MIXED, "holm"), note="tenths, a third, ties and a zero"),
    Case((_MIXED, "bh"), note="tenths, a third, ties and a zero"),
    Case((_MIXED, "bonferroni"), note="tenths, a third, ties and a zero"),
    Case(([5e-13, 1e-300, 2e-9, 0.7], "holm"), note="tiny p-values must not be rounded away"),
    Case(([5e-13, 1e-300, 2e-9, 0.7], "bh"), note="tiny p-values must not be rounded away"),
    Case(([0.5, 0.5, 0.25, 0.25, 0.75], "bh"), note="two pairs of ties"),
    Case(([0.5, 0.5, 0.25, 0.25, 0.75], "holm"), note="two pairs of ties"),
    Case((_uniform(1, 1000), "bh"), note="1000 uniform p-values"),
    Case((_skewed(2, 1000), "holm"), note="1000 p-values, 30% of them real effects"),
    Case((_skewed(3, 1000), "bh"), note="1000 p-values, 30% of them real effects"),
    Case((_uniform(4, 1000, 2), "holm"), note="1000 p-values with two decimals: many ties"),
    Case((_uniform(5, 1000, 2), "bh"), note="1000 p-values with two decimals: many ties"),
    Case((_skewed(6, 100_000), "holm"), note="largest: 1e5 p-values"),
    Case((_skewed(7, 100_000), "bh"), note="largest: 1e5 p-values"),
    Case((_uniform(8, 100_000, 3), "bh"), note="largest, three decimals: heavy ties"),
    Case((_uniform(9, 100_000), "bonferroni"), note="largest, bonferroni"),
]


def generate(rng):
    m = 100_000
    method = rng.choice(METHODS)
    if rng.random() < 0.5:
        values = [rng.random() ** 4 if rng.random() < 0.2 else rng.random() for _ in range(m)]
    else:
        values = [round(rng.random(), 3) for _ in range(m)]
    return (values, method)


_P = st.one_of(st.sampled_from([0.0, 0.1, 0.2, 0.25, 1 / 3, 0.5, 0.9, 1.0, 0.01, 0.04]),
               st.floats(0.0, 1.0, allow_nan=False))


def arguments():
    return st.tuples(st.lists(_P, max_size=25), st.sampled_from(METHODS))


def invariant(args, result):
    p_values, _method = args
    if len(result) != len(p_values):
        return f"expected {len(p_values)} adjusted values, got {len(result)}"
    for p, a in zip(p_values, result):
        if not (p - 1e-12 <= a <= 1.0 + 1e-12):
            return f"adjusted value {a} for p = {p} is not in [p, 1]"
    pairs = sorted(zip(p_values, result))
    for (p1, a1), (p2, a2) in zip(pairs, pairs[1:]):
        if a2 < a1 - 1e-12 * max(1.0, a1):
            return f"p = {p1} gets {a1} but the larger p = {p2} gets the smaller {a2}"
    return None
