# verdict: Wrong Answer
# Uses enumerate() without start=1 and guards the division by zero at the top entry,
# so every rank is one too small.
def map_and_mrr(ranked, relevant):
    aps, rrs = [], []
    for answer, wanted in zip(ranked, relevant):
        if not wanted:
            continue
        unseen = set(wanted)
        hits, total, rr = 0, 0.0, 0.0
        for rank, item in enumerate(answer):
            if item in unseen:
                unseen.remove(item)
                hits += 1
                total += hits / max(rank, 1)
                if hits == 1:
                    rr = 1 / max(rank, 1)
        aps.append(total / len(wanted))
        rrs.append(rr)
    if not aps:
        return float("nan"), float("nan")
    return sum(aps) / len(aps), sum(rrs) / len(rrs)
