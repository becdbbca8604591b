# verdict: Wrong Answer
# The textbook four-sided loop without re-checking the bounds before the bottom row and the
# left column: when a single middle row (or column) is left inside, it is read twice, once
# forwards and once backwards.
def spiral_sweep(wall):
    if not wall:
        return []
    top, bottom, left, right = 0, len(wall) - 1, 0, len(wall[0]) - 1
    order = []
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            order.append(wall[top][c])
        top += 1
        for r in range(top, bottom + 1):
            order.append(wall[r][right])
        right -= 1
        for c in range(right, left - 1, -1):
            order.append(wall[bottom][c])
        bottom -= 1
        for r in range(bottom, top - 1, -1):
            order.append(wall[r][left])
        left += 1
    return order
