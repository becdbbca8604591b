# verdict: Wrong Answer
# Fills the palindrome table from length 2 upwards and never marks single letters, so a
# piece of one letter is never allowed (and ways through a length-3 piece are lost too).
def mirror_cuts(banner):
    n = len(banner)
    pal = [[False] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            if banner[i] == banner[j] and (length == 2 or pal[i + 1][j - 1]):
                pal[i][j] = True
    out, pieces = [], []

    def cut(start):
        if start == n:
            out.append(pieces.copy())
            return
        for end in range(start, n):
            if pal[start][end]:
                pieces.append(banner[start:end + 1])
                cut(end + 1)
                pieces.pop()

    cut(0)
    return out
