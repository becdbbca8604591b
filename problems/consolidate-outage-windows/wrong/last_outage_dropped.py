# verdict: Wrong Answer
# Keeps the open outage in two variables and appends it when the next one starts, but never
# appends the final one.
def consolidate_outages(reports):
    merged = []
    ordered = sorted(reports)
    if not ordered:
        return merged
    cur_start, cur_end = ordered[0]
    for start, end in ordered[1:]:
        if start <= cur_end:
            cur_end = max(cur_end, end)
        else:
            merged.append([cur_start, cur_end])
            cur_start, cur_end = start, end
    return merged
