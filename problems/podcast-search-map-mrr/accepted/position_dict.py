# Finds each relevant id's first position with a dict, then sorts the positions found.
def map_and_mrr(ranked, relevant):
    ap_sum = rr_sum = 0.0
    count = 0
    for answer, wanted in zip(ranked, relevant):
        if not wanted:
            continue
        count += 1
        first_pos = {}
        for pos, item in enumerate(answer):
            first_pos.setdefault(item, pos + 1)
        found = sorted(first_pos[r] for r in wanted if r in first_pos)
        ap_sum += sum((k + 1) / rank for k, rank in enumerate(found)) / len(wanted)
        rr_sum += 1 / found[0] if found else 0.0
    if count == 0:
        return float("nan"), float("nan")
    return ap_sum / count, rr_sum / count
