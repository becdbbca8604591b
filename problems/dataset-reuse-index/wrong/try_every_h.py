# verdict: Time Limit Exceeded
# Correct, but counts the qualifying datasets afresh for every candidate h: O(n^2).
def reuse_index(reuses: list[int]) -> int:
    for h in range(len(reuses), 0, -1):
        if sum(1 for c in reuses if c >= h) >= h:
            return h
    return 0
