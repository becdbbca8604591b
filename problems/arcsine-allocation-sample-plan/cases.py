import math

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((0.10, 0.12, 0.05, 0.8, 1, 1),
         expected={"effect_size": 0.06398210298605855, "n_control": 3835, "n_treatment": 3835},
         note="an even split: n_raw = 3834.6 rounds up to 3835 in both arms"),
    Case((0.30, 0.27, 0.01, 0.9, 1, 2),
         expected={"effect_size": -0.06647835245146405, "n_control": 5051, "n_treatment": 10102},
         note="a drop (negative h) with twice as many users in treatment"),
    Case((0.05, 0.056, 0.05, 0.8, 3, 1),
         expected={"effect_size": 0.026792085455941972, "n_control": 43738, "n_treatment": 14580},
         note="a 3:1 split: n_treatment = ceil(43738 / 3) = ceil(14579.33) = 14580"),
]

HIDDEN = [
    Case((0.2, 0.25, 0.05, 0.8, 3, 7),
         note="780 * 7 / 3 = 1820 exactly, but (7 / 3) * 780 = 1820.0000000000002 in floats"),
    Case((0.3, 0.315, 0.05, 0.8, 6, 7), note="13794 * 7 / 6 = 16093 exactly"),
    Case((0.1, 0.9, 0.05, 0.8, 1, 1), note="a huge effect: only 5 users per arm"),
    Case((0.1, 0.9, 0.2, 0.5, 1, 1), note="z_power = 0 and alpha = 0.2: a single user per arm"),
    Case((0.001, 0.002, 0.05, 0.8, 1, 1), note="rates near 0"),
    Case((0.998, 0.999, 0.05, 0.8, 1, 1), note="rates near 1: the same size as 0.001 vs 0.002"),
    Case((0.5, 0.501, 0.001, 0.999, 1, 1), note="largest: tiny effect, strict alpha, high power"),
    Case((0.5, 0.499, 0.05, 0.8, 10, 1), note="a 10:1 split with a drop"),
    Case((0.4, 0.43, 0.05, 0.8, 1, 10), note="a 1:10 split"),
    Case((0.4, 0.43, 0.05, 0.8, 2, 2), note="shares 2:2 are an even split"),
    Case((0.4, 0.43, 0.05, 0.8, 4, 6), note="shares 4:6 are the split 2:3"),
    Case((0.7, 0.6, 0.1, 0.95, 1, 1), note="tenths, alpha 0.1"),
    Case((0.05, 0.06, 0.05, 0.8, 5, 3), note="a 5:3 split"),
    Case((0.15, 0.16, 0.05, 0.8, 2, 1), note="2:1, the treatment arm rounds up from a half"),
    Case((0.333, 0.366, 0.025, 0.85, 7, 9), note="a 7:9 split"),
]


def arguments():
    rate = st.integers(1, 999).map(lambda k: k / 1000)
    return st.tuples(rate, rate, st.sampled_from([0.001, 0.01, 0.025, 0.05, 0.1, 0.2]),
                     st.sampled_from([0.5, 0.8, 0.9, 0.95, 0.999]),
                     st.integers(1, 10), st.integers(1, 10)).filter(lambda a: a[0] != a[1])


def invariant(args, result):
    if set(result) != {"effect_size", "n_control", "n_treatment"}:
        return "the dict must have exactly the keys effect_size, n_control and n_treatment"
    for key in ("n_control", "n_treatment"):
        if type(result[key]) is not int:
            return f"{key} must be an int, not a {type(result[key]).__name__}"
    p_control, p_treatment, _, _, c, t = args
    if result["n_treatment"] * c < result["n_control"] * t:
        return "the treatment arm is smaller than its share of the control arm"
    if (result["n_treatment"] - 1) * c >= result["n_control"] * t:
        return "the treatment arm is not rounded up to the smallest whole number"
    if math.copysign(1.0, result["effect_size"]) != math.copysign(1.0, p_treatment - p_control):
        return "the effect size must have the sign of p_treatment - p_control"
    return None
