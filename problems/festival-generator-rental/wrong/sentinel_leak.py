# verdict: Wrong Answer
# A big number stands for "cannot be done", but it is returned as is instead of -1.
def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    big = 10**18
    cost = [0] + [big] * demand
    for output, price in zip(outputs, prices):
        for j in range(demand, 0, -1):
            cost[j] = min(cost[j], cost[max(j - output, 0)] + price)
    return cost[demand]
