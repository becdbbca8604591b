class Node:
    __slots__ = ("kids", "word")

    def __init__(self):
        self.kids = {}
        self.word = None


def tray_words(board, words):
    root = Node()
    for w in words:
        node = root
        for ch in w:
            node = node.kids.setdefault(ch, Node())
        node.word = w

    rows, cols = len(board), len(board[0])
    grid = [list(row) for row in board]
    found = set()

    def dfs(r, c, node):
        ch = grid[r][c]
        nxt = node.kids.get(ch)
        if nxt is None:
            return
        if nxt.word is not None:
            found.add(nxt.word)
        grid[r][c] = "#"
        if r > 0:
            dfs(r - 1, c, nxt)
        if r + 1 < rows:
            dfs(r + 1, c, nxt)
        if c > 0:
            dfs(r, c - 1, nxt)
        if c + 1 < cols:
            dfs(r, c + 1, nxt)
        grid[r][c] = ch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return sorted(found)
