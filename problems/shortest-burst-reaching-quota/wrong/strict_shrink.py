# verdict: Wrong Answer
# Only records a window when its total is strictly above the quota.
def shortest_burst(amounts: list[int], quota: int) -> int:
    best = 0
    total = 0
    left = 0
    for right, amount in enumerate(amounts):
        total += amount
        while total > quota:
            length = right - left + 1
            if best == 0 or length < best:
                best = length
            total -= amounts[left]
            left += 1
    return best
