def batch_sizes(shots):
    # each client covers the span from its first to its last picture; merge overlapping spans
    first, last = {}, {}
    for i, client in enumerate(shots):
        first.setdefault(client, i)
        last[client] = i
    spans = sorted((first[c], last[c]) for c in first)
    sizes = []
    low, high = None, None
    for begin, finish in spans:
        if high is not None and begin > high:
            sizes.append(high - low + 1)
            low = None
        if low is None:
            low, high = begin, finish
        else:
            high = max(high, finish)
    if low is not None:
        sizes.append(high - low + 1)
    return sizes
