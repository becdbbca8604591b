# verdict: Wrong Answer
# Compares colours with `is` instead of `==`: true for Python's cached small ints only, so
# two neighbouring cells of a large colour code such as 10**9 are split into two regions.
def count_regions(grid):
    if not grid:
        return 0
    R, C = len(grid), len(grid[0])
    seen = [[False] * C for _ in range(R)]
    n = 0
    for r0 in range(R):
        for c0 in range(C):
            if seen[r0][c0]:
                continue
            n += 1
            col = grid[r0][c0]
            seen[r0][c0] = True
            st = [(r0, c0)]
            while st:
                r, c = st.pop()
                for nr, nc in ((r-1, c), (r+1, c), (r, c-1), (r, c+1)):
                    if 0 <= nr < R and 0 <= nc < C and not seen[nr][nc] and grid[nr][nc] is col:
                        seen[nr][nc] = True
                        st.append((nr, nc))
    return n
