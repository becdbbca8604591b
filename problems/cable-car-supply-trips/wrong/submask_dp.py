# verdict: Time Limit Exceeded
# Correct, but for every mask it tries every submask that fits in one trip as the last trip:
# 3**n steps, about 3.9 * 10**8 at n = 18.
def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)
    full = (1 << n) - 1
    weight = [0] * (full + 1)
    for mask in range(1, full + 1):
        low = mask & -mask
        weight[mask] = weight[mask ^ low] + crates[low.bit_length() - 1]
    trips = [0] + [n + 1] * full
    for mask in range(1, full + 1):
        best = n + 1
        sub = mask
        while sub:
            if weight[sub] <= capacity and trips[mask ^ sub] + 1 < best:
                best = trips[mask ^ sub] + 1
            sub = (sub - 1) & mask
        trips[mask] = best
    return trips[full]
