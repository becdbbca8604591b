# verdict: Wrong Answer
# Treats the budget as a strict bound, so pairs that spend it exactly are lost.
def count_pairs_within(costs: list[int], budget: int) -> int:
    values = sorted(costs)
    left, right = 0, len(values) - 1
    pairs = 0
    while left < right:
        if values[left] + values[right] < budget:
            pairs += right - left
            left += 1
        else:
            right -= 1
    return pairs
