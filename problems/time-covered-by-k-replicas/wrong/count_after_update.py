# verdict: Wrong Answer
# Applies the changes at a time before measuring the stretch that ends there, so each
# stretch is judged by the count of the next one.
def covered_by_k(uptimes: list[list[int]], k: int) -> int:
    changes: dict[int, int] = {}
    for start, end in uptimes:
        changes[start] = changes.get(start, 0) + 1
        changes[end] = changes.get(end, 0) - 1
    total = 0
    active = 0
    previous = None
    for time in sorted(changes):
        active += changes[time]
        if previous is not None and active >= k:
            total += time - previous
        previous = time
    return total
