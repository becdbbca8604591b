# verdict: Wrong Answer
# ceil(total weight / capacity) is only a lower bound: crates cannot be split.
def fewest_trips(crates: list[int], capacity: int) -> int:
    return -(-sum(crates) // capacity)
