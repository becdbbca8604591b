import numpy as np


def analogy_top_k(words: list[str], vectors: np.ndarray, a: str, b: str, c: str,
                  k: int) -> list[str]:
    # Unit-normalise the rows (float64), target = u_b - u_a + u_c, rank every other word by
    # cosine with the target (ties within 1e-9: lower index first), return the first k words.
    raise NotImplementedError
