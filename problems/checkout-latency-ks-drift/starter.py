import numpy as np


def ks_statistic(before: np.ndarray, after: np.ndarray) -> float:
    # Largest |F_before(x) - F_after(x)| with F(x) = (values <= x) / size, over all x.
    raise NotImplementedError
