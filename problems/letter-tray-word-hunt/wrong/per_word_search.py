# verdict: Time Limit Exceeded
# Correct, but searches for every word separately from every cell: the same runs of letters
# are walked again for each word that starts with them.
def tray_words(board, words):
    rows = len(board)
    cols = len(board[0]) if rows else 0
    grid = [list(row) for row in board]

    def trace(r, c, word, i):
        if grid[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        ch = grid[r][c]
        grid[r][c] = "#"
        ok = False
        for nr, nc in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= nr < rows and 0 <= nc < cols and trace(nr, nc, word, i + 1):
                ok = True
                break
        grid[r][c] = ch
        return ok

    found = set()
    for word in set(words):
        if any(trace(r, c, word, 0) for r in range(rows) for c in range(cols)):
            found.add(word)
    return sorted(found)
