import numpy as np


def thompson_step(successes: list[int], failures: list[int], seed: int) -> dict:
    # Return {"arm": ..., "draws": [...]}.
    raise NotImplementedError
