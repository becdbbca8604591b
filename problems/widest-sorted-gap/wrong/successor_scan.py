# verdict: Time Limit Exceeded
# Correct, but finds each value's next larger value by scanning the whole list: O(n^2).
def widest_gap(values):
    if len(values) < 2:
        return 0
    best = 0
    for v in values:
        successor = None
        for w in values:
            if w > v and (successor is None or w < successor):
                successor = w
        if successor is not None:
            best = max(best, successor - v)
    return best
