"""checkout-sprt-monitor's reference against independent re-implementations of Wald's SPRT
(exact rational likelihood ratios; log-sum with math.fsum) and a simulation of its error
rates against Wald's bounds."""

import math
from fractions import Fraction

import numpy as np

from ._reference import load_reference

SLUG = "checkout-sprt-monitor"


def _reference():
    return load_reference(SLUG)


def _exact_sprt(conversions, p0, p1, alpha, beta):
    """Wald's SPRT on the decimal values of the parameters in exact rational arithmetic:
    compare the likelihood ratio itself with (1 - beta) / alpha and beta / (1 - alpha)."""
    p0, p1, alpha, beta = (Fraction(str(v)) for v in (p0, p1, alpha, beta))
    upper, lower = (1 - beta) / alpha, beta / (1 - alpha)
    ratio = Fraction(1)
    for n, x in enumerate(conversions, start=1):
        ratio *= p1 / p0 if x == 1 else (1 - p1) / (1 - p0)
        if ratio >= upper:
            return {"decision": "accept_h1", "n_used": n}
        if ratio <= lower:
            return {"decision": "accept_h0", "n_used": n}
    return {"decision": "continue", "n_used": len(conversions)}


def _fsum_sprt(conversions, p0, p1, alpha, beta):
    """Counts conversions and misses and sums s·ln(p1) - s·ln(p0) + ... with math.fsum."""
    upper = math.log1p(-beta) - math.log(alpha)
    lower = math.log(beta) - math.log1p(-alpha)
    s = f = 0
    for x in conversions:
        s += x == 1
        f += x == 0
        llr = math.fsum([s * math.log(p1), -s * math.log(p0), f * math.log1p(-p1),
                         -f * math.log1p(-p0)])
        if llr >= upper - 1e-9:
            return {"decision": "accept_h1", "n_used": s + f}
        if llr <= lower + 1e-9:
            return {"decision": "accept_h0", "n_used": s + f}
    return {"decision": "continue", "n_used": s + f}


def _random_inputs(seed: int, count: int) -> list[tuple]:
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(count):
        p0 = float(rng.uniform(0.02, 0.9))
        p1 = float(np.clip(p0 * rng.uniform(0.7, 1.4), 0.001, 0.999))
        if abs(p1 - p0) < 1e-3:
            continue
        alpha, beta = (float(v) for v in rng.uniform(0.001, 0.4, 2))
        rate = float(rng.choice([p0, p1, (p0 + p1) / 2]))
        out.append(((rng.random(int(rng.integers(0, 150))) < rate).astype(int).tolist(),
                    p0, p1, alpha, beta))
    return out


def test_matches_exact_rational_sprt_on_short_inputs() -> None:
    problem, sprt = _reference()
    cases = [c.args for c in problem.samples + problem.hidden if len(c.args[0]) <= 200]
    cases += _random_inputs(40, 300)
    assert len(cases) > 250
    for args in cases:
        assert sprt(list(args[0]), *args[1:]) == _exact_sprt(*args), args


def test_matches_fsum_sprt_everywhere() -> None:
    problem, sprt = _reference()
    cases = [c.args for c in problem.samples + problem.hidden] + _random_inputs(41, 300)
    for args in cases:
        assert sprt(list(args[0]), *args[1:]) == _fsum_sprt(*args)


def test_exact_ties_in_the_cases_are_ties_in_exact_arithmetic() -> None:
    """Every running sum the cases put within 1e-12 of a boundary is on it exactly."""
    problem, _ = _reference()
    for case in problem.samples + problem.hidden:
        conversions, p0, p1, alpha, beta = case.args
        if len(conversions) > 200:
            continue
        upper = math.log((1 - beta) / alpha)
        lower = math.log(beta / (1 - alpha))
        q0, q1, qa, qb = (Fraction(str(v)) for v in (p0, p1, alpha, beta))
        llr, ratio = 0.0, Fraction(1)
        for x in conversions:
            llr += math.log(p1 / p0) if x else math.log((1 - p1) / (1 - p0))
            ratio *= q1 / q0 if x else (1 - q1) / (1 - q0)
            if abs(llr - upper) <= 1e-12:
                assert ratio == (1 - qb) / qa
            if abs(llr - lower) <= 1e-12:
                assert ratio == qb / (1 - qa)
            if llr >= upper - 1e-9 or llr <= lower + 1e-9:
                break


def test_simulated_error_rates_respect_wald_bounds() -> None:
    _, sprt = _reference()
    rng = np.random.default_rng(42)
    runs = 2000
    for p0, p1, alpha, beta in [(0.1, 0.15, 0.05, 0.2), (0.3, 0.2, 0.1, 0.1)]:
        false_h1 = sum(sprt((rng.random(3000) < p0).astype(int).tolist(), p0, p1, alpha,
                            beta)["decision"] == "accept_h1" for _ in range(runs)) / runs
        false_h0 = sum(sprt((rng.random(3000) < p1).astype(int).tolist(), p0, p1, alpha,
                            beta)["decision"] == "accept_h0" for _ in range(runs)) / runs
        # Wald: P(accept H1 | H0) <= alpha / (1 - beta), P(accept H0 | H1) <= beta / (1 - alpha)
        assert false_h1 <= alpha / (1 - beta) + 0.03
        assert false_h0 <= beta / (1 - alpha) + 0.03
        # and the test has power: it mostly decides correctly
        assert false_h1 < 0.5 and false_h0 < 0.5
