def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    # indices whose heights rise strictly from bottom to top; the bar below each entry is
    # the nearest lower facade on its left
    stack: list[int] = []
    for i, height in enumerate(heights):
        while stack and heights[stack[-1]] >= height:
            top = heights[stack.pop()]
            left = stack[-1] if stack else -1
            best = max(best, top * (i - left - 1))
        stack.append(i)
    # what is left reaches the right end of the street
    while stack:
        top = heights[stack.pop()]
        left = stack[-1] if stack else -1
        best = max(best, top * (n - left - 1))
    return best
