def fewest_strokes(pattern: str) -> int:
    # Adjacent equal tiles are always painted by the same stroke, so collapse runs first.
    tiles = [c for i, c in enumerate(pattern) if i == 0 or c != pattern[i - 1]]
    n = len(tiles)
    # strokes[i][j]: fewest strokes for tiles[i..j]; strokes[i][i - 1] = 0 (empty).
    strokes = [[0] * (n + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = strokes[i], strokes[i + 1]
        for j in range(i, n):
            # The stroke that paints tile i either stops there...
            best = below[j] + 1
            # ...or also covers the next tile k of the same colour, and everything between
            # is painted over it afterwards, independently of tiles k..j.
            for k in range(i + 1, j + 1):
                if tiles[k] == tiles[i]:
                    candidate = below[k - 1] + strokes[k][j]
                    if candidate < best:
                        best = candidate
            row[j] = best
    return strokes[0][n - 1] if n else 0
