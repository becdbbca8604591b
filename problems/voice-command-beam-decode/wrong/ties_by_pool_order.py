# verdict: Wrong Answer
# Sorts by score only (a stable sort), so ties keep the pool's order: finished hypotheses
# first, then the extensions parent by parent. A finished hypothesis then wins ties it should
# lose to a lexicographically smaller extension.
def beam_decode(start_logp, trans_logp, end_token, beam_width, max_steps):
    V = len(start_logp)
    beam = sorted((([j], float(start_logp[j])) for j in range(V)),
                  key=lambda h: -h[1])[:beam_width]
    for _ in range(max_steps - 1):
        pool = [h for h in beam if h[0][-1] == end_token]
        for tokens, score in beam:
            if tokens[-1] != end_token:
                for j in range(V):
                    pool.append((tokens + [j], score + float(trans_logp[tokens[-1]][j])))
        beam = sorted(pool, key=lambda h: -h[1])[:beam_width]
    return beam[0]
