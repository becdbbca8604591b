def posterior_offset(mu0: float, tau0: float, sigma: float, batches: list[list[float]],
                     threshold: float) -> dict:
    # Precisions add up; the posterior mean is the precision-weighted average.
    raise NotImplementedError(f"{len(batches)} batches")
