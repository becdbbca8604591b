# verdict: Time Limit Exceeded
# Right answers, but tries every water cell: fills it and measures the island around it with
# a fresh search. On the winding island every search walks 10**5 cells: O(cells^2).
def best_landfill(chart):
    rows = len(chart)
    cols = len(chart[0]) if rows else 0
    best = [rows * cols, -1, -1]
    found = False
    for r0 in range(rows):
        for c0 in range(cols):
            if chart[r0][c0] != ".":
                continue
            seen = {(r0, c0)}
            stack = [(r0, c0)]
            while stack:
                r, c = stack.pop()
                for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if 0 <= nr < rows and 0 <= nc < cols and chart[nr][nc] == "#" \
                            and (nr, nc) not in seen:
                        seen.add((nr, nc))
                        stack.append((nr, nc))
            if not found or len(seen) > best[0]:
                best, found = [len(seen), r0, c0], True
    return best
