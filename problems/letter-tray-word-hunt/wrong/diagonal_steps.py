# verdict: Wrong Answer
# Treats all eight surrounding tiles as neighbours, so diagonal steps are allowed.
def tray_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found = set()

    def dfs(r, c, node):
        ch = grid[r][c]
        node = node.get(ch)
        if node is None:
            return
        if "$" in node:
            found.add(node["$"])
        grid[r][c] = "#"
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                nr, nc = r + dr, c + dc
                if (dr or dc) and 0 <= nr < rows and 0 <= nc < cols:
                    dfs(nr, nc, node)
        grid[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return sorted(found)
