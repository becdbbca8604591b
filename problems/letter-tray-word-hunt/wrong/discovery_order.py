# verdict: Wrong Answer
# Finds the right words, without repeats, but lists them in the order the search met them
# instead of sorting them.
def tray_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found = []

    def dfs(r, c, node):
        ch = grid[r][c]
        node = node.get(ch)
        if node is None:
            return
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        grid[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                dfs(nr, nc, node)
        grid[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return found
