"""Cross-check arcsine-allocation-sample-plan's reference against statsmodels.

statsmodels' NormalIndPower solves the same arcsine (Cohen's h) problem numerically, but its
two-sided power also counts the far tail, so its nobs1 is at most our n_raw and equal to it
up to that (tiny) tail; our rounded plan must reach the target power by statsmodels' measure.
"""
import math

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_effectsize

from ._reference import load_module

SLUG = "arcsine-allocation-sample-plan"




reference = load_module(SLUG, "reference")
cases = load_module(SLUG, "cases")


def _check(p_control, p_treatment, alpha, power, c, t):
    got = reference.arcsine_sample_plan(p_control, p_treatment, alpha, power, c, t)
    h = proportion_effectsize(p_treatment, p_control)
    assert got["effect_size"] == pytest.approx(h, rel=1e-12)
    z_alpha = stats.norm.ppf(1 - alpha / 2)
    far_tail_bound = stats.norm.cdf(-2 * z_alpha)  # the far tail is below this at n >= n_raw
    solver = NormalIndPower()
    ratio = t / c
    n_raw = ((z_alpha + stats.norm.ppf(power)) / h) ** 2 * (1 + 1 / ratio)
    assert got["n_control"] == math.ceil(n_raw)
    assert got["n_treatment"] == math.ceil(got["n_control"] * t / c - 1e-9)
    reached = solver.power(effect_size=h, nobs1=got["n_control"], alpha=alpha, ratio=ratio,
                           alternative="two-sided")
    assert reached >= power - 1e-12
    if got["n_control"] > 1:
        short = solver.power(effect_size=h, nobs1=got["n_control"] - 1, alpha=alpha, ratio=ratio,
                             alternative="two-sided")
        assert short < power + far_tail_bound
    if far_tail_bound < 1e-6 and n_raw > 20:
        nobs1 = solver.solve_power(effect_size=h, alpha=alpha, power=power, ratio=ratio,
                                   alternative="two-sided")
        assert nobs1 == pytest.approx(n_raw, rel=1e-4)


@pytest.mark.parametrize("case", cases.SAMPLES + cases.HIDDEN, ids=lambda c: c.note[:40])
def test_cases_match_statsmodels(case):
    _check(*case.args)


@pytest.mark.parametrize("seed", range(200))
def test_random_inputs_match_statsmodels(seed):
    rng = np.random.default_rng(seed)
    p_control = int(rng.integers(1, 1000)) / 1000
    step = float(rng.choice([-1, 1])) * int(rng.integers(1, 200)) / 1000
    p_treatment = min(0.999, max(0.001, p_control + step))
    if p_treatment == p_control:
        p_treatment = p_control + (0.001 if p_control < 0.5 else -0.001)
    alpha = float(rng.choice([0.001, 0.01, 0.025, 0.05, 0.1, 0.2]))
    power = float(rng.choice([0.5, 0.8, 0.9, 0.95, 0.999]))
    _check(p_control, p_treatment, alpha, power, int(rng.integers(1, 11)), int(rng.integers(1, 11)))


def test_simulated_power_reaches_target():
    """Simulate the arcsine z-test at the planned sizes: its rejection rate matches the power."""
    rng = np.random.default_rng(2026)
    for p_control, p_treatment, alpha, power, c, t in [(0.10, 0.12, 0.05, 0.8, 1, 1),
                                                      (0.30, 0.27, 0.01, 0.9, 1, 2)]:
        plan = reference.arcsine_sample_plan(p_control, p_treatment, alpha, power, c, t)
        n1, n2 = plan["n_control"], plan["n_treatment"]
        draws = 20000
        x1 = rng.binomial(n1, p_control, draws) / n1
        x2 = rng.binomial(n2, p_treatment, draws) / n2
        z = (2 * np.arcsin(np.sqrt(x2)) - 2 * np.arcsin(np.sqrt(x1))) / math.sqrt(1 / n1 + 1 / n2)
        rate = np.mean(np.abs(z) > stats.norm.ppf(1 - alpha / 2))
        assert abs(rate - power) < 0.02
