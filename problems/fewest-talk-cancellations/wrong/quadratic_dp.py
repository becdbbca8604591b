# verdict: Time Limit Exceeded
# Correct: the longest chain of compatible talks by dynamic programming over all earlier
# talks, O(n^2).
def fewest_cancellations(talks):
    ordered = sorted(talks, key=lambda t: t[1])
    best = []
    for i, (start, _) in enumerate(ordered):
        longest = 0
        for j in range(i):
            if ordered[j][1] <= start and best[j] > longest:
                longest = best[j]
        best.append(longest + 1)
    return len(talks) - max(best, default=0)
