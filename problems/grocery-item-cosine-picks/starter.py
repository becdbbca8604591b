import numpy as np


def recommend(interactions: np.ndarray, users: list[int], k: int) -> list[list[int]]:
    # Item cosine similarity (zero column -> 0); score unseen items by the sum of
    # interaction-weighted similarities to seen items; top k by (score desc, index asc).
    raise NotImplementedError
