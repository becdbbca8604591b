def largest_banner(heights: list[int]) -> int:
    # Nearest strictly lower storefront on each side; ties are popped, so equal runs merge.
    n = len(heights)
    left = [-1] * n
    right = [n] * n
    stack: list[int] = []
    for i in range(n):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] >= heights[i]:
            stack.pop()
        right[i] = stack[-1] if stack else n
        stack.append(i)
    best = 0
    for i in range(n):
        area = heights[i] * (right[i] - left[i] - 1)
        if area > best:
            best = area
    return best
