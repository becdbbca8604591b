# verdict: Runtime Error
# A sentinel price of -10**9 at both ends is the stated minimum, not below it: a day priced
# -10**9 pops the sentinel and the stack runs empty.
def nearest_cheaper(prices):
    n = len(prices)
    ext = [-10**9] + list(prices) + [-10**9]
    result = [[-1, n] for _ in range(n)]
    stack = [0]
    for i in range(1, n + 1):
        while ext[stack[-1]] >= ext[i]:
            stack.pop()
        result[i - 1][0] = stack[-1] - 1
        stack.append(i)
    stack = [n + 1]
    for i in range(n, 0, -1):
        while ext[stack[-1]] >= ext[i]:
            stack.pop()
        result[i - 1][1] = stack[-1] - 1
        stack.append(i)
    return result
