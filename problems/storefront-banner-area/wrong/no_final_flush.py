# verdict: Wrong Answer
# Pops only when a lower storefront arrives and never empties the stack at the end, so banners
# that reach the right end of the street are never measured.
def largest_banner(heights: list[int]) -> int:
    best = 0
    stack: list[int] = []
    for i, height in enumerate(heights):
        while stack and heights[stack[-1]] >= height:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    return best
