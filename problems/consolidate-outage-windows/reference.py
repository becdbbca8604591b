def consolidate_outages(reports: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(reports):
        # closed windows: sharing the single instant start == last end is enough to merge
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
