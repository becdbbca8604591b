def two_proportion_z_test(successes_a: int, n_a: int, successes_b: int,
                          n_b: int) -> dict[str, float]:
    # Return {"z": ..., "p_value": ...} for B minus A, pooled standard error, two-sided.
    raise NotImplementedError
