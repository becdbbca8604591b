# verdict: Time Limit Exceeded
# Correct, but counts the windows over every elementary stretch separately: O(n^2).
def covered_by_k(uptimes: list[list[int]], k: int) -> int:
    points = sorted({t for window in uptimes for t in window})
    total = 0
    for left, right in zip(points, points[1:], strict=False):
        up = 0
        for start, end in uptimes:
            if start <= left and right <= end:
                up += 1
        if up >= k:
            total += right - left
    return total
