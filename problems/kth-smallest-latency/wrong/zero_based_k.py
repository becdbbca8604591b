# verdict: Wrong Answer
# Treats k as a 0-based index, so it returns the (k + 1)-th smallest value.
import random


def kth_smallest(latencies, k):
    values, index = latencies, k
    while True:
        if index >= len(values):
            return max(values)
        pivot = random.choice(values)
        smaller = [v for v in values if v < pivot]
        equal = [v for v in values if v == pivot]
        if index < len(smaller):
            values = smaller
        elif index < len(smaller) + len(equal):
            return pivot
        else:
            index -= len(smaller) + len(equal)
            values = [v for v in values if v > pivot]
