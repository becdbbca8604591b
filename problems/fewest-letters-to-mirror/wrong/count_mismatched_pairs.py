# verdict: Wrong Answer
# Counts the mirrored pairs that differ: that is how many letters must be CHANGED, not how
# many must be added.
def fewest_insertions(motto):
    n = len(motto)
    return sum(motto[i] != motto[n - 1 - i] for i in range(n // 2))
