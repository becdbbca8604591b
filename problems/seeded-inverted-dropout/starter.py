import numpy as np


def dropout_pass(x: np.ndarray, dY: np.ndarray, p: float, seed: int, training: bool):
    # Return (out, dx): the dropout output and the gradient of the loss with respect to x.
    raise NotImplementedError
