# verdict: Wrong Answer
# Puts each parcel, heaviest first, into the lighter van and hopes the loads end equal.
def can_load_evenly(weights: list[int]) -> bool:
    vans = [0, 0]
    for w in sorted(weights, reverse=True):
        lighter = 0 if vans[0] <= vans[1] else 1
        vans[lighter] += w
    return vans[0] == vans[1]
