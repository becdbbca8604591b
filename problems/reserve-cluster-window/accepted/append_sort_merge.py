def reserve_window(booked, new):
    # add the window, sort again and merge what overlaps or touches: O(n log n), still fine
    merged = []
    for s, e in sorted(booked + [new]):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return merged
