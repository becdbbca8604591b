# verdict: Wrong Answer
# Tries the longest first piece first, so the ways come out in the reverse of the asked order.
def mirror_cuts(banner):
    n = len(banner)
    out, pieces = [], []

    def cut(start):
        if start == n:
            out.append(pieces.copy())
            return
        for end in range(n, start, -1):
            piece = banner[start:end]
            if piece == piece[::-1]:
                pieces.append(piece)
                cut(end)
                pieces.pop()

    cut(0)
    return out
