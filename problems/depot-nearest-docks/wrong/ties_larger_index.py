# verdict: Wrong Answer
# Quickselect on (squared distance, -index): among tied docks the larger index wins.
import random


def nearest_docks(docks, k):
    if k == 0:
        return []
    keys = [(x * x + y * y, -i) for i, (x, y) in enumerate(docks)]
    values, index = keys, k - 1
    while True:
        pivot = random.choice(values)
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
        elif index == len(smaller):
            break
        else:
            index -= len(smaller) + 1
            values = [v for v in values if v > pivot]
    return sorted(-key[1] for key in keys if key <= pivot)
