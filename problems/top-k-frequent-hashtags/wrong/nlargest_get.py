# verdict: Wrong Answer
# heapq.nlargest by count alone; ties keep the dictionary's order
import heapq
from collections import Counter
def trending(tags, k):
    counts = Counter(tags)
    return heapq.nlargest(k, counts, key=counts.get)
