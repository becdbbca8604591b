# verdict: Time Limit Exceeded
# Correct, but tries every pair: O(n^2).
def count_pairs_within(costs: list[int], budget: int) -> int:
    pairs = 0
    n = len(costs)
    for i in range(n):
        ci = costs[i]
        for j in range(i + 1, n):
            if ci + costs[j] <= budget:
                pairs += 1
    return pairs
