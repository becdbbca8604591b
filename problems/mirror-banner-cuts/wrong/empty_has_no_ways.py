# verdict: Wrong Answer
# Right for every non-empty banner, but answers [] for the empty one, which has one way
# (no pieces).
def mirror_cuts(banner):
    if not banner:
        return []
    n = len(banner)
    out, pieces = [], []

    def cut(start):
        if start == n:
            out.append(pieces.copy())
            return
        for end in range(start + 1, n + 1):
            piece = banner[start:end]
            if piece == piece[::-1]:
                pieces.append(piece)
                cut(end)
                pieces.pop()

    cut(0)
    return out
