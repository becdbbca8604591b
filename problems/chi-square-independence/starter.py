import math

import numpy as np


def chi_square_independence(table: np.ndarray, yates: bool) -> dict:
    # Return {"statistic": float, "dof": int, "p_value": float, "expected": array (r, c)}.
    expected = np.outer(table.sum(axis=1), table.sum(axis=0)) / table.sum()
    raise NotImplementedError(f"{expected}, {math.erfc(0)}")
