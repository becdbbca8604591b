# verdict: Time Limit Exceeded
# Correct, but merges any two overlapping windows and starts over until no pair overlaps:
# every pass compares all pairs, O(n^2) at least.
def consolidate_outages(reports):
    windows = [list(w) for w in reports]
    changed = True
    while changed:
        changed = False
        for i in range(len(windows)):
            for j in range(i + 1, len(windows)):
                a, b = windows[i], windows[j]
                if a[0] <= b[1] and b[0] <= a[1]:
                    windows[i] = [min(a[0], b[0]), max(a[1], b[1])]
                    windows.pop(j)
                    changed = True
                    break
            if changed:
                break
    return sorted(windows)
