# The classic 0/1 knapsack table over capacities 0..total/2, filled downwards.
def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    dp = [True] + [False] * half
    for w in weights:
        for c in range(half, w - 1, -1):
            if dp[c - w]:
                dp[c] = True
        if dp[half]:
            return True
    return dp[half]
