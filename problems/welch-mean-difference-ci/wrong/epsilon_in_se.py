# verdict: Wrong Answer
# Adds 1e-12 under se's square root: with spreads of 1e-7 the true se is about 1e-7 and the
# interval comes out ten times too wide.
import math

import numpy as np


def _beta_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    value = d
    for m in range(1, 100_000):
        for numerator in (m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
                          -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            value *= c * d
        if abs(c * d - 1.0) < 1e-15:
            break
    return value


def _incomplete_beta(a: float, b: float, x: float, one_minus_x: float) -> float:
    """The regularized incomplete beta I_x(a, b); 1 - x is passed in to keep its digits."""
    if x <= 0.0:
        return 0.0
    if one_minus_x <= 0.0:
        return 1.0
    log_front = (math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b)
                 + a * math.log(x) + b * math.log(one_minus_x))
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_fraction(b, a, one_minus_x) / b


def _upper_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0 and T Student-t with df degrees of freedom."""
    return 0.5 * _incomplete_beta(df / 2.0, 0.5, df / (df + t * t), t * t / (df + t * t))


def _t_quantile(p: float, df: float) -> float:
    """The p-quantile of Student's t for p > 0.5, by bisection on the upper tail."""
    tail = 1.0 - p
    low, high = 0.0, 1.0
    while _upper_tail(high, df) > tail:
        low, high = high, 2.0 * high
    for _ in range(200):
        middle = (low + high) / 2.0
        if middle in (low, high):
            break
        if _upper_tail(middle, df) > tail:
            low = middle
        else:
            high = middle
    return (low + high) / 2.0


def welch_mean_diff_ci(a: np.ndarray, b: np.ndarray, confidence: float) -> dict[str, float]:
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n_a, n_b = len(a), len(b)
    v_a = a.var(ddof=1) / n_a
    v_b = b.var(ddof=1) / n_b
    se = math.sqrt(v_a + v_b + 1e-12)
    df = (v_a + v_b) ** 2 / (v_a**2 / (n_a - 1) + v_b**2 / (n_b - 1))
    t_crit = _t_quantile((1.0 + confidence) / 2.0, df)
    diff = float(b.mean() - a.mean())
    return {"diff": diff, "se": se, "df": float(df), "t_crit": t_crit,
            "lower": diff - t_crit * se, "upper": diff + t_crit * se}
