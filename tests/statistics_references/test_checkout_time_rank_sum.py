"""checkout-time-rank-sum: the reference agrees with scipy.stats.mannwhitneyu (asymptotic)."""


import numpy as np
from scipy import stats

from ._reference import load_reference

SLUG = "checkout-time-rank-sum"


def _reference():
    return load_reference(SLUG)


def _close(got, want, rtol=1e-7, atol=1e-12):
    return abs(got - want) <= atol + rtol * abs(want)


def test_rank_sum_matches_scipy() -> None:
    problem, rank_sum = _reference()
    rng = np.random.default_rng(0)
    inputs = [case.args for case in problem.samples + problem.hidden]
    for _ in range(60):
        n, m = rng.integers(1, 40, size=2)
        pool = rng.choice([0.1, 0.3, 1.0, 2.5, 4.0, -3.0], size=6) if rng.random() < .5 else None
        def draw(k, pool=pool):
            return rng.choice(pool, k) if pool is not None else rng.normal(0, 1, k)
        inputs.append((draw(n).astype(float), draw(m).astype(float), bool(rng.integers(2))))
    for x, y, continuity in inputs:
        got = rank_sum(x, y, continuity)
        want = stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=continuity,
                                  alternative="two-sided")
        assert _close(got["u"], float(want.statistic), atol=1e-9)
        if np.all(np.concatenate([x, y]) == x[0]):  # scipy divides by a zero variance
            assert got["z"] == 0.0 and got["p_value"] == 1.0
            continue
        assert _close(got["p_value"], float(want.pvalue), rtol=1e-6, atol=1e-14)
        # |z| from scipy's two-sided p; its sign says which sample tends to be larger
        if 1e-12 < want.pvalue < 1 - 1e-9:
            assert _close(abs(got["z"]), stats.norm.isf(float(want.pvalue) / 2), rtol=1e-6)
        assert (got["z"] > 0) == (got["u"] - len(x) * len(y) / 2 > 0.5 * continuity)


def test_u_counts_the_pairs() -> None:
    _, rank_sum = _reference()
    rng = np.random.default_rng(1)
    for _ in range(50):
        x = rng.integers(0, 6, rng.integers(1, 30)).astype(float)
        y = rng.integers(0, 6, rng.integers(1, 30)).astype(float)
        pairs = sum((a > b) + 0.5 * (a == b) for a in x for b in y)
        assert rank_sum(x, y, False)["u"] == pairs
