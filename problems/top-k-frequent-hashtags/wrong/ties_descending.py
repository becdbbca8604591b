# verdict: Wrong Answer
# Sorts by (count, tag) in reverse, so ties come out in descending string order.
from collections import Counter


def trending(tags, k):
    ranked = sorted(Counter(tags).items(), key=lambda item: (item[1], item[0]), reverse=True)
    return [tag for tag, _ in ranked[:k]]
