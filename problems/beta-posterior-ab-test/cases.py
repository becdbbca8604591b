from judge.grading.authoring import Case, st

SAMPLES = [
    Case((0, 0, 0, 0, 1, 1),
         expected={"alpha_a": 1, "beta_a": 1, "alpha_b": 1, "beta_b": 1, "prob_b_beats_a": 0.5},
         note="no data: two identical uniform priors"),
    Case((1, 2, 2, 2, 1, 1),
         expected={"alpha_a": 2, "beta_a": 2, "alpha_b": 3, "beta_b": 1, "prob_b_beats_a": 0.8},
         note="B converted both visitors, A one of two"),
    Case((3, 10, 5, 10, 1, 1),
         expected={"alpha_a": 4, "beta_a": 8, "alpha_b": 6, "beta_b": 6,
                   "prob_b_beats_a": 0.8065015479876149},
         note="3/10 against 5/10"),
    Case((2, 5, 1, 5, 2, 3),
         expected={"alpha_a": 4, "beta_a": 6, "alpha_b": 3, "beta_b": 7,
                   "prob_b_beats_a": 0.30995475113121984},
         note="an informative Beta(2, 3) prior; B did worse"),
]

HIDDEN = [
    Case((7, 20, 7, 20, 1, 1), note="identical data: exactly one half"),
    Case((0, 100, 0, 100, 1, 1), note="no conversions at all"),
    Case((100, 100, 100, 100, 1, 1), note="everybody converted"),
    Case((0, 50, 50, 50, 1, 1), note="extreme: B certainly better"),
    Case((50, 50, 0, 50, 1, 1), note="extreme: A certainly better"),
    Case((5, 10, 0, 0, 3, 7), note="no data for B: its prior only"),
    Case((40, 1000, 55, 1000, 1, 1), note="a typical test"),
    Case((1200, 1_000_000, 1300, 1_000_000, 1, 1), note="a million visitors, rare events"),
    Case((100_000, 1_000_000, 100_000, 999_000, 100, 100), note="largest sum"),
    Case((30, 400, 12, 90, 100, 1),
         note="a strong prior towards high rates: the summed terms round to 1.0000000000002"),
    Case((55, 1000, 40, 1000, 1, 1), note="B probably worse: 0.0581"),
    Case((80, 1000, 40, 1000, 1, 1), note="B almost surely worse: 7.8e-5, no rounding to a few decimals"),
    Case((3, 7, 1, 9, 2, 2), note="small counts, an informative prior: 0.113"),
]


@st.composite
def _inputs(draw):
    n_a = draw(st.integers(0, 40))
    n_b = draw(st.integers(0, 40))
    return (draw(st.integers(0, n_a)), n_a, draw(st.integers(0, n_b)), n_b,
            draw(st.integers(1, 10)), draw(st.integers(1, 10)))


def arguments():
    return _inputs()


def invariant(args, result):
    conversions_a, n_a, conversions_b, n_b, prior_alpha, prior_beta = args
    wanted = {"alpha_a": prior_alpha + conversions_a, "beta_a": prior_beta + n_a - conversions_a,
              "alpha_b": prior_alpha + conversions_b, "beta_b": prior_beta + n_b - conversions_b}
    for key, value in wanted.items():
        if result[key] != value:
            return f"{key} should be {value}, the prior plus the counts"
    if not 0.0 <= result["prob_b_beats_a"] <= 1.0:
        return f"prob_b_beats_a {result['prob_b_beats_a']} is not in [0, 1]"
    return None
