# verdict: Wrong Answer
# First fit decreasing: heaviest crate first, into the first trip with room. A good
# heuristic, but not always the fewest trips.
def fewest_trips(crates: list[int], capacity: int) -> int:
    loads: list[int] = []
    for weight in sorted(crates, reverse=True):
        for t, load in enumerate(loads):
            if load + weight <= capacity:
                loads[t] += weight
                break
        else:
            loads.append(weight)
    return len(loads)
