# verdict: Time Limit Exceeded
# Quickselect with the first element as the pivot: on sorted input every partition peels off
# a single element, O(n^2).
def kth_smallest(latencies, k):
    values, index = latencies, k - 1
    while True:
        pivot = values[0]
        smaller = [v for v in values if v < pivot]
        equal = [v for v in values if v == pivot]
        if index < len(smaller):
            values = smaller
        elif index < len(smaller) + len(equal):
            return pivot
        else:
            index -= len(smaller) + len(equal)
            values = [v for v in values if v > pivot]
