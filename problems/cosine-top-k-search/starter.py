import numpy as np


def cosine_top_k(queries: np.ndarray, corpus: np.ndarray, k: int):
    # Return (indices, sims), each of shape (m, min(k, n)), best match first.
    raise NotImplementedError
