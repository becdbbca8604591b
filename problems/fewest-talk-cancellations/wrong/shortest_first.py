# verdict: Wrong Answer
# Keeps the shortest talks first, each one that fits beside those already kept: a short talk
# across two others can still cost both of them.
def fewest_cancellations(talks):
    kept = []
    for start, end in sorted(talks, key=lambda t: t[1] - t[0]):
        if all(end <= s or e <= start for s, e in kept):
            kept.append((start, end))
    return len(talks) - len(kept)
