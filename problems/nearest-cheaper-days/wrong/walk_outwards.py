# verdict: Time Limit Exceeded
# Correct, but walks left and right from every day: O(n^2) on long monotone runs.
def nearest_cheaper(prices: list[int]) -> list[list[int]]:
    n = len(prices)
    result = []
    for day, price in enumerate(prices):
        before = day - 1
        while before >= 0 and prices[before] >= price:
            before -= 1
        after = day + 1
        while after < n and prices[after] >= price:
            after += 1
        result.append([before, after])
    return result
