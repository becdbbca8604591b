def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)
    if n == 0:
        return 0
    full = (1 << n) - 1
    span = capacity + 1
    weight_of = {1 << i: w for i, w in enumerate(crates)}
    # best[mask]: the crates in mask are loaded, in the fewest trips and then with the
    # lightest last trip, coded as trips * span + load (load <= capacity < span).
    best = [n * span + span] * (full + 1)
    best[0] = span  # the first trip, still empty
    for mask in range(full):
        state = best[mask]
        load = state % span
        opened = (state // span + 1) * span  # a new trip, still empty
        rest = full ^ mask
        while rest:
            bit = rest & -rest
            rest ^= bit
            weight = weight_of[bit]
            candidate = state + weight if load + weight <= capacity else opened + weight
            if candidate < best[mask | bit]:
                best[mask | bit] = candidate
    return best[full] // span
