# verdict: Wrong Answer
# sets the change at a time instead of adding to it, so repeated starts/ends collapse
def covered_by_k(uptimes, k):
    changes = {}
    for start, end in uptimes:
        changes[start] = changes.get(start, 0) + 1
        changes[end] = -1
    total = 0
    active = 0
    previous = None
    for time in sorted(changes):
        if previous is not None and active >= k:
            total += time - previous
        active += changes[time]
        previous = time
    return total
