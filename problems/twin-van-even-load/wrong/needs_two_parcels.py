# verdict: Wrong Answer
# Refuses any batch with fewer than two parcels, the empty batch included.
def can_load_evenly(weights: list[int]) -> bool:
    if len(weights) < 2:
        return False
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    dp = [True] + [False] * half
    for w in weights:
        for c in range(half, w - 1, -1):
            if dp[c - w]:
                dp[c] = True
    return dp[half]
