# verdict: Wrong Answer
# Off by one in the inner loop: stops before c == w, so a parcel is never placed on an empty
# van (dp[w] is never set from dp[0]).
def can_load_evenly(weights: list[int]) -> bool:
    total = sum(weights)
    if total % 2:
        return False
    half = total // 2
    dp = [True] + [False] * half
    for w in weights:
        for c in range(half, w, -1):
            if dp[c - w]:
                dp[c] = True
    return dp[half]
