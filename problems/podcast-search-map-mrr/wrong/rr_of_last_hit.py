# verdict: Wrong Answer
# Overwrites the reciprocal rank at every hit, so it ends up as 1 / (rank of the last hit).
def map_and_mrr(ranked, relevant):
    aps, rrs = [], []
    for answer, wanted in zip(ranked, relevant):
        if not wanted:
            continue
        unseen = set(wanted)
        hits, total, rr = 0, 0.0, 0.0
        for rank, item in enumerate(answer, start=1):
            if item in unseen:
                unseen.remove(item)
                hits += 1
                total += hits / rank
                rr = 1 / rank
        aps.append(total / len(wanted))
        rrs.append(rr)
    if not aps:
        return float("nan"), float("nan")
    return sum(aps) / len(aps), sum(rrs) / len(rrs)
