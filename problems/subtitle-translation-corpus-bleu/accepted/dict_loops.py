import math


def corpus_bleu(candidates, references):
    clipped = [0] * 5
    possible = [0] * 5
    cand_len = ref_len = 0
    for cand, refs in zip(candidates, references):
        cand_len += len(cand)
        best = None
        for ref in refs:
            key = (abs(len(ref) - len(cand)), len(ref))
            if best is None or key < best:
                best = key
        ref_len += best[1]
        for n in range(1, 5):
            mine = {}
            for i in range(len(cand) - n + 1):
                g = " ".join(cand[i:i + n])
                mine[g] = mine.get(g, 0) + 1
            most = {}
            for ref in refs:
                theirs = {}
                for i in range(len(ref) - n + 1):
                    g = " ".join(ref[i:i + n])
                    theirs[g] = theirs.get(g, 0) + 1
                for g, k in theirs.items():
                    most[g] = max(most.get(g, 0), k)
            for g, k in mine.items():
                clipped[n] += min(k, most.get(g, 0))
                possible[n] += k
    if any(clipped[n] == 0 for n in range(1, 5)):
        return 0.0
    product = 1.0
    for n in range(1, 5):
        product *= clipped[n] / possible[n]
    bp = 1.0 if cand_len > ref_len else math.exp(1 - ref_len / cand_len)
    return bp * product ** 0.25
