# verdict: Runtime Error
# Reads len(wall[0]) without checking that the wall has a row: IndexError on [].
def spiral_sweep(wall):
    top, bottom, left, right = 0, len(wall) - 1, 0, len(wall[0]) - 1
    order = []
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            order.append(wall[top][c])
        for r in range(top + 1, bottom + 1):
            order.append(wall[r][right])
        if top < bottom and left < right:
            for c in range(right - 1, left - 1, -1):
                order.append(wall[bottom][c])
            for r in range(bottom - 1, top, -1):
                order.append(wall[r][left])
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return order
