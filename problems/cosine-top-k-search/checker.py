"""Similarities within the tolerance count as tied, and tied rows may come in either order:
two careful computations can disagree in the last bits (normalising the rows first gives an
orthogonal row 1e-17 where a zero row gets 0). `sims` must match the expected values within the
tolerance, position by position; where two returned similarities are exactly equal, the lower
index comes first. `invariant` in cases.py then checks, from the inputs, that each returned row
really has the similarity returned at its place: the rows are a correct top-k up to ties."""

import numpy as np

from judge.grading.checkers.compare import difference
from judge.grading.checkers.outcome import Outcome


def check(expected, actual, *, policy):
    if not isinstance(actual, (tuple, list)) or len(actual) != 2:
        return Outcome.reject("return a tuple (indices, sims) of two numpy arrays")
    indices, sims = actual
    expected_indices, expected_sims = expected
    for name, value in (("indices", indices), ("sims", sims)):
        if not isinstance(value, np.ndarray):
            return Outcome.reject(f"{name} must be a numpy array, got {type(value).__name__}")
        if value.shape != expected_indices.shape:
            return Outcome.reject(f"{name}: expected shape {expected_indices.shape}, got "
                                  f"{value.shape}")
    if indices.dtype.kind not in "iu":
        return Outcome.reject(f"indices must be integers, got dtype {indices.dtype}")
    found = difference(expected_sims, sims, (policy.rtol, policy.atol), "sims")
    if found:
        return Outcome.reject(found)
    for query, (row, values) in enumerate(zip(indices.tolist(), sims.tolist(), strict=True)):
        for place in range(len(row) - 1):
            if values[place] == values[place + 1] and row[place] > row[place + 1]:
                return Outcome.reject(
                    f"query {query}: rows {row[place]} and {row[place + 1]} have the same "
                    f"similarity {values[place]!r}: the lower index comes first")
    return Outcome.accept()
