# verdict: Wrong Answer
# Divides by min(len(relevant), len(ranked)) as if the list could only ever hold that many
# hits; the statement divides by the number of relevant ids.
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
        denom = min(len(wanted), len(answer))
        aps.append(total / denom if denom else 0.0)
        rrs.append(rr)
    if not aps:
        return float("nan"), float("nan")
    return sum(aps) / len(aps), sum(rrs) / len(rrs)
