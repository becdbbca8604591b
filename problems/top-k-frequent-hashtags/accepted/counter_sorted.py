from collections import Counter
def trending(tags, k):
    counts = Counter(tags)
    return sorted(counts, key=lambda t: (-counts[t], t))[:k]
