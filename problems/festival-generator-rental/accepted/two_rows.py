def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    none = -1
    # prev[j]: cheapest price to reach at least j kW with the generators before this one
    prev = [0] + [none] * demand
    for output, price in zip(outputs, prices):
        cur = prev[:]
        for j in range(1, demand + 1):
            before = prev[j - output] if j > output else 0
            if before != none and (cur[j] == none or before + price < cur[j]):
                cur[j] = before + price
        prev = cur
    return prev[demand]
