import numpy as np


def beam_decode(start_logp: np.ndarray, trans_logp: np.ndarray, end_token: int,
                beam_width: int, max_steps: int) -> tuple[list[int], float]:
    # Keep the beam_width best hypotheses (higher score, then smaller sequence); finished
    # hypotheses (ending in end_token) stay in the pool unchanged. Return the best after
    # max_steps steps as (tokens, score).
    raise NotImplementedError
