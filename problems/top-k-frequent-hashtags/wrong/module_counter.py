# verdict: Wrong Answer
# a module-level Counter that keeps the previous calls' uses
from collections import Counter
_counts = Counter()
def trending(tags, k):
    _counts.update(tags)
    return sorted(_counts, key=lambda t: (-_counts[t], t))[:k]
