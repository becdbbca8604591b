# verdict: Wrong Answer
# Rents the generators with the lowest price per kilowatt first until the demand is met.
def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    if demand <= 0:
        return 0
    useful = [i for i in range(len(outputs)) if outputs[i] > 0]
    useful.sort(key=lambda i: prices[i] / outputs[i])
    total = got = 0
    for i in useful:
        total += prices[i]
        got += outputs[i]
        if got >= demand:
            return total
    return -1
