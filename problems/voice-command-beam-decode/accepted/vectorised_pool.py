import numpy as np


def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    # All V extensions of every unfinished hypothesis at once, then a Python sort by
    # (-score, tokens) of the whole pool.
    start = np.asarray(start_logp, dtype=np.float64)
    trans = np.asarray(trans_logp, dtype=np.float64)
    V = start.shape[0]
    pool = [(-float(start[j]), (j,)) for j in range(V)]
    beam = sorted(pool)[:beam_width]
    for _ in range(max_steps - 1):
        pool = [h for h in beam if h[1][-1] == end_token]
        live = [h for h in beam if h[1][-1] != end_token]
        if live:
            scores = np.array([-h[0] for h in live])[:, None] + trans[[h[1][-1] for h in live]]
            for r, (_, tokens) in enumerate(live):
                pool.extend((-float(scores[r, j]), tokens + (j,)) for j in range(V))
        beam = sorted(pool)[:beam_width]
    neg, tokens = beam[0]
    return list(tokens), -neg
