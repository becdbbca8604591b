# verdict: Wrong Answer
# Runs one round of extension too few, so hypotheses have at most max_steps - 1 tokens.
def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    V = len(start_logp)
    key = lambda h: (-h[1], h[0])
    beam = sorted((([j], float(start_logp[j])) for j in range(V)), key=key)[:beam_width]
    for _ in range(max_steps - 2):
        pool = []
        for tokens, score in beam:
            if tokens[-1] == end_token:
                pool.append((tokens, score))
                continue
            for j in range(V):
                pool.append((tokens + [j], score + float(trans_logp[tokens[-1]][j])))
        beam = sorted(pool, key=key)[:beam_width]
    return beam[0]
