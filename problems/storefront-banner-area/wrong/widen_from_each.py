# verdict: Time Limit Exceeded
# Correct, but widens a banner of each storefront's height to both sides: O(n^2) on long
# runs of equal or low facades.
def largest_banner(heights: list[int]) -> int:
    n = len(heights)
    best = 0
    for i in range(n):
        height = heights[i]
        left = i
        while left > 0 and heights[left - 1] >= height:
            left -= 1
        right = i
        while right + 1 < n and heights[right + 1] >= height:
            right += 1
        best = max(best, height * (right - left + 1))
    return best
