# verdict: Wrong Answer
# Pairs the heaviest crate with the lightest that fits (two pointers), as if a trip held at
# most two crates.
def fewest_trips(crates: list[int], capacity: int) -> int:
    ordered = sorted(crates)
    low, high, trips = 0, len(ordered) - 1, 0
    while low <= high:
        if low < high and ordered[low] + ordered[high] <= capacity:
            low += 1
        high -= 1
        trips += 1
    return trips
