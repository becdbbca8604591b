def token_handfuls(tokens):
    # every subset by bit mask, sorted, with repeats removed through a set of tuples
    items = sorted(tokens)
    n = len(items)
    found = {tuple(items[i] for i in range(n) if mask >> i & 1) for mask in range(1 << n)}
    return [list(h) for h in sorted(found)]
