# verdict: Wrong Answer
# Only counts sets whose outputs add up to exactly the demand: a generator larger than what is
# still missing is never rented, although overshooting is allowed.
def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    inf = float("inf")
    cost = [0] + [inf] * demand
    for output, price in zip(outputs, prices):
        for j in range(demand, output - 1, -1):
            cost[j] = min(cost[j], cost[j - output] + price)
    return cost[demand] if cost[demand] < inf else -1
