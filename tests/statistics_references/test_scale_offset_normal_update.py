"""Cross-check scale-offset-normal-update: scipy.stats.norm for the tail, a one-shot
closed-form conjugate update (all readings at once, and for every prefix of batches), a grid
posterior (prior density times the likelihood, normalised numerically), and a simulation
showing the posterior's calibration."""
import math
import random

import numpy as np
import pytest
from scipy import stats

from ._reference import load_module

SLUG = "scale-offset-normal-update"

REF = load_module(SLUG, "reference")
CASES = load_module(SLUG, "cases")


def _one_shot(mu0, tau0, sigma, readings):
    """Closed form with variances:
    v = 1 / (1/tau0^2 + n/sigma^2), m = v (mu0/tau0^2 + S/sigma^2)."""
    readings = np.asarray(readings, dtype=float)
    v = 1.0 / (1.0 / tau0**2 + len(readings) / sigma**2)
    m = v * (mu0 / tau0**2 + readings.sum() / sigma**2)
    return m, math.sqrt(v)


def _all_cases():
    rng = random.Random(21)
    cases = [c.args for c in CASES.SAMPLES + CASES.HIDDEN]
    cases += [CASES.generate(rng) for _ in range(30)]
    nprng = np.random.default_rng(3)
    for _ in range(150):
        batches = [np.round(nprng.normal(0, 2, int(nprng.integers(0, 5))), 1).tolist()
                   for _ in range(int(nprng.integers(0, 5)))]
        cases.append((float(np.round(nprng.normal(0, 3), 1)),
                      float(nprng.choice([1e-3, 0.3, 1.0, 2.0, 10.0, 1e6])),
                      float(nprng.choice([0.1, 0.5, 1.0, 3.0, 1000.0])), batches,
                      float(np.round(nprng.normal(0, 3), 1))))
    return cases


@pytest.mark.parametrize("args", _all_cases())
def test_matches_closed_form_and_scipy(args):
    mu0, tau0, sigma, batches, threshold = args
    got = REF.posterior_offset(*args)
    readings = [x for b in batches for x in b]
    m, s = _one_shot(mu0, tau0, sigma, readings)
    assert got["mean"] == pytest.approx(m, rel=1e-9, abs=1e-9)
    assert got["sd"] == pytest.approx(s, rel=1e-12)
    assert got["prob_above"] == pytest.approx(stats.norm.sf(threshold, loc=m, scale=s),
                                              rel=1e-6, abs=1e-12)
    # sequential updating equals one-shot updating on every prefix
    assert len(got["path"]) == len(batches)
    for k, (pm, ps) in enumerate(got["path"]):
        m_k, s_k = _one_shot(mu0, tau0, sigma, [x for b in batches[: k + 1] for x in b])
        assert pm == pytest.approx(m_k, rel=1e-9, abs=1e-9)
        assert ps == pytest.approx(s_k, rel=1e-12)


def test_samples_expected():
    for case in CASES.SAMPLES:
        got = REF.posterior_offset(*case.args)
        for key in ("mean", "sd", "prob_above"):
            assert got[key] == pytest.approx(case.expected[key], rel=1e-12, abs=1e-15)
        assert np.allclose(got["path"], case.expected["path"], rtol=1e-12, atol=0) or \
            got["path"] == case.expected["path"]


@pytest.mark.parametrize("args", [
    (0.0, 2.0, 1.0, [[1.0, 2.0, 3.0]], 1.0),
    (10.0, 1.0, 2.0, [[12.0], [], [8.0, 14.0]], 10.0),
    (-12.0, 5.0, 2.5, [[-15.5, -14.0], [-16.2], [-13.9, -15.0, -14.4]], -13.0),
    (0.0, 0.3, 5.0, [[1.5, 4.0, -2.0, 3.5, 6.0, 0.5]], 0.4),
    (4.0, 2.0, 0.7, [[3.1, 3.3, 2.9, 3.4, 3.0]], 3.3),
    (0.0, 1e6, 0.5, [[5.2, 4.8, 5.1]], 5.0),
])
def test_matches_grid_posterior(args):
    """Prior density times likelihood on a fine grid, normalised by the trapezoid rule."""
    mu0, tau0, sigma, batches, threshold = args
    readings = np.array([x for b in batches for x in b])
    got = REF.posterior_offset(*args)
    centre, width = got["mean"], 12 * got["sd"]
    grid = np.linspace(centre - width, centre + width, 400_001)
    log_post = stats.norm.logpdf(grid, mu0, tau0)
    log_post += stats.norm.logpdf(readings[:, None], grid[None, :], sigma).sum(axis=0)
    dens = np.exp(log_post - log_post.max())
    dens /= np.trapezoid(dens, grid)
    mean = np.trapezoid(grid * dens, grid)
    sd = math.sqrt(np.trapezoid((grid - mean) ** 2 * dens, grid))
    above = np.trapezoid(np.where(grid > threshold, dens, 0.0), grid)
    assert got["mean"] == pytest.approx(mean, rel=1e-7, abs=1e-9)
    assert got["sd"] == pytest.approx(sd, rel=1e-6)
    assert got["prob_above"] == pytest.approx(above, abs=1e-4)


def test_simulation_calibration():
    """Draw mu from the prior and readings given mu: the posterior 90% interval covers mu about
    90% of the time, and prob_above is calibrated."""
    rng = np.random.default_rng(11)
    mu0, tau0, sigma, threshold = 2.0, 1.5, 3.0, 2.5
    hits, probs, events = 0, [], []
    for _ in range(4000):
        mu = rng.normal(mu0, tau0)
        batches = [rng.normal(mu, sigma, int(k)).tolist() for k in rng.integers(0, 6, 3)]
        got = REF.posterior_offset(mu0, tau0, sigma, batches, threshold)
        z = stats.norm.ppf(0.95)
        hits += abs(mu - got["mean"]) <= z * got["sd"]
        probs.append(got["prob_above"])
        events.append(mu > threshold)
    assert abs(hits / 4000 - 0.90) < 0.015
    probs, events = np.array(probs), np.array(events)
    for low, high in [(0.0, 0.2), (0.2, 0.5), (0.5, 0.8), (0.8, 1.0)]:
        mask = (probs >= low) & (probs < high)
        assert abs(events[mask].mean() - probs[mask].mean()) < 0.05
