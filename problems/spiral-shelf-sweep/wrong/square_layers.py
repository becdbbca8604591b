# verdict: Wrong Answer
# Peels min(R, C) // 2 full rings and then adds only a centre bin, which is right for square
# walls: a non-square wall's leftover middle row or column is lost.
def spiral_sweep(wall):
    if not wall or not wall[0]:
        return []
    rows, cols = len(wall), len(wall[0])
    order = []
    for k in range(min(rows, cols) // 2):
        top, bottom, left, right = k, rows - 1 - k, k, cols - 1 - k
        order.extend(wall[top][c] for c in range(left, right))
        order.extend(wall[r][right] for r in range(top, bottom))
        order.extend(wall[bottom][c] for c in range(right, left, -1))
        order.extend(wall[r][left] for r in range(bottom, top, -1))
    if min(rows, cols) % 2 == 1:
        middle = min(rows, cols) // 2
        order.append(wall[middle][middle])
    return order
