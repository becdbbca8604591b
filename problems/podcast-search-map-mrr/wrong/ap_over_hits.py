# verdict: Wrong Answer
# Divides each query's precision sum by the number of hits found instead of the number of
# relevant ids, so relevant episodes that were never returned do not lower AP.
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
                if hits == 1:
                    rr = 1 / rank
        aps.append(total / hits if hits else 0.0)
        rrs.append(rr)
    if not aps:
        return float("nan"), float("nan")
    return sum(aps) / len(aps), sum(rrs) / len(rrs)
