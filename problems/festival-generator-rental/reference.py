def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    unreachable = float("inf")
    # cost[j]: the cheapest set seen so far whose outputs add up to at least j kilowatts
    cost = [0] + [unreachable] * demand
    for output, price in zip(outputs, prices, strict=True):
        # downward, so cost[j - output] still excludes this generator: each is rented once
        for j in range(demand, output, -1):
            candidate = cost[j - output] + price
            if candidate < cost[j]:
                cost[j] = candidate
        # this generator alone covers every j up to its output
        for j in range(min(output, demand), 0, -1):
            if price < cost[j]:
                cost[j] = price
    return cost[demand] if cost[demand] < unreachable else -1
