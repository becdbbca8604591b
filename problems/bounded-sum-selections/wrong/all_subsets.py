# verdict: Time Limit Exceeded
# Correct, but walks through all 2**n subsets with a bit mask before filtering.
def bounded_selections(weights, low, high):
    items = sorted(weights)
    n = len(items)
    found = set()
    for mask in range(1, 1 << n):
        pack = [items[i] for i in range(n) if mask >> i & 1]
        if low <= sum(pack) <= high:
            found.add(tuple(pack))
    return [list(pack) for pack in sorted(found)]
