import math
import random

from judge.grading.authoring import Case, st


def _prefix_distances(conversions, p0, p1, alpha, beta):
    """Distances of each running sum (up to the stop) to the nearer boundary."""
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    success, failure = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    llr = 0.0
    for x in conversions:
        llr += success if x == 1 else failure
        yield min(abs(llr - upper), abs(llr - lower))
        if llr >= upper - 1e-9 or llr <= lower + 1e-9:
            return


def _fair(args) -> bool:
    """The statement's promise: every running sum is within 1e-12 of a boundary or more
    than 1e-8 away from it."""
    return all(d <= 1e-12 or d > 1e-8 for d in _prefix_distances(*args))


SAMPLES = [
    Case(([0, 1, 1, 0, 1, 1, 1, 1], 0.1, 0.3, 0.1, 0.1),
         expected={"decision": "accept_h1", "n_used": 5},
         note="A = ln 9 = 2.197, B = -2.197; a conversion adds ln 3 = 1.099, a miss adds "
              "ln(0.7/0.9) = -0.251; llr = -0.251, 0.847, 1.946, 1.695, 2.793 >= A at the 5th"),
    Case(([0, 0, 0, 0, 0, 0, 0, 0, 0, 0], 0.1, 0.3, 0.1, 0.1),
         expected={"decision": "accept_h0", "n_used": 9},
         note="nine misses give 9 · (-0.251) = -2.262 <= B = -2.197; the 10th is ignored"),
    Case(([1, 1], 0.1, 0.3, 0.1, 0.1), expected={"decision": "accept_h1", "n_used": 2},
         note="2 · ln 3 equals A = ln 9 exactly (in floats it is 4e-16 below): a boundary "
              "reached exactly counts"),
    Case(([1, 0, 1, 0], 0.04, 0.05, 0.05, 0.2),
         expected={"decision": "continue", "n_used": 4},
         note="llr = 0.223, 0.213, 0.436, 0.425 stays between B = -1.558 and A = 2.773"),
    Case(([], 0.1, 0.3, 0.1, 0.1), expected={"decision": "continue", "n_used": 0},
         note="no visitors yet"),
]


def _in_band(seed, n, p0, p1, alpha, beta, last=None):
    """n observations that keep llr strictly inside the band (steering towards its middle),
    optionally followed by one more observation `last`."""
    rng = random.Random(seed)
    upper = math.log((1 - beta) / alpha)
    lower = math.log(beta / (1 - alpha))
    success, failure = math.log(p1 / p0), math.log((1 - p1) / (1 - p0))
    middle = (upper + lower) / 2
    llr, out = 0.0, []
    for _ in range(n):
        towards_up = 1 if success > 0 else 0
        x = towards_up if llr < middle else 1 - towards_up
        if rng.random() < 0.2:
            x = 1 - x
            nxt = llr + (success if x else failure)
            if not lower + 1e-6 < nxt < upper - 1e-6:
                x = 1 - x
        llr += success if x else failure
        out.append(x)
    if last is not None:
        out.append(last)
    return out


def _bernoulli(seed, n, rate):
    rng = random.Random(seed)
    return [1 if rng.random() < rate else 0 for _ in range(n)]


HIDDEN = [
    Case(([1], 0.1, 0.3, 0.1, 0.1), note="one conversion: continue, n_used 1"),
    Case(([0], 0.1, 0.3, 0.1, 0.1), note="one miss: continue"),
    Case(([], 0.5, 0.25, 0.05, 0.05), note="empty, p1 below p0"),
    Case(([1, 1, 1], 0.2, 0.4, 0.1, 0.2), note="3 · ln 2 equals A = ln 8 at the third"),
    Case(([1, 1, 1, 0, 1], 0.2, 0.4, 0.09999995, 0.2),
         note="3 · ln 2 is 5e-7 below A = ln(0.8 / 0.09999995): not crossed at the 3rd; the 5th crosses"),
    Case(([1, 0, 1], 0.2, 0.4, 0.3, 0.1),
         note="llr = ln 2 + ln 0.75 + ln 2 = ln 3 = A in exact arithmetic, 2e-16 below in floats"),
    Case(([1, 0, 1, 0, 1], 0.2, 0.4, 0.2, 0.1),
         note="ln 4.5 = A reached with two misses in between (4e-16 below in floats)"),
    Case(([1, 0, 0], 0.5, 0.75, 0.2, 0.3),
         note="ln 1.5 + 2 ln 0.5 = ln 0.375 = B exactly, 2e-16 above in floats"),
    Case(([0, 1, 0, 0], 0.5, 0.75, 0.2, 0.15),
         note="ln 0.1875 = B exactly, equal in floats too: <= must count it"),
    Case(([0, 1, 0, 0, 1], 0.5, 0.75, 0.2, 0.15 * 0.999999),
         note="llr is 1e-6 above B: the 4th does not cross; continue after the 5th"),
    Case(([0, 1], 0.6, 0.1, 0.2, 0.3),
         note="p1 below p0: ln(0.4/0.9) + ln(0.1/0.6) = ln(0.3/0.8) = B exactly (2e-16 above in floats)"),
    Case(([1, 0, 0], 0.75, 0.5, 0.3, 0.2),
         note="p1 below p0: misses push llr up to A = ln(0.8/0.3) exactly"),
    Case(([1, 1], 0.3, 0.1, 0.1, 0.1), note="p1 below p0: two conversions give B = -ln 9"),
    Case(([0] * 8, 0.3, 0.1, 0.1, 0.1),
         note="p1 below p0: each miss adds ln(0.9/0.7) = 0.251; eight give 2.011 < A: continue"),
    Case(([0] * 12, 0.3, 0.1, 0.1, 0.1), note="p1 below p0: misses accept H1 at the 9th"),
    Case(([1, 1, 0, 0, 1, 0, 1, 1, 1], 0.1, 0.3, 0.05, 0.2),
         note="alpha and beta differ: A = ln 16, B = ln(0.2/0.95)"),
    Case(([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], 0.1, 0.3, 0.05, 0.2),
         note="alpha and beta differ: lower boundary B = ln(0.2/0.95) = -1.558"),
    Case(([0, 0, 0, 0, 0, 0, 0, 1, 1], 0.1, 0.3, 0.4, 0.001),
         note="beta = 0.001 puts B far down; alpha = 0.4 puts A at ln 2.4975"),
    Case(([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], 0.998, 0.999, 0.01, 0.01),
         note="rates near 1: conversions add only ln(0.999/0.998)"),
    Case(([0, 0, 0, 0, 0, 0, 0, 1], 0.998, 0.999, 0.01, 0.01),
         note="rates near 1: each miss adds ln(0.5) and accepts H0 at the 7th"),
    Case(([1, 0, 1], 0.001, 0.002, 0.001, 0.001),
         note="tiny rates: a conversion adds ln 2, a miss about -0.001"),
    Case((_in_band(1, 100_000, 0.1, 0.12, 0.05, 0.05), 0.1, 0.12, 0.05, 0.05),
         note="100 000 observations that never leave the band: continue"),
    Case((_in_band(2, 99_980, 0.1, 0.12, 0.05, 0.05) + [1] * 20, 0.1, 0.12, 0.05, 0.05),
         note="largest: the band holds for 99 980, then conversions cross near the very end"),
    Case((_in_band(3, 99_990, 0.3, 0.2, 0.01, 0.1) + [1] * 10, 0.3, 0.2, 0.01, 0.1),
         note="largest, p1 below p0: conversions at the end accept H0"),
    Case((_bernoulli(4, 100_000, 0.1005), 0.1, 0.101, 0.01, 0.01),
         note="p0 and p1 1e-3 apart: the walk is long"),
    Case((_bernoulli(5, 100_000, 0.05), 0.05, 0.06, 0.05, 0.2), note="data drawn under H0"),
    Case((_bernoulli(6, 100_000, 0.06), 0.05, 0.06, 0.05, 0.2), note="data drawn under H1"),
]


def generate(rng):
    while True:
        p0 = rng.uniform(0.01, 0.9)
        p1 = min(0.999, max(0.001, p0 * rng.uniform(0.8, 1.25)))
        if abs(p1 - p0) < 1e-3:
            continue
        alpha, beta = rng.uniform(0.001, 0.4), rng.uniform(0.001, 0.4)
        rate = rng.choice([p0, p1, (p0 + p1) / 2])
        conversions = [1 if rng.random() < rate else 0 for _ in range(100_000)]
        args = (conversions, p0, p1, alpha, beta)
        if _fair(args):
            return args


_RATES = [0.05, 0.1, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 0.8, 0.9]
_ERRORS = [0.01, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]


@st.composite
def _args(draw):
    p0 = draw(st.sampled_from(_RATES))
    p1 = draw(st.sampled_from([r for r in _RATES if r != p0]))
    alpha, beta = draw(st.sampled_from(_ERRORS)), draw(st.sampled_from(_ERRORS))
    conversions = draw(st.lists(st.integers(0, 1), max_size=30))
    return (conversions, p0, p1, alpha, beta)


def arguments():
    return _args().filter(_fair)


def invariant(args, result):
    conversions = args[0]
    if result["decision"] == "continue" and result["n_used"] != len(conversions):
        return "a test that continues has used every observation"
    if not 0 <= result["n_used"] <= len(conversions):
        return f"n_used {result['n_used']} is outside 0..{len(conversions)}"
    return None
