import numpy as np


def roc_auc(labels: np.ndarray, scores: np.ndarray) -> float:
    # Probability that a positive outscores a negative; ties count 1/2; nan if a class is missing.
    raise NotImplementedError
