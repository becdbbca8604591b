# verdict: Time Limit Exceeded
# Correct, but keeps a running minimum over every stretch that starts at each storefront:
# about n**2 / 2 steps whatever the heights.
def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    for start in range(n):
        low = heights[start]
        for end in range(start, n):
            if heights[end] < low:
                low = heights[end]
            if low * (end - start + 1) > best:
                best = low * (end - start + 1)
    return best
