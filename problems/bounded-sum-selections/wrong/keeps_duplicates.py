# verdict: Wrong Answer
# Forgets to skip equal values at the same depth, so a pack that can be made from different
# but equal bars is listed several times.
def bounded_selections(weights, low, high):
    items = sorted(weights)
    out, chosen = [], []

    def extend(start, total):
        for i in range(start, len(items)):
            if total + items[i] > high:
                break
            chosen.append(items[i])
            if total + items[i] >= low:
                out.append(chosen.copy())
            extend(i + 1, total + items[i])
            chosen.pop()

    extend(0, 0)
    return out
