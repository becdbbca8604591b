from statistics import NormalDist

import numpy as np


def _arm(sessions: np.ndarray, clicked: np.ndarray) -> tuple:
    x = np.asarray(sessions, dtype=float)
    y = np.asarray(clicked, dtype=float)
    ratio = y.sum() / x.sum()
    residual = y - ratio * x
    variance = residual.var(ddof=1) / (len(x) * x.mean() ** 2)
    return float(ratio), float(variance)


def session_ctr_interval(sessions_control: np.ndarray, clicked_control: np.ndarray,
                         sessions_treatment: np.ndarray, clicked_treatment: np.ndarray,
                         level: float) -> dict:
    ratio_c, var_c = _arm(sessions_control, clicked_control)
    ratio_t, var_t = _arm(sessions_treatment, clicked_treatment)
    difference = ratio_t - ratio_c
    std_error = (var_c + var_t) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2.0)
    return {"ratio_control": ratio_c, "ratio_treatment": ratio_t, "difference": difference,
            "std_error": std_error, "lower": difference - z * std_error,
            "upper": difference + z * std_error}
