# verdict: Wrong Answer
# Re-checks top <= bottom before the bottom row but forgets left <= right before the left
# column: fine on wide walls, but a tall wall's single middle column is read twice.
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
        if top <= bottom:
            for c in range(right, left - 1, -1):
                order.append(wall[bottom][c])
            bottom -= 1
        for r in range(bottom, top - 1, -1):
            order.append(wall[r][left])
        left += 1
    return order
