# verdict: Wrong Answer
# Uses the straight-line (Manhattan) distance to the closest dock and ignores the walls.
def dock_distances(grid):
    docks = [(r, c) for r, line in enumerate(grid) for c, cell in enumerate(line)
             if cell == "D"]
    out = []
    for r, line in enumerate(grid):
        row = []
        for c, cell in enumerate(line):
            if cell == "#" or not docks:
                row.append(-1)
            else:
                row.append(min(abs(r - dr) + abs(c - dc) for dr, dc in docks))
        out.append(row)
    return out
