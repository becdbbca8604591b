def mirror_cuts(banner: str) -> list[list[str]]:
    n = len(banner)
    # mirror[i][j]: banner[i..j] (both ends included) reads the same both ways
    mirror = [[False] * n for _ in range(n)]
    for i in reversed(range(n)):
        for j in range(i, n):
            if banner[i] == banner[j] and (j - i < 2 or mirror[i + 1][j - 1]):
                mirror[i][j] = True

    out: list[list[str]] = []
    pieces: list[str] = []

    def cut(start: int) -> None:
        if start == n:
            out.append(pieces.copy())
            return
        for end in range(start, n):      # shorter first pieces first: lexicographic order
            if mirror[start][end]:
                pieces.append(banner[start:end + 1])
                cut(end + 1)
                pieces.pop()

    cut(0)
    return out
