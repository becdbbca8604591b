import numpy as np


def tfidf(documents: list[str]) -> tuple[list[str], np.ndarray]:
    # Return (sorted vocabulary, L2-normalised TF-IDF matrix of shape (N, V)).
    raise NotImplementedError
