"""Cross-check seller-badge-cutoff-jump's reference against statsmodels: a weighted least
squares fit (statsmodels.api.WLS, triangular weights) of y on 1 and x - cutoff on each side of
the cut-off within the bandwidth, the jump being the difference of the two constants. Also
checked: the single interacted WLS regression y ~ 1 + D + d + D·d, whose D coefficient is
the same jump."""

import random

import numpy as np
import pytest
import statsmodels.api as sm

from ._reference import load_module, load_reference

SLUG = "seller-badge-cutoff-jump"

PROBLEM, RD = load_reference(SLUG)
CASES = load_module(SLUG, "cases")


def _inputs():
    out = [c.args for c in PROBLEM.samples + PROBLEM.hidden]
    rng = random.Random(321)
    out += [CASES.generate(rng) for _ in range(40)]
    return out


INPUTS = _inputs()


def _statsmodels_sides(x, y, cutoff, h):
    d = np.asarray(x, dtype=float) - cutoff
    y = np.asarray(y, dtype=float)
    res = {}
    window = np.abs(d) <= h
    for side, mask in (("left", window & (d < 0)), ("right", window & (d >= 0))):
        fit = sm.WLS(y[mask], sm.add_constant(d[mask], has_constant="add"),
                     weights=1 - np.abs(d[mask]) / h).fit()
        res[side + "_intercept"] = fit.params[0]
        res["n_" + side] = int(mask.sum())
    res["jump"] = res["right_intercept"] - res["left_intercept"]
    return res


@pytest.mark.parametrize("args", INPUTS, ids=lambda a: f"n{len(a[0])}")
def test_matches_statsmodels_wls_per_side(args) -> None:
    got = RD(*args)
    want = _statsmodels_sides(*args)
    assert got["n_left"] == want["n_left"] and got["n_right"] == want["n_right"]
    scale = 1 + np.abs(args[1]).max()
    for key in ("jump", "left_intercept", "right_intercept"):
        assert got[key] == pytest.approx(want[key], rel=1e-7, abs=1e-9 * scale), key


@pytest.mark.parametrize("args", INPUTS, ids=lambda a: f"n{len(a[0])}")
def test_matches_interacted_wls(args) -> None:
    x, y, cutoff, h = args
    d = np.asarray(x, dtype=float) - cutoff
    keep = np.abs(d) <= h
    d, yy = d[keep], np.asarray(y, dtype=float)[keep]
    treat = (d >= 0).astype(float)
    X = np.column_stack([np.ones_like(d), treat, d, treat * d])
    w = 1 - np.abs(d) / h
    pos = w > 0   # zero-weight rows do not change a WLS fit
    fit = sm.WLS(yy[pos], X[pos], weights=w[pos]).fit()
    got = RD(*args)
    slack = 1e-8 * (1 + np.abs(yy).max())
    assert got["jump"] == pytest.approx(fit.params[1], rel=1e-6, abs=slack)
    assert got["left_intercept"] == pytest.approx(fit.params[0], rel=1e-6, abs=slack)


def test_recovers_a_known_jump_on_linear_data() -> None:
    rng = np.random.default_rng(0)
    x = rng.uniform(-5, 5, 5000)
    y = 1.0 + 0.4 * x + 2.5 * (x >= 0.0)
    got = RD(x, y, 0.0, 3.0)
    assert got["jump"] == pytest.approx(2.5, abs=1e-9)
    assert got["left_intercept"] == pytest.approx(1.0, abs=1e-9)
