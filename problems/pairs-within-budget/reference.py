def count_pairs_within(costs: list[int], budget: int) -> int:
    values = sorted(costs)
    left, right = 0, len(values) - 1
    pairs = 0
    while left < right:
        if values[left] + values[right] <= budget:
            # values[left] fits with every item from left + 1 to right
            pairs += right - left
            left += 1
        else:
            right -= 1
    return pairs
