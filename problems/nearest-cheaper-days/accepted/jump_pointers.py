def nearest_cheaper(prices):
    n = len(prices)
    left = [-1] * n
    for d in range(n):
        j = d - 1
        while j >= 0 and prices[j] >= prices[d]:
            j = left[j]
        left[d] = j
    right = [n] * n
    for d in range(n - 1, -1, -1):
        j = d + 1
        while j < n and prices[j] >= prices[d]:
            j = right[j]
        right[d] = j
    return [[left[d], right[d]] for d in range(n)]
