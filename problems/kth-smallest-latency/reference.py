import random


def kth_smallest(latencies: list[int], k: int) -> int:
    values = latencies
    index = k - 1          # the position wanted within `values`
    rng = random.Random()  # a fresh generator: no state is shared between calls
    while True:
        pivot = values[rng.randrange(len(values))]
        # three-way partition: equal values form one block, so heavy duplication cannot
        # stall the search
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
            continue
        equal = sum(1 for v in values if v == pivot)
        if index < len(smaller) + equal:
            return pivot
        index -= len(smaller) + equal
        values = [v for v in values if v > pivot]
