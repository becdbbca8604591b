# verdict: Time Limit Exceeded
# Correct (some order of the crates, loaded trip after trip, is optimal), but tries all n!
# orders.
from itertools import permutations


def fewest_trips(crates: list[int], capacity: int) -> int:
    best = len(crates)
    for order in permutations(crates):
        trips, load = 0, capacity
        for weight in order:
            if load + weight > capacity:
                trips += 1
                load = 0
            load += weight
        best = min(best, trips)
    return best
