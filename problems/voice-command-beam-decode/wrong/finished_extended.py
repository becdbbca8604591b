# verdict: Wrong Answer
# Never treats the end token as final: hypotheses ending in it keep being extended.
def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    V = len(start_logp)
    key = lambda h: (-h[1], h[0])
    beam = sorted((([j], float(start_logp[j])) for j in range(V)), key=key)[:beam_width]
    for _ in range(max_steps - 1):
        pool = [(tokens + [j], score + float(trans_logp[tokens[-1]][j]))
                for tokens, score in beam for j in range(V)]
        beam = sorted(pool, key=key)[:beam_width]
    return beam[0]
