# verdict: Wrong Answer
# Tests membership in the relevant set without remembering which ids were already found, so
# a relevant id returned twice is two hits.
def map_and_mrr(ranked, relevant):
    aps, rrs = [], []
    for answer, wanted in zip(ranked, relevant):
        if not wanted:
            continue
        wanted_set = set(wanted)
        hits, total, rr = 0, 0.0, 0.0
        for rank, item in enumerate(answer, start=1):
            if item in wanted_set:
                hits += 1
                total += hits / rank
                if hits == 1:
                    rr = 1 / rank
        aps.append(total / len(wanted))
        rrs.append(rr)
    if not aps:
        return float("nan"), float("nan")
    return sum(aps) / len(aps), sum(rrs) / len(rrs)
