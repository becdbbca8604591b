"""Cross-check session-ctr-delta-interval's reference.

No SciPy/statsmodels function computes a delta-method interval for a ratio of sums, so the
reference is compared with an independent re-implementation (the expanded three-term formula
with np.cov and scipy's normal quantile), with a user-level bootstrap of the standard error
(generous bound) and with the coverage of its intervals in a simulation.
"""

import numpy as np
import pytest
from scipy import stats

from ._reference import load_module

SLUG = "session-ctr-delta-interval"




reference = load_module(SLUG, "reference")
cases = load_module(SLUG, "cases")


def _independent(sc, yc, st, yt, level):
    def arm(x, y):
        x = np.asarray(x, dtype=float)
        y = np.asarray(y, dtype=float)
        r = y.sum() / x.sum()
        cov = np.cov(np.vstack([x, y]), ddof=1)
        var = (cov[1, 1] - 2 * r * cov[0, 1] + r * r * cov[0, 0]) / (len(x) * x.mean() ** 2)
        return r, max(var, 0.0)

    rc, vc = arm(sc, yc)
    rt, vt = arm(st, yt)
    se = np.sqrt(vc + vt)
    z = stats.norm.ppf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": rt - rc, "std_error": se,
            "lower": rt - rc - z * se, "upper": rt - rc + z * se}


@pytest.mark.parametrize("case", cases.SAMPLES + cases.HIDDEN, ids=lambda c: c.note[:40])
def test_cases_match_independent_formula(case):
    got = reference.session_ctr_interval(*case.args)
    want = _independent(*case.args)
    for key, value in want.items():
        assert got[key] == pytest.approx(value, rel=1e-7, abs=1e-9), key


def test_samples_state_reference_values():
    for case in cases.SAMPLES:
        got = reference.session_ctr_interval(*case.args)
        for key, value in case.expected.items():
            assert got[key] == pytest.approx(value, rel=1e-12, abs=1e-15), key


@pytest.mark.parametrize("seed", range(100))
def test_random_inputs_match_independent_formula(seed):
    rng = np.random.default_rng(seed)
    args = []
    for _ in range(2):
        n = int(rng.integers(2, 400))
        x = rng.integers(1, 1001, n) if seed % 3 == 0 else 1 + rng.geometric(0.2, n)
        y = rng.binomial(x, rng.beta(0.5, 2.0, n))
        args += [x.astype(np.int64), y.astype(np.int64)]
    level = float(rng.choice([0.5, 0.8, 0.9, 0.95, 0.99]))
    got = reference.session_ctr_interval(*args, level)
    want = _independent(*args, level)
    for key, value in want.items():
        assert got[key] == pytest.approx(value, rel=1e-7, abs=1e-9), key


@pytest.mark.parametrize("index", [7, 10, 11])
def test_bootstrap_standard_error_agrees(index):
    """A user-level bootstrap (3000 resamples) of R_t - R_c has nearly the delta-method spread."""
    case = cases.HIDDEN[index]
    sc, yc, st, yt, _ = case.args
    rng = np.random.default_rng(index)
    draws = 3000

    def boot(x, y):
        idx = rng.integers(0, len(x), (draws, len(x)))
        return y[idx].sum(axis=1) / x[idx].sum(axis=1)

    spread = np.std(boot(st, yt) - boot(sc, yc), ddof=1)
    got = reference.session_ctr_interval(*case.args)["std_error"]
    assert spread == pytest.approx(got, rel=0.1)


def test_coverage_of_clustered_experiments():
    """Intervals cover the true difference about `level` of the time; naive ones do not."""
    rng = np.random.default_rng(7)
    true_c, true_t, level = 0.20, 0.22, 0.9
    covered = naive_covered = 0
    runs = 1500
    for _ in range(runs):
        arms = []
        for rate in (true_c, true_t):
            x = 1 + rng.geometric(0.1, 400)
            y = rng.binomial(x, rng.beta(rate * 1.0, (1 - rate) * 1.0, 400))
            arms += [x, y]
        got = reference.session_ctr_interval(*arms, level)
        covered += got["lower"] <= true_t - true_c <= got["upper"]
        rc, rt = got["ratio_control"], got["ratio_treatment"]
        naive = np.sqrt(rc * (1 - rc) / arms[0].sum() + rt * (1 - rt) / arms[2].sum())
        z = stats.norm.ppf(0.5 + level / 2)
        naive_covered += abs(got["difference"] - (true_t - true_c)) <= z * naive
    assert abs(covered / runs - level) < 0.03
    assert naive_covered / runs < level - 0.2
