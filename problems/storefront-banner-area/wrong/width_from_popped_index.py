# verdict: Wrong Answer
# Measures a popped storefront's banner from its own index to the current one, forgetting that
# taller storefronts popped earlier on its left also back the banner.
def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    stack: list[int] = []
    for i, height in enumerate(heights):
        while stack and heights[stack[-1]] >= height:
            j = stack.pop()
            best = max(best, heights[j] * (i - j))
        stack.append(i)
    while stack:
        j = stack.pop()
        best = max(best, heights[j] * (n - j))
    return best
