"""coupon-fisher-exact: the reference agrees with scipy.stats.fisher_exact and exact integers."""

import math
from fractions import Fraction

import numpy as np
from scipy import stats

from ._reference import load_reference

SLUG = "coupon-fisher-exact"


def _reference():
    return load_reference(SLUG)


def _close(got, want, rtol=1e-6, atol=1e-300):
    return abs(got - want) <= atol + rtol * abs(want)


def _tables(problem):
    rng = np.random.default_rng(0)
    tables = [case.args[0] for case in problem.samples + problem.hidden + problem.generated()]
    for scale in (3, 12, 60, 800, 10000):
        tables += [rng.integers(0, scale + 1, size=(2, 2)).tolist() for _ in range(15)]
    return tables


def test_fisher_matches_scipy() -> None:
    problem, fisher = _reference()
    for table in _tables(problem):
        assert _close(fisher(table), float(stats.fisher_exact(table).pvalue)), table


def test_fisher_matches_exact_integers_and_no_table_sits_on_the_slack() -> None:
    """Exact rational p-values for the tables small enough, and no table whose probability is
    above the observed one by a relative amount near the stated 1e-7 slack."""
    problem, fisher = _reference()
    for table in _tables(problem):
        (a, b), (c, d) = table
        row1, row2, col1 = a + b, c + d, a + c
        if row1 + row2 > 3000:
            continue
        lo, hi = max(0, col1 - row2), min(row1, col1)
        terms = [math.comb(row1, x) * math.comb(row2, col1 - x) for x in range(lo, hi + 1)]
        observed = terms[a - lo]
        for t in terms:
            if t > observed:
                assert Fraction(t, observed) > 1 + Fraction(1, 10**6), table
        exact = Fraction(sum(t for t in terms if t <= observed), math.comb(row1 + row2, col1))
        assert _close(fisher(table), float(exact), rtol=1e-9), table


def test_no_test_table_sits_near_the_slack_in_log_space() -> None:
    """For every test table (large ones included) no other table is more likely than the
    observed one by a relative amount between 1e-9 and 3e-6 (log-space errors are ~1e-10)."""
    problem, _ = _reference()
    for table in _tables(problem):
        (a, b), (c, d) = table
        row1, row2, col1 = a + b, c + d, a + c
        lo, hi = max(0, col1 - row2), min(row1, col1)
        logs = [math.lgamma(x + 1) + math.lgamma(row1 - x + 1) + math.lgamma(col1 - x + 1)
                + math.lgamma(row2 - col1 + x + 1) for x in range(lo, hi + 1)]
        observed = logs[a - lo]
        for v in logs:
            assert not 1e-9 < observed - v < 3e-6, table
