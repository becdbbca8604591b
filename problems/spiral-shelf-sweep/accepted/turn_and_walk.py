def spiral_sweep(wall):
    # Walk with a direction vector, turning clockwise when the next bin is outside the
    # wall or already scanned.
    rows = len(wall)
    cols = len(wall[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    moves = ((0, 1), (1, 0), (0, -1), (-1, 0))
    order = []
    r = c = d = 0
    for _ in range(rows * cols):
        order.append(wall[r][c])
        seen[r][c] = True
        dr, dc = moves[d]
        nr, nc = r + dr, c + dc
        if not (0 <= nr < rows and 0 <= nc < cols) or seen[nr][nc]:
            d = (d + 1) % 4
            dr, dc = moves[d]
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return order
