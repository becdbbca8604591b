import math


def beta_ab_test(conversions_a: int, n_a: int, conversions_b: int, n_b: int,
                 prior_alpha: int, prior_beta: int) -> dict[str, float]:
    # Posterior Beta parameters of each variant, then P(p_B > p_A) by the finite sum.
    raise NotImplementedError(math.lgamma(1.0))
