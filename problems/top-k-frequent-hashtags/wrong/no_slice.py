# verdict: Wrong Answer
# takes whole buckets until k is reached, never trims the last one
def trending(tags, k):
    counts = {}
    for t in tags:
        counts[t] = counts.get(t, 0) + 1
    buckets = [[] for _ in range(len(tags) + 1)]
    for t, c in counts.items():
        buckets[c].append(t)
    out = []
    for c in range(len(tags), 0, -1):
        if len(out) >= k:
            break
        out.extend(sorted(buckets[c]))
    return out
