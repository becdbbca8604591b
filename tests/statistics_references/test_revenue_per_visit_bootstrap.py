"""Cross-check revenue-per-visit-bootstrap's reference.

1. An independent re-implementation of the stated procedure (all indices in one call, each
   replicate's ratio from per-user counts via np.bincount, quantiles by hand-written linear
   interpolation) must match to rounding.
2. On large samples the percentile interval must agree with scipy.stats.bootstrap (paired,
   percentile method, its own random draws) and with the delta-method interval for a ratio
   of means, within generous Monte-Carlo / asymptotic bounds.
"""

import math
import random

import numpy as np
import pytest
from scipy import stats

from ._reference import load_module, load_reference

SLUG = "revenue-per-visit-bootstrap"

PROBLEM, CI = load_reference(SLUG)
CASES = load_module(SLUG, "cases")


def _linear_quantile(sorted_values, q):
    pos = q * (len(sorted_values) - 1)
    j = math.floor(pos)
    if j + 1 >= len(sorted_values):
        return sorted_values[-1]
    return sorted_values[j] + (pos - j) * (sorted_values[j + 1] - sorted_values[j])


def _independent(revenue, visits, n_boot, confidence, seed):
    revenue = np.asarray(revenue, dtype=float)
    visits = np.asarray(visits, dtype=float)
    n = len(revenue)
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    ratios = []
    for row in idx:
        counts = np.bincount(row, minlength=n)
        ratios.append(float(counts @ revenue) / float(counts @ visits))
    ratios.sort()
    tail = (1 - confidence) / 2
    return {"ratio": revenue.sum() / visits.sum(), "lower": _linear_quantile(ratios, tail),
            "upper": _linear_quantile(ratios, 1 - tail)}


def _inputs():
    out = [c.args for c in PROBLEM.samples + PROBLEM.hidden]
    rng = random.Random(7)
    out += [CASES.generate(rng) for _ in range(15)]
    return out


@pytest.mark.parametrize("args", _inputs(), ids=lambda a: f"n{len(a[0])}-B{a[2]}")
def test_matches_independent_reimplementation(args) -> None:
    got = CI(*args)
    want = _independent(*args)
    for key in ("ratio", "lower", "upper"):
        assert got[key] == pytest.approx(want[key], rel=1e-11, abs=1e-13), key


def _delta_interval(revenue, visits, confidence):
    y = np.asarray(revenue, dtype=float)
    x = np.asarray(visits, dtype=float)
    n = len(y)
    r = y.sum() / x.sum()
    cov = np.cov(np.vstack([x, y]), ddof=1)
    var = (cov[1, 1] - 2 * r * cov[0, 1] + r * r * cov[0, 0]) / (n * x.mean() ** 2)
    z = stats.norm.ppf((1 + confidence) / 2)
    return r - z * math.sqrt(var), r + z * math.sqrt(var)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_agrees_with_delta_method_and_scipy_bootstrap_on_large_samples(seed) -> None:
    revenue, visits = CASES._users(100 + seed, 4000, 0.3, 40.0)
    got = CI(revenue, visits, 1250, 0.95, seed)
    lo, hi = _delta_interval(revenue, visits, 0.95)
    half = (hi - lo) / 2
    assert got["ratio"] == pytest.approx((lo + hi) / 2, rel=1e-12)
    assert abs(got["lower"] - lo) <= 0.15 * half
    assert abs(got["upper"] - hi) <= 0.15 * half
    res = stats.bootstrap((revenue, visits.astype(float)),
                          lambda r, v, axis=-1: r.sum(axis=axis) / v.sum(axis=axis),
                          paired=True, vectorized=True, n_resamples=4000, method="percentile",
                          confidence_level=0.95, random_state=np.random.default_rng(seed))
    assert abs(got["lower"] - res.confidence_interval.low) <= 0.15 * half
    assert abs(got["upper"] - res.confidence_interval.high) <= 0.15 * half


def test_visit_level_resampling_would_be_narrower() -> None:
    # the reason the statement insists on users: with heterogeneous users the user-level
    # interval is clearly wider than a visit-level one
    revenue, visits = CASES._users(55, 3000, 0.3, 40.0)
    got = CI(revenue, visits, 1000, 0.95, 5)
    per_visit = np.repeat(revenue / visits, visits)
    rng = np.random.default_rng(5)
    reps = [per_visit[rng.integers(0, per_visit.size, per_visit.size)].mean() for _ in range(1000)]
    assert got["upper"] - got["lower"] > np.quantile(reps, 0.975) - np.quantile(reps, 0.025)
