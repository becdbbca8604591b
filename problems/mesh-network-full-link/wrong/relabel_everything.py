# verdict: Time Limit Exceeded
# Keeps a group label per mast and, on every merge, rescans all n masts to relabel one group:
# O(n) per merge, O(n^2) overall.
def full_link_minute(n, links):
    if n == 1:
        return 0
    label = list(range(n))
    groups = n
    for minute, a, b in sorted(links):
        la, lb = label[a], label[b]
        if la == lb:
            continue
        for m in range(n):
            if label[m] == lb:
                label[m] = la
        groups -= 1
        if groups == 1:
            return minute
    return -1
