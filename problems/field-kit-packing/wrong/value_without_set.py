# verdict: Wrong Answer
# Computes the right optimum but rebuilds the set by scanning the final table only, which
# cannot tell which pieces were used: the indices do not add up to the claimed value.
def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    best = [0] * (capacity + 1)
    for weight, value in zip(weights, values, strict=True):
        for c in range(capacity, weight - 1, -1):
            best[c] = max(best[c], best[c - weight] + value)
    chosen = []
    c = capacity
    for i in range(len(weights)):
        if weights[i] <= c and best[c - weights[i]] + values[i] == best[c]:
            chosen.append(i)
            c -= weights[i]
    return best[capacity], chosen
