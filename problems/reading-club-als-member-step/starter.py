import numpy as np


def als_member_step(n_users: int, users: np.ndarray, items: np.ndarray, values: np.ndarray,
                    Q: np.ndarray, lam: float) -> np.ndarray:
    # For each member u: solve (Q_u^T Q_u + lam * n_u * I) p_u = Q_u^T r_u over the books u rated.
    raise NotImplementedError
