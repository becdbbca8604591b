def map_and_mrr(ranked, relevant):
    ap_total = 0.0
    rr_total = 0.0
    judged = 0
    for answer, wanted in zip(ranked, relevant):
        if not wanted:
            continue
        judged += 1
        unseen = set(wanted)
        hits = 0
        precision_sum = 0.0
        for rank, item in enumerate(answer, start=1):
            if item in unseen:
                unseen.remove(item)
                hits += 1
                precision_sum += hits / rank
                if hits == 1:
                    rr_total += 1 / rank
        ap_total += precision_sum / len(wanted)
    if not judged:
        return float("nan"), float("nan")
    return ap_total / judged, rr_total / judged
