"""Cross-check rider-survey-post-stratification against statsmodels' DescrStatsW: the
post-stratified mean is the weighted mean with weight P_c / n_c on each response of cell c,
and each cell's term s_c**2 / n_c is DescrStatsW(cell responses).std_mean**2. Also a plain
Python re-implementation of the cell rules, scipy's normal quantile, and a simulation of
unbiasedness and coverage under unequal response rates."""
import math
import random

import numpy as np
import pytest
from scipy import stats
from statsmodels.stats.weightstats import DescrStatsW

from ._reference import load_module

SLUG = "rider-survey-post-stratification"

REF = load_module(SLUG, "reference")
CASES = load_module(SLUG, "cases")


def _with_statsmodels(cells, responses, population):
    total = math.fsum(population.values())
    groups = {}
    for cell, value in zip(cells, responses.tolist(), strict=True):
        if cell in population:
            groups.setdefault(cell, []).append(value)
    if set(groups) != set(population):
        return None
    values, weights, variance = [], [], 0.0
    for cell, ys in groups.items():
        share = population[cell] / total
        values += ys
        weights += [share / len(ys)] * len(ys)
        variance += share**2 * DescrStatsW(np.array(ys)).std_mean ** 2
    mean = DescrStatsW(np.array(values), weights=np.array(weights)).mean
    return mean, variance, len(values)


def _all_cases():
    rng = random.Random(9)
    cases = [c.args for c in CASES.SAMPLES + CASES.HIDDEN]
    cases += [CASES.generate(rng) for _ in range(10)]
    nprng = np.random.default_rng(4)
    for _ in range(150):
        keys = list(nprng.choice(["a", "b", "c", "A"], int(nprng.integers(1, 5)), replace=False))
        population = {str(k): float(nprng.integers(1, 100)) / 10 for k in keys}
        n = int(nprng.integers(0, 25))
        cells = [str(c) for c in nprng.choice(["a", "b", "c", "A", "other"], n)]
        for name in set(cells) & set(keys):
            if cells.count(name) == 1:
                cells.append(name)
        cases.append((cells, np.round(nprng.normal(0, 2, len(cells)), 1), population))
    return cases


def test_z_is_scipy_quantile():
    assert REF.Z == pytest.approx(stats.norm.ppf(0.975), rel=1e-15)


@pytest.mark.parametrize("args", _all_cases())
def test_matches_descrstatsw(args):
    got = REF.poststratified_mean(*args)
    want = _with_statsmodels(*args)
    if want is None:
        assert got is None
        return
    mean, variance, used = want
    assert got["responses_used"] == used
    scale = max(1.0, float(np.max(np.abs(args[1]))))
    assert got["mean"] == pytest.approx(mean, rel=1e-9, abs=1e-12 * scale)
    assert got["variance"] == pytest.approx(variance, rel=1e-7, abs=1e-15 * scale**2)
    half = stats.norm.ppf(0.975) * math.sqrt(got["variance"])
    assert got["lower"] == pytest.approx(got["mean"] - half, rel=1e-12, abs=1e-12)
    assert got["upper"] == pytest.approx(got["mean"] + half, rel=1e-12, abs=1e-12)


def test_samples_expected():
    for case in CASES.SAMPLES:
        got = REF.poststratified_mean(*case.args)
        if case.expected is None:
            assert got is None
        else:
            for key, value in case.expected.items():
                assert got[key] == pytest.approx(value, rel=1e-12, abs=1e-12)


def test_simulation_unbiased_and_covers():
    """Young riders answer rarely and score low: the raw mean is biased upwards, the
    post-stratified mean is centred on the population mean and its interval covers it
    about 95% of the time."""
    rng = np.random.default_rng(7)
    names = ["18-34", "35-54", "55+"]
    share = np.array([0.45, 0.35, 0.20])
    level = np.array([5.0, 6.5, 8.0])
    sd = np.array([2.0, 1.5, 1.0])
    rate = np.array([0.05, 0.15, 0.40])
    truth = float(share @ level)
    population = dict(zip(names, (share * 1_000_000).tolist(), strict=True))
    p = share * rate / np.sum(share * rate)
    reps, covered, errors, raw_errors = 3000, 0, [], []
    for _ in range(reps):
        cell = rng.choice(3, size=800, p=p)
        y = level[cell] + rng.normal(0, 1, cell.size) * sd[cell]
        got = REF.poststratified_mean([names[k] for k in cell], y, population)
        covered += got["lower"] <= truth <= got["upper"]
        errors.append(got["mean"] - truth)
        raw_errors.append(y.mean() - truth)
    assert abs(covered / reps - 0.95) < 0.015
    assert abs(np.mean(errors)) < 0.02
    assert np.mean(raw_errors) > 0.8
    # the stated variance matches the spread of the estimates across samples
    assert np.var(errors) == pytest.approx(np.mean([
        REF.poststratified_mean([names[k] for k in c], level[c] + rng.normal(0, 1, c.size) * sd[c],
                                population)["variance"]
        for c in (rng.choice(3, size=800, p=p) for _ in range(200))]), rel=0.1)
