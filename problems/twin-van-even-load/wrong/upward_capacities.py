# verdict: Wrong Answer
# The 0/1 knapsack table filled with capacities going up: dp[c - w] may already include the
# same parcel, so one parcel is counted several times.
def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    dp = [True] + [False] * half
    for w in weights:
        for c in range(w, half + 1):
            if dp[c - w]:
                dp[c] = True
    return dp[half]
