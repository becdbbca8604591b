# verdict: Wrong Answer
# Moves finished hypotheses into a separate list so they take no beam slot, and keeps
# beam_width unfinished ones; returns the best of both lists at the end.
def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    V = len(start_logp)
    key = lambda h: (-h[1], h[0])
    done = []
    pool = [([j], float(start_logp[j])) for j in range(V)]
    beam = []
    for step in range(max_steps):
        if step > 0:
            pool = [(tokens + [j], score + float(trans_logp[tokens[-1]][j]))
                    for tokens, score in beam for j in range(V)]
        pool = sorted(pool, key=key)
        beam = []
        for h in pool:
            if h[0][-1] == end_token:
                done.append(h)
            elif len(beam) < beam_width:
                beam.append(h)
        if not beam:
            break
    return sorted(done + beam, key=key)[0]
