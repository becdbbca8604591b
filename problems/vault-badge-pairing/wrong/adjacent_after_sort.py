# verdict: Wrong Answer
# Neighbours after sorting give the smallest XOR of a pair, not the largest.
def best_door(badges: list[int]) -> int:
    ordered = sorted(badges)
    return max(a ^ b for a, b in zip(ordered, ordered[1:], strict=False))
