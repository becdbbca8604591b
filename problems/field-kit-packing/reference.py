def pack_kit(weights: list[int], values: list[int], capacity: int) -> tuple[int, list[int]]:
    best = [0] * (capacity + 1)  # best[c]: best value with total weight at most c
    took = []  # took[i][c] == 1: item i is packed in the best set for capacity c
    for weight, value in zip(weights, values, strict=True):
        row = bytearray(capacity + 1)
        if weight <= capacity:
            # downward, so best[c - weight] still excludes this item: each is used once
            for c in range(capacity, weight - 1, -1):
                candidate = best[c - weight] + value
                if candidate > best[c]:
                    best[c] = candidate
                    row[c] = 1
        took.append(row)
    chosen = []
    c = capacity
    for i in range(len(weights) - 1, -1, -1):
        if took[i][c]:
            chosen.append(i)
            c -= weights[i]
    chosen.reverse()
    return best[capacity], chosen
