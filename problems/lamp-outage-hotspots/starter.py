import numpy as np


def outage_hotspots(X: np.ndarray, eps: float, min_samples: int) -> list[int]:
    # Label every report with its DBSCAN cluster number (0, 1, ... in the order the
    # statement gives) or -1 for noise.
    raise NotImplementedError
