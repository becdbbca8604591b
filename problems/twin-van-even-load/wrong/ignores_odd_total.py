# verdict: Wrong Answer
# Looks for a set weighing total // 2 without checking that the total is even.
def can_load_evenly(weights: list[int]) -> bool:
    half = sum(weights) // 2
    dp = [True] + [False] * half
    for w in weights:
        for c in range(half, w - 1, -1):
            if dp[c - w]:
                dp[c] = True
    return dp[half]
