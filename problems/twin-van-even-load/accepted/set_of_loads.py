# Keeps the set of loads one van can reach with the parcels seen so far.
def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    loads = {0}
    for w in weights:
        loads |= {load + w for load in loads if load + w <= half}
    return half in loads
