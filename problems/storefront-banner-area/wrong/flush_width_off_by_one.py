# verdict: Wrong Answer
# Flushes the stack at the end but measures those banners up to the last storefront's index
# instead of the end of the street, one metre short.
def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    stack: list[int] = []
    for i, height in enumerate(heights):
        while stack and heights[stack[-1]] >= height:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    while stack:
        top = heights[stack.pop()]
        left = stack[-1] if stack else -1
        best = max(best, top * (n - 1 - left - 1))
    return best
