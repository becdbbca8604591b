# verdict: Wrong Answer
# the change map is a default argument, so it keeps the previous call's windows
def covered_by_k(uptimes, k, changes={}):
    for start, end in uptimes:
        changes[start] = changes.get(start, 0) + 1
        changes[end] = changes.get(end, 0) - 1
    total = 0
    active = 0
    previous = None
    for time in sorted(changes):
        if previous is not None and active >= k:
            total += time - previous
        active += changes[time]
        previous = time
    return total
