def nearest_cheaper(prices: list[int]) -> list[list[int]]:
    n = len(prices)
    result = [[-1, n] for _ in range(n)]
    # left to right: the stack keeps earlier days whose prices strictly increase upwards
    stack: list[int] = []
    for day in range(n):
        price = prices[day]
        while stack and prices[stack[-1]] >= price:
            stack.pop()
        if stack:
            result[day][0] = stack[-1]
        stack.append(day)
    # right to left, the same for later days
    stack = []
    for day in range(n - 1, -1, -1):
        price = prices[day]
        while stack and prices[stack[-1]] >= price:
            stack.pop()
        if stack:
            result[day][1] = stack[-1]
        stack.append(day)
    return result
