import numpy as np


def adam_steps(w0: np.ndarray, grads: list[np.ndarray], lr: float, beta1: float, beta2: float,
               eps: float, weight_decay: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Return (w, m, v) after the last step.
    raise NotImplementedError
