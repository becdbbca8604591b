# verdict: Time Limit Exceeded
# Rents or skips every generator by plain recursion, without remembering sub-answers: 2**n calls.
def cheapest_rental(outputs: list[int], prices: list[int], demand: int) -> int:
    n = len(outputs)

    def search(i: int, need: int) -> float:
        if need <= 0:
            return 0
        if i == n:
            return float("inf")
        return min(search(i + 1, need), prices[i] + search(i + 1, need - outputs[i]))

    best = search(0, demand)
    return -1 if best == float("inf") else best
