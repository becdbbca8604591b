import heapq
from collections import Counter
def trending(tags, k):
    counts = Counter(tags)
    return [t for _, t in heapq.nsmallest(k, ((-c, t) for t, c in counts.items()))]
