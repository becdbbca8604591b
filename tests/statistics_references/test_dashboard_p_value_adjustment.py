"""dashboard-p-value-adjustment's reference agrees with statsmodels' multipletests."""

import gc

import numpy as np
import pytest
from statsmodels.stats.multitest import multipletests

from ._reference import load_reference

SLUG = "dashboard-p-value-adjustment"
STATSMODELS_METHOD = {"bonferroni": "bonferroni", "holm": "holm", "bh": "fdr_bh"}


@pytest.fixture(autouse=True)
def _no_full_collections(monkeypatch) -> None:
    """statsmodels' Holm branch calls gc.collect() on every call: in a full test run (a heap of
    gigabytes) 150 calls took many minutes. The values do not depend on it."""
    monkeypatch.setattr(gc, "collect", lambda *args: 0)


def _reference():
    return load_reference(SLUG)


def _inputs(problem) -> list[tuple]:
    cases = [case.args for case in problem.samples + problem.hidden]
    rng = np.random.default_rng(30)
    for _ in range(60):
        m = int(rng.integers(1, 300))
        values = rng.random(m) ** rng.uniform(1, 8)
        if rng.random() < 0.4:
            values = np.round(values, 2)
        for method in STATSMODELS_METHOD:
            cases.append((values.tolist(), method))
    return cases


def test_matches_statsmodels_multipletests() -> None:
    problem, adjust = _reference()
    inputs = _inputs(problem)
    assert len(inputs) > 200
    for p_values, method in inputs:
        result = adjust(list(p_values), method)
        assert len(result) == len(p_values)
        if not p_values:
            assert result == []
            continue
        _, expected, _, _ = multipletests(np.asarray(p_values, dtype=float), alpha=0.05,
                                          method=STATSMODELS_METHOD[method])
        np.testing.assert_allclose(result, expected, rtol=1e-9, atol=1e-12)


def test_samples_are_what_statsmodels_says() -> None:
    problem, _ = _reference()
    for case in problem.samples:
        p_values, method = case.args
        if not p_values:
            continue
        _, expected, _, _ = multipletests(np.asarray(p_values), method=STATSMODELS_METHOD[method])
        np.testing.assert_allclose(case.expected, expected, rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("method", sorted(STATSMODELS_METHOD))
def test_flags_agree_with_statsmodels_reject(method: str) -> None:
    """Flagging adjusted <= q gives statsmodels' reject decisions (away from exact ties with q)."""
    _, adjust = _reference()
    rng = np.random.default_rng(31)
    for _ in range(50):
        values = rng.random(int(rng.integers(1, 120))) ** 4
        adjusted = np.asarray(adjust(values.tolist(), method))
        for q in (0.01, 0.05, 0.1):
            reject, *_ = multipletests(values, alpha=q, method=STATSMODELS_METHOD[method])
            clear = np.abs(adjusted - q) > 1e-9
            assert np.array_equal((adjusted <= q)[clear], reject[clear])
