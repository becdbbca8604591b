# verdict: Time Limit Exceeded
# Grows a square from every top-left cell, re-checking the new row and column each time:
# about R * C * side**2 character checks on an open field.
def largest_square_plot(land: list[str]) -> list[int]:
    if not land or not land[0]:
        return [0, -1, -1]
    rows, cols = len(land), len(land[0])
    best = [0, -1, -1]
    for top in range(rows):
        for left in range(cols):
            side = 0
            while top + side < rows and left + side < cols:
                edge = top + side
                ok = all(land[edge][c] == "1" for c in range(left, left + side + 1)) and all(
                    land[r][left + side] == "1" for r in range(top, top + side + 1))
                if not ok:
                    break
                side += 1
            if side > best[0]:
                best = [side, top, left]
    return best
