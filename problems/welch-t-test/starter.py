
import numpy as np


def welch_t_test(a: np.ndarray, b: np.ndarray) -> dict[str, float]:
    # Return {"t": ..., "df": ..., "p_value": ...} (treatment b minus control a).
    raise NotImplementedError
