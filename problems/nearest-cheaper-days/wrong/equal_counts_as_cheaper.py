# verdict: Wrong Answer
# Pops only strictly higher prices, so an equal price is treated as cheaper.
def nearest_cheaper(prices: list[int]) -> list[list[int]]:
    n = len(prices)
    before = [-1] * n
    after = [n] * n
    stack: list[int] = []
    for day, price in enumerate(prices):
        while stack and prices[stack[-1]] > price:
            after[stack.pop()] = day
        if stack:
            before[day] = stack[-1]
        stack.append(day)
    return [[b, a] for b, a in zip(before, after, strict=True)]
