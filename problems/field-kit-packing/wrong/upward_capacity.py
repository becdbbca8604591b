# verdict: Wrong Answer
# Loops the capacity upward, so best[c - weight] may already contain the same piece: this is
# the unbounded knapsack (any number of copies), not the one-of-each problem.
def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    best = [0] * (capacity + 1)
    took = []
    for weight, value in zip(weights, values, strict=True):
        row = bytearray(capacity + 1)
        for c in range(weight, capacity + 1):
            if best[c - weight] + value > best[c]:
                best[c] = best[c - weight] + value
                row[c] = 1
        took.append(row)
    chosen = []
    c = capacity
    for i in range(len(weights) - 1, -1, -1):
        if took[i][c]:
            chosen.append(i)
            c -= weights[i]
    return best[capacity], sorted(chosen)
