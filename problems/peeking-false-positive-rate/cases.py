import numpy as np

from judge.grading.authoring import Case, st

SAMPLES = [
    Case((20, 5, 3, 0.2, 1),
         expected={"cumulative_fpr": np.array([0.2, 0.2, 0.25]),
                   "per_look_fpr": np.array([0.2, 0.1, 0.15])},
         note="20 simulations, 3 looks of 5 users per group, alpha 0.2"),
    Case((1000, 10, 5, 0.05, 7),
         expected={"cumulative_fpr": np.array([0.054, 0.085, 0.1, 0.12, 0.137]),
                   "per_look_fpr": np.array([0.054, 0.05, 0.04, 0.052, 0.045])},
         note="each look alone rejects about 5% of the time; peeking at all five, 13.7%"),
]

HIDDEN = [
    Case((1, 1, 1, 0.05, 0), note="a single simulation with a single observation"),
    Case((500, 1, 100, 0.05, 3), note="a look after every observation"),
    Case((500, 100, 1, 0.05, 4), note="one look only: both rates agree"),
    Case((300, 4, 10, 0.5, 5), note="alpha 0.5: almost everybody rejects eventually"),
    Case((5000, 10, 10, 0.001, 6), note="strict alpha"),
    Case((20000, 20, 5, 0.05, 2**32 - 1), note="largest seed"),
    Case((20000, 1, 100, 0.01, 123), note="largest: 4 million draws, 100 looks"),    Case((1, 1, 1, 0.2362549294506994, 14),
         note="alpha chosen so that |z| equals z_crit exactly: a strict > does not reject"),
]


def arguments():
    return st.tuples(st.integers(1, 60), st.integers(1, 5), st.integers(1, 6),
                     st.sampled_from([0.01, 0.05, 0.1, 0.3, 0.5]),
                     st.integers(0, 2**32 - 1))


def invariant(args, result):
    n_sims = args[0]
    cumulative = np.asarray(result["cumulative_fpr"], dtype=float)
    per_look = np.asarray(result["per_look_fpr"], dtype=float)
    if np.any(np.diff(cumulative) < -1e-12):
        return "cumulative_fpr must never decrease"
    if np.any(cumulative < per_look - 1e-12):
        return "cumulative_fpr can never be below per_look_fpr"
    counts = cumulative * n_sims
    if not np.allclose(counts, np.round(counts), atol=1e-6):
        return "each rate must be a whole number of simulations divided by n_sims"
    return None
