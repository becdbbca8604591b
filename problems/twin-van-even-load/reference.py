def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2 == 1:
        return False
    # Bit s of `reachable` is set when some set of the parcels seen so far weighs s. Shifting
    # the whole mask by w adds parcel w to every such set at once, each parcel used once.
    reachable = 1
    for w in weights:
        reachable |= reachable << w
    return (reachable >> (total // 2)) & 1 == 1
