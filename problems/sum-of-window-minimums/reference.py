def sum_window_minimums(throughput: list[int]) -> int:
    n = len(throughput)
    # left[i]: windows ending at i where i is the minimum, with ties owned by the leftmost
    # copy (earlier values must be strictly greater); right[i]: later values may tie
    left = [0] * n
    right = [0] * n
    stack: list[int] = []
    for i in range(n):
        value = throughput[i]
        while stack and throughput[stack[-1]] > value:
            stack.pop()
        left[i] = i - (stack[-1] if stack else -1)
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        value = throughput[i]
        while stack and throughput[stack[-1]] >= value:
            stack.pop()
        right[i] = (stack[-1] if stack else n) - i
        stack.append(i)
    return sum(throughput[i] * left[i] * right[i] for i in range(n))
