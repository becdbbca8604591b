def tray_words(board, words):
    # every prefix of every word in a set stands in for a trie
    wanted = set(words)
    prefixes = {w[:i] for w in wanted for i in range(1, len(w) + 1)}
    rows, cols = len(board), len(board[0])
    used = [[False] * cols for _ in range(rows)]
    found = set()

    def grow(r, c, text):
        text += board[r][c]
        if text not in prefixes:
            return
        if text in wanted:
            found.add(text)
        used[r][c] = True
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and not used[nr][nc]:
                grow(nr, nc, text)
        used[r][c] = False

    for r in range(rows):
        for c in range(cols):
            grow(r, c, "")
    return sorted(found)
