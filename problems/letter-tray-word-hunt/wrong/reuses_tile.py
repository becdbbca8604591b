# verdict: Wrong Answer
# A trie search that never marks the tiles on the current path, so it may slide back onto a
# tile it has already read: "stats" is found by walking s-t-a-t-s over three tiles.
def tray_words(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = set()

    def dfs(r, c, node, depth):
        node = node.get(board[r][c])
        if node is None:
            return
        if "$" in node:
            found.add(node["$"])
        if depth == 10:
            return
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols:
                dfs(nr, nc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root, 1)
    return sorted(found)
