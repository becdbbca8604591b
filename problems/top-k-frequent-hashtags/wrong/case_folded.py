# verdict: Wrong Answer
# Lower-cases the hashtags first, merging "ML" and "ml".
from collections import Counter


def trending(tags, k):
    counts = Counter(tag.lower() for tag in tags)
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [tag for tag, _ in ranked[:k]]
