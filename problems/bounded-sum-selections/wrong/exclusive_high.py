# verdict: Wrong Answer
# Prunes with >= instead of >, so packs whose total is exactly high are lost.
def bounded_selections(weights, low, high):
    items = sorted(weights)
    out, chosen = [], []

    def extend(start, total):
        for i in range(start, len(items)):
            if i > start and items[i] == items[i - 1]:
                continue
            if total + items[i] >= high:
                break
            chosen.append(items[i])
            if total + items[i] >= low:
                out.append(chosen.copy())
            extend(i + 1, total + items[i])
            chosen.pop()

    extend(0, 0)
    return out
