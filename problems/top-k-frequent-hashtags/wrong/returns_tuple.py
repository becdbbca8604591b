# verdict: Wrong Answer
# returns a tuple where a list is asked
from collections import Counter
def trending(tags, k):
    counts = Counter(tags)
    return tuple(sorted(counts, key=lambda t: (-counts[t], t))[:k])
