# verdict: Wrong Answer
# Uses the fixed-sample one-sided cut-off at every look: the repeated looks inflate the
# overall false-positive rate well above alpha.
from statistics import NormalDist


def efficacy_bounds(fractions, alpha):
    z = NormalDist().inv_cdf(1 - alpha)
    return [z for _ in fractions]
