def fewest_trips(crates: list[int], capacity: int) -> int:
    n = len(crates)
    if not n:
        return 0
    size = 1 << n
    trips = [n + 1] * size
    load = [0] * size
    trips[0] = 1
    for mask in range(size):
        t, held = trips[mask], load[mask]
        for i in range(n):
            bit = 1 << i
            if mask & bit:
                continue
            if held + crates[i] <= capacity:
                new_trips, new_load = t, held + crates[i]
            else:
                new_trips, new_load = t + 1, crates[i]
            other = mask | bit
            if new_trips < trips[other] or (new_trips == trips[other] and new_load < load[other]):
                trips[other], load[other] = new_trips, new_load
    return trips[size - 1]
