"""Cross-check traffic-split-mismatch-alarm's reference against scipy.stats.chisquare."""

import numpy as np
import pytest
from scipy import stats

from ._reference import load_module

SLUG = "traffic-split-mismatch-alarm"




reference = load_module(SLUG, "reference")
cases = load_module(SLUG, "cases")


def _scipy(counts, weights):
    counts = np.asarray(counts, dtype=float)
    w = np.asarray(weights, dtype=float)
    result = stats.chisquare(counts, counts.sum() * w / w.sum())
    return float(result.statistic), float(result.pvalue)


def _check(counts, weights, threshold):
    got = reference.split_mismatch_alarm(list(counts), list(weights), threshold)
    statistic, p_value = _scipy(counts, weights)
    assert got["statistic"] == pytest.approx(statistic, rel=1e-9, abs=1e-9)
    assert got["p_value"] == pytest.approx(p_value, rel=1e-7, abs=1e-13)
    assert got["mismatch"] == (p_value < threshold) or abs(p_value - threshold) < 1e-9


@pytest.mark.parametrize("case", cases.SAMPLES + cases.HIDDEN, ids=lambda c: c.note[:40])
def test_cases_match_scipy(case):
    _check(*case.args)


@pytest.mark.parametrize("seed", range(300))
def test_random_inputs_match_scipy(seed):
    rng = np.random.default_rng(seed)
    k = int(rng.integers(2, 13))
    weights = rng.uniform(0.01, 100.0, k)
    n = int(rng.choice([10, 1000, 10**5, 10**7]))
    tilt = weights * rng.uniform(0.97, 1.03, k)
    counts = [int(c) for c in rng.multinomial(n, tilt / tilt.sum())]
    _check(counts, [float(w) for w in weights], float(rng.choice([0.001, 0.01, 0.05])))


def test_samples_state_scipy_values():
    for case in cases.SAMPLES:
        statistic, p_value = _scipy(*case.args[:2])
        assert case.expected["statistic"] == pytest.approx(statistic, rel=1e-12)
        assert case.expected["p_value"] == pytest.approx(p_value, rel=1e-9)
