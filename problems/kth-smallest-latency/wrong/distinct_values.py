# verdict: Wrong Answer
# Removes duplicates before selecting, so it returns the k-th smallest *distinct* value.
import random


def kth_smallest(latencies, k):
    values, index = list(set(latencies)), k - 1
    while True:
        pivot = random.choice(values)
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
        elif index == len(smaller):
            return pivot
        else:
            index -= len(smaller) + 1
            values = [v for v in values if v > pivot]
