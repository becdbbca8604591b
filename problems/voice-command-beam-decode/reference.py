import numpy as np


def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    start = np.asarray(start_logp, dtype=np.float64)
    trans = np.asarray(trans_logp, dtype=np.float64)

    def best_tokens(row):
        # One parent's best beam_width extensions: higher score, then smaller token id
        # (for one parent, a smaller last token is the lexicographically smaller sequence).
        # Extensions ranked lower within their own parent can never enter the beam.
        return np.argsort(-row, kind="stable")[:beam_width]

    beam = [((int(j),), float(start[j])) for j in best_tokens(start)]
    for _ in range(max_steps - 1):
        pool = []
        for tokens, score in beam:
            if tokens[-1] == end_token:
                pool.append((tokens, score))
            else:
                row = trans[tokens[-1]]
                for j in best_tokens(row):
                    pool.append((tokens + (int(j),), score + float(row[j])))
        pool.sort(key=lambda h: (-h[1], h[0]))
        beam = pool[:beam_width]
    tokens, score = beam[0]
    return list(tokens), score
