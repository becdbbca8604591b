def largest_banner(heights: list[int]) -> int:
    # Stack of (leftmost start, height); a sentinel height of -1 flushes everything.
    best = 0
    stack: list[tuple[int, int]] = []
    for i, height in enumerate(heights + [-1]):
        start = i
        while stack and stack[-1][1] >= height:
            start, top = stack.pop()
            best = max(best, top * (i - start))
        stack.append((start, height))
    return best
