import numpy as np


def average_precision(labels: np.ndarray, scores: np.ndarray) -> float:
    # Step-wise area under the precision-recall curve; tied scores form one threshold.
    raise NotImplementedError
