def tray_words(board: list[str], words: list[str]) -> list[str]:
    # a trie of the dictionary; the key "$" holds the word that ends at a node
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word

    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found: list[str] = []

    def walk(r: int, c: int, parent: dict) -> None:
        ch = grid[r][c]
        node = parent[ch]
        word = node.pop("$", None)
        if word is not None:
            found.append(word)      # taken out of the trie, so it is reported once
        grid[r][c] = "#"            # this cell is in use for the rest of the path
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in node:
                walk(nr, nc, node)
        grid[r][c] = ch
        if not node:
            del parent[ch]          # nothing left to find below: never walk here again

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] in root:
                walk(r, c, root)
    return sorted(found)
