# verdict: Wrong Answer
# Shrinks the window by at most one minute per step (if instead of while).
def shortest_burst(amounts, quota):
    best, total, left = 0, 0, 0
    for right, a in enumerate(amounts):
        total += a
        if total >= quota:
            L = right - left + 1
            if best == 0 or L < best:
                best = L
            total -= amounts[left]; left += 1
    return best
