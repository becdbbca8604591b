# verdict: Wrong Answer
# Breaks ties by first appearance (what Counter.most_common does), not by string order.
from collections import Counter


def trending(tags, k):
    return [tag for tag, _ in Counter(tags).most_common(k)]
