# verdict: Wrong Answer
# Finds each storefront's nearest lower neighbour on both sides, but pops only strictly taller
# ones, so an equal neighbour is taken as the boundary on both sides and equal facades never
# share a banner.
def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    left = [-1] * n
    right = [n] * n
    stack: list[int] = []
    for i in range(n):
        while stack and heights[stack[-1]] > heights[i]:
            stack.pop()
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    stack = []
    for i in range(n - 1, -1, -1):
        while stack and heights[stack[-1]] > heights[i]:
            stack.pop()
        right[i] = stack[-1] if stack else n
        stack.append(i)
    return max((heights[i] * (right[i] - left[i] - 1) for i in range(n)), default=0)
