import numpy as np


def ndcg_at_k(scores: np.ndarray, relevance: np.ndarray, k: int) -> np.ndarray:
    # Per query: order by score (desc, ties -> lower index), DCG of the first min(k, n) with
    # gain 2**g - 1 and discount log2(rank + 1), divided by the ideal DCG (0.0 if it is 0).
    raise NotImplementedError
