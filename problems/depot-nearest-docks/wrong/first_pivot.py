# verdict: Time Limit Exceeded
# Quickselect with the first element as the pivot: on docks already in distance order every
# round peels off one dock, O(n * k).
def nearest_docks(docks, k):
    n = len(docks)
    if k == 0:
        return []
    keys = [(x * x + y * y) * n + i for i, (x, y) in enumerate(docks)]
    values, index = keys, k - 1
    while True:
        pivot = values[0]
        smaller = [v for v in values if v < pivot]
        if index < len(smaller):
            values = smaller
        elif index == len(smaller):
            break
        else:
            index -= len(smaller) + 1
            values = [v for v in values if v > pivot]
    return [i for i, key in enumerate(keys) if key <= pivot]
