# verdict: Wrong Answer
# Gives queries without relevant ids AP = RR = 0 and averages over all m queries.
def map_and_mrr(ranked, relevant):
    ap_sum = rr_sum = 0.0
    for answer, wanted in zip(ranked, relevant):
        unseen = set(wanted)
        hits, total, rr = 0, 0.0, 0.0
        for rank, item in enumerate(answer, start=1):
            if item in unseen:
                unseen.remove(item)
                hits += 1
                total += hits / rank
                if hits == 1:
                    rr = 1 / rank
        ap_sum += total / len(wanted) if wanted else 0.0
        rr_sum += rr
    return ap_sum / len(ranked), rr_sum / len(ranked)
