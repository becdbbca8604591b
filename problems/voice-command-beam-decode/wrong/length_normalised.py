# verdict: Wrong Answer
# Ranks hypotheses by their score divided by their length (length normalisation), which the
# statement does not ask for.
def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    V = len(start_logp)
    key = lambda h: (-h[1] / len(h[0]), h[0])
    beam = sorted(([j], float(start_logp[j])) for j in range(V))
    beam = sorted(beam, key=key)[:beam_width]
    for _ in range(max_steps - 1):
        pool = []
        for tokens, score in beam:
            if tokens[-1] == end_token:
                pool.append((tokens, score))
                continue
            for j in range(V):
                pool.append((tokens + [j], score + float(trans_logp[tokens[-1]][j])))
        beam = sorted(pool, key=key)[:beam_width]
    return beam[0]
