"""Cross-check transit-fare-diff-in-diff against statsmodels OLS of y ~ treated * post."""
import random

import numpy as np
import pandas as pd
import pytest
import statsmodels.formula.api as smf

from ._reference import load_module

SLUG = "transit-fare-diff-in-diff"




REF = load_module(SLUG, "reference")
CASES = load_module(SLUG, "cases")


def _ols(unit, treated, post, y):
    t, p = np.asarray(treated), np.asarray(post)
    if len(y) == 0 or any(not np.any((t == g) & (p == q)) for g in (0, 1) for q in (0, 1)):
        return None
    frame = pd.DataFrame({"y": y, "treated": t, "post": p})
    return float(smf.ols("y ~ treated * post", data=frame).fit().params["treated:post"])


def _all_cases():
    rng = random.Random(5)
    cases = [c.args for c in CASES.SAMPLES + CASES.HIDDEN]
    cases += [CASES.generate(rng) for _ in range(20)]
    return cases


@pytest.mark.parametrize("args", _all_cases())
def test_matches_ols_interaction(args):
    got, want = REF.diff_in_diff(*args), _ols(*args)
    if want is None:
        assert got is None
    else:
        assert got == pytest.approx(want, rel=1e-6, abs=1e-6)


def test_samples_expected():
    for case in CASES.SAMPLES:
        got = REF.diff_in_diff(*case.args)
        assert (got is None) == (case.expected is None)
        if got is not None:
            assert got == pytest.approx(case.expected, rel=1e-9)
