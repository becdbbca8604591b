# verdict: Wrong Answer
# Counts right - left + 1 partners, which includes pairing an item with itself.
def count_pairs_within(costs: list[int], budget: int) -> int:
    values = sorted(costs)
    left, right = 0, len(values) - 1
    pairs = 0
    while left < right:
        if values[left] + values[right] <= budget:
            pairs += right - left + 1
            left += 1
        else:
            right -= 1
    return pairs
