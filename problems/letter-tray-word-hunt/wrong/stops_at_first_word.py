# verdict: Wrong Answer
# Returns as soon as the letters read so far spell a word, so a longer word that starts with
# it ("abab" after "aba") is never reached along that path.
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
            return
        grid[r][c] = "#"
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                dfs(nr, nc, node)
        grid[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return sorted(found)
