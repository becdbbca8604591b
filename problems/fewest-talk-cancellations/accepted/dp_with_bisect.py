from bisect import bisect_right


def fewest_cancellations(talks):
    # best[i]: most talks kept among the first i by end; the last kept before talk i is found
    # by binary search over the ends
    ordered = sorted(talks, key=lambda t: t[1])
    ends = [e for _, e in ordered]
    best = [0] * (len(ordered) + 1)
    for i, (start, _) in enumerate(ordered):
        j = bisect_right(ends, start, 0, i)
        best[i + 1] = max(best[i], best[j] + 1)
    return len(talks) - best[-1]
