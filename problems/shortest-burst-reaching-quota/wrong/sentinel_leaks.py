# verdict: Wrong Answer
# Starts from a "too long" sentinel and forgets to turn it into 0 when nothing qualifies.
def shortest_burst(amounts: list[int], quota: int) -> int:
    best = len(amounts) + 1
    total = 0
    left = 0
    for right, amount in enumerate(amounts):
        total += amount
        while total >= quota:
            best = min(best, right - left + 1)
            total -= amounts[left]
            left += 1
    return best
