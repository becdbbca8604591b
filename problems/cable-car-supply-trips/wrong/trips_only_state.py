# verdict: Wrong Answer
# The subset DP keeps, for each set of loaded crates, the first state with the fewest trips,
# without preferring the lightest last trip: a heavier open trip can block a later crate.
def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)
    if n == 0:
        return 0
    trips = [n + 1] * (1 << n)
    load = [0] * (1 << n)
    trips[0] = 1
    for mask in range(1 << n):
        for i in range(n):
            if mask >> i & 1:
                continue
            nxt = mask | 1 << i
            if load[mask] + crates[i] <= capacity:
                t, new_load = trips[mask], load[mask] + crates[i]
            else:
                t, new_load = trips[mask] + 1, crates[i]
            if t < trips[nxt]:
                trips[nxt], load[nxt] = t, new_load
    return trips[(1 << n) - 1]
