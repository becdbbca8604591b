# Sorts every dock by (squared distance, index): O(n log n).
def nearest_docks(docks, k):
    order = sorted(range(len(docks)), key=lambda i: (docks[i][0] ** 2 + docks[i][1] ** 2, i))
    return sorted(order[:k])
