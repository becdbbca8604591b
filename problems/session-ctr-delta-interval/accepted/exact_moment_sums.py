# Accumulates the moments sum x, sum y, sum x^2, sum y^2, sum xy as exact Python integers and
# uses the expanded three-term delta formula, clamped at zero.
from statistics import NormalDist


def _arm(sessions, clicked):
    xs = [int(v) for v in sessions]
    ys = [int(v) for v in clicked]
    n = len(xs)
    sx, sy = sum(xs), sum(ys)
    sxx = sum(v * v for v in xs)
    syy = sum(v * v for v in ys)
    sxy = sum(a * b for a, b in zip(xs, ys))
    # n * (n - 1) times the sample (co)variances, as exact integers
    cxx = n * sxx - sx * sx
    cyy = n * syy - sy * sy
    cxy = n * sxy - sx * sy
    r = sy / sx
    # s_yy - 2 r s_xy + r^2 s_xx with r = sy / sx, multiplied by n (n - 1) sx^2 to stay integral
    top = cyy * sx * sx - 2 * sy * cxy * sx + sy * sy * cxx
    top = max(top, 0)
    variance = top / (n * (n - 1) * sx * sx) / (n * (sx / n) ** 2)
    return r, variance


def session_ctr_interval(sessions_control, clicked_control, sessions_treatment, clicked_treatment,
                         level):
    rc, vc = _arm(sessions_control, clicked_control)
    rt, vt = _arm(sessions_treatment, clicked_treatment)
    d = rt - rc
    se = (vc + vt) ** 0.5
    z = NormalDist().inv_cdf(0.5 + level / 2)
    return {"ratio_control": rc, "ratio_treatment": rt, "difference": d, "std_error": se,
            "lower": d - z * se, "upper": d + z * se}
