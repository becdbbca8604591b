# verdict: Wrong Answer
# multiplies the counts of p and p + target, ignoring which prefix comes first
from collections import Counter
def count_net_change_windows(changes, target):
    prefix, running = [0], 0
    for c in changes:
        running += c
        prefix.append(running)
    counts = Counter(prefix)
    if target == 0:
        return sum(c * (c - 1) // 2 for c in counts.values())
    return sum(c * counts.get(p + target, 0) for p, c in counts.items())
