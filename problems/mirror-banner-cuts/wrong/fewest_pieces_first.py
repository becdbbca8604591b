# verdict: Wrong Answer
# Finds every way but lists the ways with fewer pieces first.
def mirror_cuts(banner):
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
    return sorted(out, key=len)
