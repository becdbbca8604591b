# verdict: Wrong Answer
# Loads a crate only while the trip stays strictly under the capacity: a trip that is
# exactly full is refused.
def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)
    if n == 0:
        return 0
    best = [(n + 1, 0)] * (1 << n)
    best[0] = (1, 0)
    for mask in range(1 << n):
        trips, load = best[mask]
        for i in range(n):
            if mask >> i & 1:
                continue
            if load + crates[i] < capacity:
                candidate = (trips, load + crates[i])
            else:
                candidate = (trips + 1, crates[i])
            if candidate < best[mask | 1 << i]:
                best[mask | 1 << i] = candidate
    return best[-1][0]
