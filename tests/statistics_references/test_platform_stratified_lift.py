"""Cross-check platform-stratified-lift against statsmodels: the stratified estimate is the
treatment coefficient of an OLS fit with the stratum dummies centred at their means and fully
interacted with the arm (Lin's regression estimator), and its standard error is that fit's
HC2 robust standard error. Also a plain-Python re-implementation of the drop rule, scipy's
normal quantile, and a simulation of the interval's coverage."""
import random

import numpy as np
import pytest
import statsmodels.api as sm
from scipy import stats

from ._reference import load_module

SLUG = "platform-stratified-lift"

REF = load_module(SLUG, "reference")
CASES = load_module(SLUG, "cases")


def _used_units(strata, arm, outcome):
    """The units of the strata with >= 2 units in each arm (plain Python)."""
    count = {}
    for s, a in zip(strata, arm.tolist(), strict=True):
        count.setdefault(s, [0, 0])[a] += 1
    used = {s for s, (c, t) in count.items() if c >= 2 and t >= 2}
    keep = [i for i, s in enumerate(strata) if s in used]
    return [strata[i] for i in keep], arm[keep], outcome[keep], len(used)


def _lin_regression(strata, arm, outcome):
    """Effect and HC2 se from statsmodels OLS with centred dummies interacted with the arm."""
    strata, arm, y, used = _used_units(strata, arm, outcome)
    if used == 0:
        return None
    labels = sorted(set(strata))
    dummies = np.array([[s == label for label in labels[1:]] for s in strata], dtype=float)
    dummies = dummies.reshape(len(strata), len(labels) - 1)
    centred = dummies - dummies.mean(axis=0)
    t = arm.astype(float)
    x = np.column_stack([np.ones(len(y)), t, centred, centred * t[:, None]])
    fit = sm.OLS(y, x).fit(cov_type="HC2")
    return float(fit.params[1]), float(fit.bse[1]), used


def _small_cases():
    rng = random.Random(5)
    cases = [c.args for c in CASES.SAMPLES + CASES.HIDDEN if len(c.args[0]) <= 20_000]
    cases += [CASES.generate(rng) for _ in range(12)]
    cases = [c for c in cases if len(c[0]) <= 20_000]
    nprng = np.random.default_rng(17)
    for _ in range(150):
        n = int(nprng.integers(0, 30))
        strata = [str(s) for s in nprng.choice(["ios", "android", "web", "iOS"], n)]
        cases.append((strata, nprng.integers(0, 2, n).astype(np.int64),
                      np.round(nprng.normal(0, 3, n), 1)))
    return cases


def test_z_is_scipy_quantile():
    assert REF.Z == pytest.approx(stats.norm.ppf(0.975), rel=1e-15)


@pytest.mark.parametrize("args", _small_cases())
def test_matches_statsmodels_lin_regression(args):
    got = REF.stratified_lift(*args)
    want = _lin_regression(*args)
    if want is None:
        assert got is None
        return
    effect, se, used = want
    assert got["strata_used"] == used
    assert got["effect"] == pytest.approx(effect, rel=1e-7, abs=1e-7)
    # a near-zero se is dominated by the regression's rounding; compare where it is material
    assert got["se"] == pytest.approx(se, rel=1e-6, abs=1e-7 * (1 + abs(effect)))
    z = stats.norm.ppf(0.975)
    assert got["lower"] == pytest.approx(got["effect"] - z * got["se"], rel=1e-12, abs=1e-12)
    assert got["upper"] == pytest.approx(got["effect"] + z * got["se"], rel=1e-12, abs=1e-12)


def test_samples_expected():
    for case in CASES.SAMPLES:
        got = REF.stratified_lift(*case.args)
        if case.expected is None:
            assert got is None
        else:
            for key, value in case.expected.items():
                assert got[key] == pytest.approx(value, rel=1e-12, abs=1e-12)


def test_simulation_coverage_and_unbiasedness():
    """Strata with different levels, lifts and assignment shares: the estimate is centred on
    the unit-share weighted lift, and the 95% interval covers it about 95% of the time."""
    rng = np.random.default_rng(2026)
    share = np.array([0.5, 0.3, 0.2])
    level = np.array([80.0, 20.0, 50.0])
    lift = np.array([2.0, 0.5, 1.0])
    sd = np.array([10.0, 3.0, 6.0])
    treated_share = np.array([0.2, 0.7, 0.5])
    n, reps, covered, estimates = 600, 2000, 0, []
    labels = np.array(["ios", "android", "web"])
    for _ in range(reps):
        stratum = rng.choice(3, size=n, p=share)
        arm = (rng.random(n) < treated_share[stratum]).astype(np.int64)
        y = level[stratum] + lift[stratum] * arm + rng.normal(0, 1, n) * sd[stratum]
        # the estimand of this draw: the weighted lift with this draw's stratum shares
        w = np.bincount(stratum, minlength=3) / n
        truth = float(np.sum(w * lift))
        got = REF.stratified_lift(labels[stratum].tolist(), arm, y)
        covered += got["lower"] <= truth <= got["upper"]
        estimates.append(got["effect"] - truth)
    assert abs(covered / reps - 0.95) < 0.015
    assert abs(np.mean(estimates)) < 0.05
    # the unstratified difference is biased here (treatment over-assigned on the cheap platform)
    stratum = rng.choice(3, size=200_000, p=share)
    arm = (rng.random(stratum.size) < treated_share[stratum]).astype(np.int64)
    y = level[stratum] + lift[stratum] * arm + rng.normal(0, 1, stratum.size) * sd[stratum]
    naive = y[arm == 1].mean() - y[arm == 0].mean()
    got = REF.stratified_lift(labels[stratum].tolist(), arm, y)
    assert abs(naive - float(share @ lift)) > 5
    assert abs(got["effect"] - float(share @ lift)) < 0.1
