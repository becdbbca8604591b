# verdict: Wrong Answer
# picks with most_common(k) (first-seen among ties at the k-th place), then sorts the pick
from collections import Counter
def trending(tags, k):
    picked = Counter(tags).most_common(k)
    return [t for t, _ in sorted(picked, key=lambda p: (-p[1], p[0]))]
