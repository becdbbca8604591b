def range_means(readings: list[int], queries: list[list[int]]) -> list[float]:
    prefix = [0] * (len(readings) + 1)
    running = 0
    for i, value in enumerate(readings):
        running += value
        prefix[i + 1] = running
    return [(prefix[right + 1] - prefix[left]) / (right - left + 1) for left, right in queries]
