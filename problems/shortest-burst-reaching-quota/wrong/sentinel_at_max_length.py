# verdict: Wrong Answer
# Uses the largest stated length, 2 * 10**5, as the "no run yet" sentinel, so a day of that
# length whose only qualifying run is the whole day reads as "none".
def shortest_burst(amounts, quota):
    NONE = 2 * 10**5
    best, total, left = NONE, 0, 0
    for right, a in enumerate(amounts):
        total += a
        while total >= quota:
            best = min(best, right - left + 1)
            total -= amounts[left]; left += 1
    return 0 if best == NONE else best
