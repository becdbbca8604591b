"""The first ten statistics problems' references agree with scipy / statsmodels (test-only
libraries).

Each reference is imported straight from its problem folder and run on the problem's samples,
hidden cases and some random inputs; the expected values come from a trusted library or, for
the seeded procedures, from an independent re-implementation plus a statistical sanity check.
"""

import math

import numpy as np
import pytest
from scipy import integrate, stats
from statsmodels.stats.proportion import proportions_ztest

from ._reference import load_reference


def _inputs(problem) -> list[tuple]:
    """The cases' arguments, float32 arrays widened to float64 (exactly): the references
    answer for the exact values, and so must the independent implementations and scipy.
    A case built to sit exactly on a critical value is left out: there two correct
    computations may differ by one rounding."""
    return [tuple(arg.astype(np.float64) if isinstance(arg, np.ndarray)
                  and arg.dtype == np.float32 else arg for arg in case.args)
            for case in problem.samples + problem.hidden
            if "equals z_crit exactly" not in (case.note or "")]


def _close(got: float, want: float, rtol: float = 1e-6, atol: float = 1e-9) -> bool:
    return abs(got - want) <= atol + rtol * abs(want)


# --- welch-t-test -------------------------------------------------------------------------


def test_welch_t_test_matches_scipy() -> None:
    problem, welch = load_reference("welch-t-test")
    rng = np.random.default_rng(0)
    extra = [(rng.normal(0, 1, rng.integers(2, 30)), rng.normal(0.5, 3, rng.integers(2, 30)))
             for _ in range(30)]
    for a, b in _inputs(problem) + extra:
        result = welch(a, b)
        expected = stats.ttest_ind(b, a, equal_var=False)
        assert _close(result["t"], float(expected.statistic))
        assert _close(result["df"], float(expected.df))
        assert _close(result["p_value"], 2 * stats.norm.sf(abs(float(expected.statistic))),
                      atol=1e-12)
        swapped = welch(b, a)
        assert _close(swapped["t"], -result["t"]) and _close(swapped["p_value"],
                                                             result["p_value"])


# --- two-proportion-z-test ----------------------------------------------------------------


def test_two_proportion_z_test_matches_statsmodels() -> None:
    problem, ztest = load_reference("two-proportion-z-test")
    rng = np.random.default_rng(1)
    extra = []
    for _ in range(40):
        n_a, n_b = (int(v) for v in rng.integers(1, 5000, 2))
        extra.append((int(rng.integers(0, n_a + 1)), n_a, int(rng.integers(0, n_b + 1)), n_b))
    for successes_a, n_a, successes_b, n_b in _inputs(problem) + extra:
        result = ztest(successes_a, n_a, successes_b, n_b)
        pooled = (successes_a + successes_b) / (n_a + n_b)
        if pooled in (0.0, 1.0):
            assert result == {"z": 0.0, "p_value": 1.0}
            continue
        z, p = proportions_ztest([successes_b, successes_a], [n_b, n_a])
        assert _close(result["z"], float(z))
        assert _close(result["p_value"], float(p), atol=1e-12)


# --- ab-test-sample-size ------------------------------------------------------------------


def _power(n: float, p1: float, p2: float, alpha: float) -> float:
    """The power of the two-sided pooled-null z-test at n per group (both tails)."""
    p_bar = (p1 + p2) / 2
    null_sd = math.sqrt(2 * p_bar * (1 - p_bar) / n)
    alt_sd = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / n)
    z = stats.norm.ppf(1 - alpha / 2)
    delta = abs(p2 - p1)
    return float(stats.norm.sf((z * null_sd - delta) / alt_sd)
                 + stats.norm.cdf((-z * null_sd - delta) / alt_sd))


def test_sample_size_reaches_the_power_with_scipy() -> None:
    problem, size = load_reference("ab-test-sample-size")
    rng = np.random.default_rng(2)
    extra = []
    while len(extra) < 40:
        p1, mde = round(float(rng.uniform(0.01, 0.9)), 3), round(float(rng.uniform(-0.2, 0.2)), 3)
        if abs(mde) >= 0.001 and 0 < p1 + mde < 1:
            extra.append((p1, mde, float(rng.choice([0.01, 0.05, 0.1])),
                          float(rng.choice([0.8, 0.9]))))
    for p_baseline, mde, alpha, power in _inputs(problem) + extra:
        n = size(p_baseline, mde, alpha, power)
        assert isinstance(n, int)
        p1, p2 = p_baseline, p_baseline + mde
        # the stated formula is the inverse of the power function without its far tail
        p_bar = (p1 + p2) / 2
        raw = (stats.norm.ppf(1 - alpha / 2) * math.sqrt(2 * p_bar * (1 - p_bar))
               + stats.norm.ppf(power) * math.sqrt(p1 * (1 - p1) + p2 * (1 - p2))) ** 2 / mde**2
        assert n == math.ceil(raw)
        # and the size reaches the power (the far tail only adds to it) where n - 1 falls short
        # of the power of the near tail alone
        assert _power(n, p1, p2, alpha) >= power - 1e-9
        if n > 1:
            p_bar_sd = math.sqrt(2 * p_bar * (1 - p_bar) / (n - 1))
            alt_sd = math.sqrt((p1 * (1 - p1) + p2 * (1 - p2)) / (n - 1))
            near = stats.norm.sf((stats.norm.ppf(1 - alpha / 2) * p_bar_sd - abs(mde)) / alt_sd)
            assert near < power


# --- bootstrap-mean-ci --------------------------------------------------------------------


def _bootstrap_independent(x, n_boot, confidence, seed):
    rng = np.random.default_rng(seed)
    idx = rng.choice(len(x), size=(n_boot, len(x)), replace=True)  # same stream as integers
    means = np.array([x[row].sum() / len(x) for row in idx])
    tail = (1 - confidence) / 2
    return np.quantile(means, [tail, 1 - tail], method="linear")


def test_bootstrap_matches_an_independent_implementation_and_scipy() -> None:
    problem, bootstrap = load_reference("bootstrap-mean-ci")
    for x, n_boot, confidence, seed in _inputs(problem):
        result = bootstrap(x, n_boot, confidence, seed)
        lower, upper = _bootstrap_independent(x, n_boot, confidence, seed)
        assert _close(result["mean"], float(np.mean(x)))
        assert _close(result["lower"], float(lower), rtol=1e-7)
        assert _close(result["upper"], float(upper), rtol=1e-7)
    # statistically, a large percentile bootstrap agrees with scipy's
    x = np.random.default_rng(3).lognormal(1.0, 0.8, 400)
    ours = bootstrap(x, 5000, 0.95, 11)
    theirs = stats.bootstrap((x,), np.mean, n_resamples=5000, confidence_level=0.95,
                             method="percentile", random_state=12).confidence_interval
    spread = float(np.std(x) / math.sqrt(len(x)))
    assert abs(ours["lower"] - theirs.low) < 0.15 * spread
    assert abs(ours["upper"] - theirs.high) < 0.15 * spread


# --- permutation-test-mean-difference -----------------------------------------------------


def _permutation_independent(a, b, n_perm, seed):
    rng = np.random.default_rng(seed)
    pooled = np.concatenate([a, b])
    observed = abs(b.mean() - a.mean())
    count = 0
    for _ in range(n_perm):
        order = rng.permutation(len(pooled))  # the same shuffle as permuting the values
        shuffled = pooled[order]
        d = shuffled[len(a):].sum() / len(b) - shuffled[:len(a)].sum() / len(a)
        count += abs(d) >= observed - 1e-9
    return (count + 1) / (n_perm + 1)


def test_permutation_test_matches_an_independent_implementation_and_scipy() -> None:
    problem, permutation = load_reference("permutation-test-mean-difference")
    for a, b, n_perm, seed in _inputs(problem):
        result = permutation(a, b, n_perm, seed)
        assert _close(result["diff"], float(b.mean() - a.mean()))
        assert result["p_value"] == pytest.approx(_permutation_independent(a, b, n_perm, seed),
                                                  rel=1e-12)
    # against scipy's exact permutation distribution on small samples (20000 shuffles: the
    # standard error of our p-value is below 0.004)
    rng = np.random.default_rng(4)
    for _ in range(5):
        a = np.round(rng.normal(0, 1, 6), 2)
        b = np.round(rng.normal(0.8, 1, 5), 2)
        # two-sided as P(|d| >= |observed|): scipy's "two-sided" doubles the smaller tail
        exact = stats.permutation_test((b, a), lambda u, v: abs(np.mean(u) - np.mean(v)),
                                       permutation_type="independent", n_resamples=np.inf,
                                       alternative="greater").pvalue
        ours = permutation(a, b, 20_000, int(rng.integers(0, 2**32)))["p_value"]
        assert abs(ours - exact) < 0.015


# --- chi-square-independence --------------------------------------------------------------


def test_chi_square_matches_scipy() -> None:
    problem, chi_square = load_reference("chi-square-independence")
    rng = np.random.default_rng(5)
    extra = []
    for _ in range(40):
        table = rng.integers(0, 40, size=(int(rng.integers(2, 7)), int(rng.integers(2, 7))))
        table[:, 0] += 1
        table[0, :] += 1
        extra.append((table, bool(rng.integers(0, 2))))
    for table, yates in _inputs(problem) + extra:
        result = chi_square(table, yates)
        expected = stats.chi2_contingency(table, correction=yates)
        assert result["dof"] == expected.dof and isinstance(result["dof"], int)
        assert _close(result["statistic"], float(expected.statistic), atol=1e-10)
        assert _close(result["p_value"], float(expected.pvalue), atol=1e-12)
        np.testing.assert_allclose(result["expected"], expected.expected_freq, rtol=1e-12)


# --- beta-posterior-ab-test ---------------------------------------------------------------


def test_beta_probability_matches_numerical_integration() -> None:
    problem, beta_ab = load_reference("beta-posterior-ab-test")
    rng = np.random.default_rng(6)
    extra = []
    for _ in range(15):
        n_a, n_b = (int(v) for v in rng.integers(0, 300, 2))
        extra.append((int(rng.integers(0, n_a + 1)), n_a, int(rng.integers(0, n_b + 1)), n_b,
                      int(rng.integers(1, 5)), int(rng.integers(1, 5))))
    for args in _inputs(problem) + extra:
        result = beta_ab(*args)
        a = stats.beta(result["alpha_a"], result["beta_a"])
        b = stats.beta(result["alpha_b"], result["beta_b"])
        # P(p_B > p_A) = integral of f_B(x) F_A(x), with breakpoints near the posterior masses
        points = sorted({float(v) for d in (a, b) for v in d.ppf([1e-9, 0.5, 1 - 1e-9])})
        def integrand(x, a=a, b=b):
            return b.pdf(x) * a.cdf(x)

        value = sum(integrate.quad(integrand, lo, hi, epsabs=1e-13,
                                   epsrel=1e-11, limit=500)[0]
                    for lo, hi in zip([0.0, *points], [*points, 1.0], strict=True))
        assert _close(result["prob_b_beats_a"], value, rtol=1e-6, atol=1e-8), args
        swapped = beta_ab(args[2], args[3], args[0], args[1], args[4], args[5])
        assert _close(swapped["prob_b_beats_a"], 1 - result["prob_b_beats_a"], atol=1e-8)


# --- cuped-adjustment ---------------------------------------------------------------------


def test_cuped_matches_least_squares_and_pearson() -> None:
    import statsmodels.api as sm

    problem, cuped = load_reference("cuped-adjustment")
    rng = np.random.default_rng(7)
    extra = []
    for _ in range(20):
        n_a, n_b = (int(v) for v in rng.integers(2, 50, 2))
        x = rng.normal(0, 2, n_a + n_b)
        y = 0.7 * x + rng.normal(0, 1, n_a + n_b)
        extra.append((y[:n_a], x[:n_a], y[n_a:], x[n_a:]))
    for y_a, x_a, y_b, x_b in _inputs(problem) + extra:
        result = cuped(y_a, x_a, y_b, x_b)
        y = np.concatenate([y_a, y_b])
        x = np.concatenate([x_a, x_b])
        if x.max() == x.min() or y.max() == y.min():
            if x.max() == x.min():
                assert result["theta"] == 0.0
            if y.max() == y.min():
                assert result["variance_reduction"] == 0.0
            continue
        fit = sm.OLS(y, sm.add_constant(x)).fit()
        assert _close(result["theta"], float(fit.params[1]), atol=1e-8)
        r = float(stats.pearsonr(x, y).statistic)
        assert _close(result["variance_reduction"], r * r, atol=1e-8)
        # the adjusted difference is the coefficient of the treatment indicator in an OLS of
        # y on the indicator and x minus theta times the covariate imbalance correction
        adjusted = y - result["theta"] * (x - x.mean())
        assert _close(result["diff"], float(adjusted[len(y_a):].mean()
                                            - adjusted[:len(y_a)].mean()), atol=1e-8)


# --- peeking-false-positive-rate ----------------------------------------------------------


def _peeking_independent(n_sims, n_per_look, n_looks, alpha, seed):
    rng = np.random.default_rng(seed)
    data = rng.standard_normal(size=(n_sims, 2, n_looks * n_per_look))
    z_crit = stats.norm.ppf(1 - alpha / 2)
    ever = np.zeros(n_sims, dtype=bool)
    cumulative, per_look = [], []
    for k in range(1, n_looks + 1):
        m = k * n_per_look
        z = (data[:, 1, :m].mean(axis=1) - data[:, 0, :m].mean(axis=1)) / math.sqrt(2 / m)
        hit = np.abs(z) > z_crit
        ever |= hit
        per_look.append(hit.mean())
        cumulative.append(ever.mean())
    return np.array(cumulative), np.array(per_look)


def test_peeking_matches_an_independent_loop_and_theory() -> None:
    problem, peeking = load_reference("peeking-false-positive-rate")
    for args in _inputs(problem):
        result = peeking(*args)
        cumulative, per_look = _peeking_independent(*args)
        np.testing.assert_allclose(result["cumulative_fpr"], cumulative, atol=1e-12)
        np.testing.assert_allclose(result["per_look_fpr"], per_look, atol=1e-12)
    # one look rejects at rate alpha; five equally spaced looks at about 14.2% (alpha 5%)
    result = peeking(20_000, 20, 5, 0.05, 99)
    assert abs(result["per_look_fpr"][-1] - 0.05) < 4 * math.sqrt(0.05 * 0.95 / 20_000)
    assert abs(result["cumulative_fpr"][-1] - 0.142) < 0.012


# --- welch-mean-difference-ci -------------------------------------------------------------


def test_welch_interval_matches_scipy() -> None:
    problem, interval = load_reference("welch-mean-difference-ci")
    rng = np.random.default_rng(8)
    extra = [(rng.normal(0, 1, rng.integers(2, 40)), rng.normal(1, 4, rng.integers(2, 40)),
              float(rng.choice([0.5, 0.8, 0.9, 0.95, 0.99, 0.999]))) for _ in range(30)]
    for a, b, confidence in _inputs(problem) + extra:
        result = interval(a, b, confidence)
        test = stats.ttest_ind(b, a, equal_var=False)
        ci = test.confidence_interval(confidence_level=confidence)
        assert _close(result["df"], float(test.df))
        assert _close(result["t_crit"], float(stats.t.ppf((1 + confidence) / 2, test.df)),
                      rtol=1e-8)
        assert _close(result["lower"], float(ci.low))
        assert _close(result["upper"], float(ci.high))
        assert _close(result["diff"], float(np.mean(b) - np.mean(a)))
