# verdict: Wrong Answer
# The one-row table filled upward: cost[j - output] may already include this generator,
# so a generator can be rented several times (the unbounded knapsack).
def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    inf = float("inf")
    cost = [0] + [inf] * demand
    for output, price in zip(outputs, prices):
        for j in range(1, demand + 1):
            cost[j] = min(cost[j], cost[max(j - output, 0)] + price)
    return cost[demand] if cost[demand] < inf else -1
