# verdict: Wrong Answer
# Stops at ties on both sides, so windows holding two copies of their minimum are lost.
def sum_window_minimums(throughput: list[int]) -> int:
    n = len(throughput)
    left = [0] * n
    right = [0] * n
    stack: list[int] = []
    for i in range(n):
        while stack and throughput[stack[-1]] > throughput[i]:
            stack.pop()
        left[i] = i - (stack[-1] if stack else -1)
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and throughput[stack[-1]] > throughput[i]:
            stack.pop()
        right[i] = (stack[-1] if stack else n) - i
        stack.append(i)
    return sum(throughput[i] * left[i] * right[i] for i in range(n))
