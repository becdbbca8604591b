"""Cross-check checkout-interim-efficacy-bounds' reference.

The boundaries are checked by what defines them: with scipy's multivariate normal CDF
(Genz's algorithm, an integration method unrelated to the reference's Simpson recursion),
the probability under H0 of not having crossed by look k must be 1 - alpha(t_k), and the
first-crossing probability at each look the spending increment. A Monte-Carlo simulation
of the cumulative z statistics checks the same with a generous bound, and the K = 1 and
first-look boundaries are compared with scipy.stats.norm's quantiles.
"""

import random

import numpy as np
import pytest
from scipy import stats

from ._reference import load_module, load_reference

SLUG = "checkout-interim-efficacy-bounds"

PROBLEM, BOUNDS = load_reference(SLUG)
CASES = load_module(SLUG, "cases")


def _spent(t, alpha):
    c = stats.norm.ppf(1 - alpha / 2)
    return 2 * stats.norm.sf(c / np.sqrt(np.asarray(t, dtype=float)))


def _designs():
    out = [c.args for c in PROBLEM.samples + PROBLEM.hidden]
    rng = random.Random(99)
    out += [CASES.generate(rng) for _ in range(12)]
    return out


DESIGNS = _designs()
# scipy's integration costs ~28 s for each ten-look design: the designs up to six looks
# here; the longer ones are checked by Monte Carlo (one of ten looks) and by the accepted
# Z-scale solution, an independent integration
MVN_DESIGNS = [d for d in DESIGNS if len(d[0]) <= 6]


def _cov(t):
    t = np.asarray(t, dtype=float)
    return np.sqrt(np.minimum.outer(t, t) / np.maximum.outer(t, t))


@pytest.mark.parametrize("design", MVN_DESIGNS, ids=lambda d: f"K{len(d[0])}-a{d[1]}")
def test_first_crossing_probabilities_match_spending_with_scipy_mvn(design) -> None:
    """P(Z_1 < z_1, ..., Z_{k-1} < z_{k-1}, Z_k >= z_k) by scipy's multivariate normal
    (a box with lower_limit, so a small probability is integrated directly rather than as
    1 minus a CDF near 1) equals alpha(t_k) - alpha(t_{k-1}) at every look."""
    t, alpha = design
    z = np.asarray(BOUNDS(list(t), alpha))
    assert z.shape == (len(t),)
    increments = np.diff(np.concatenate([[0.0], _spent(t, alpha)]))
    cov = _cov(t)
    first_cross = []
    for k in range(1, len(t) + 1):
        upper = np.concatenate([z[:k - 1], [np.inf]])
        lower = np.concatenate([np.full(k - 1, -np.inf), [z[k - 1]]])
        if k == 1:
            p = stats.norm.sf(z[0])
        else:
            mvn = stats.multivariate_normal(mean=np.zeros(k), cov=cov[:k, :k],
                                            maxpts=1_000_000 * k, abseps=1e-12, releps=1e-6)
            p = mvn.cdf(upper, lower_limit=lower, rng=np.random.default_rng(k))
        first_cross.append(p)
    np.testing.assert_allclose(first_cross, increments, rtol=1e-4, atol=1e-10)
    assert sum(first_cross) == pytest.approx(alpha, rel=1e-4)


@pytest.mark.parametrize("design", DESIGNS, ids=lambda d: f"K{len(d[0])}-a{d[1]}")
def test_first_look_is_the_normal_quantile_of_the_first_spend(design) -> None:
    t, alpha = design
    z = BOUNDS(list(t), alpha)
    assert z[0] == pytest.approx(stats.norm.isf(_spent(t[:1], alpha)[0]), abs=1e-9)
    if len(t) == 1:
        assert z[0] == pytest.approx(stats.norm.isf(alpha), abs=1e-9)


def test_monte_carlo_first_crossing_frequencies() -> None:
    rng = np.random.default_rng(2026)
    n = 1_000_000
    for t, alpha in [([0.25, 0.5, 0.75, 1.0], 0.025), ([0.3, 0.6, 1.0], 0.1),
                     ([0.2, 0.4, 0.6, 0.8, 1.0], 0.05),
                     ([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.0], 0.05)]:
        z = np.asarray(BOUNDS(t, alpha))
        gaps = np.diff(np.concatenate([[0.0], t]))
        score = np.cumsum(rng.standard_normal((n, len(t))) * np.sqrt(gaps), axis=1)
        zstat = score / np.sqrt(t)
        crossed = zstat >= z
        first = np.where(crossed.any(axis=1), crossed.argmax(axis=1), -1)
        freq = np.array([(first == k).mean() for k in range(len(t))])
        inc = np.diff(np.concatenate([[0.0], _spent(t, alpha)]))
        bound = 5 * np.sqrt(inc * (1 - inc) / n) + 2e-5
        assert np.all(np.abs(freq - inc) <= bound), (t, alpha, freq, inc)
        overall = (first >= 0).mean()
        assert abs(overall - alpha) <= 5 * np.sqrt(alpha * (1 - alpha) / n)


def test_published_four_look_design() -> None:
    # Lan-DeMets O'Brien-Fleming-type bounds for four equally spaced looks, one-sided 0.025,
    # as tabulated in the group-sequential literature: 4.33, 2.96, 2.36, 2.01.
    z = BOUNDS([0.25, 0.5, 0.75, 1.0], 0.025)
    np.testing.assert_allclose(z, [4.33, 2.96, 2.36, 2.01], atol=6e-3)


def test_accepted_alternative_agrees_closely() -> None:
    module = load_module(SLUG, "accepted/z_scale_trapezoid")
    for t, alpha in DESIGNS:
        np.testing.assert_allclose(module.efficacy_bounds(list(t), alpha), BOUNDS(list(t), alpha),
                                   atol=1e-4)
