def largest_square_plot(land: list[str]) -> list[int]:
    if not land or not land[0]:
        return [0, -1, -1]
    cols = len(land[0])
    best, best_r, best_c = 0, -1, -1
    above = [0] * (cols + 1)  # side of the largest square ending at (r - 1, c - 1), shifted
    for r, row in enumerate(land):
        here = [0] * (cols + 1)
        for c in range(1, cols + 1):
            if row[c - 1] == "1":
                a, b, d = above[c], here[c - 1], above[c - 1]
                side = (a if a < b else b)
                side = (side if side < d else d) + 1
                here[c] = side
                # bottom-right corners are met in row-major order, so the first square of a
                # new record size has the smallest top row, then the smallest left column
                if side > best:
                    best, best_r, best_c = side, r - side + 1, c - side
        above = here
    return [best, best_r, best_c]
