# verdict: Wrong Answer
# Greedy search: keeps one hypothesis whatever beam_width says.
import numpy as np


def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    tok = int(np.argmax(start_logp))
    tokens, score = [tok], float(start_logp[tok])
    while len(tokens) < max_steps and tokens[-1] != end_token:
        row = trans_logp[tokens[-1]]
        tok = int(np.argmax(row))
        tokens.append(tok)
        score += float(row[tok])
    return tokens, score
