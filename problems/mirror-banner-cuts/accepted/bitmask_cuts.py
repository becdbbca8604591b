def mirror_cuts(banner):
    # each of the n - 1 gaps is cut or not; keep the masks whose pieces are all palindromes
    n = len(banner)
    if n == 0:
        return [[]]
    found = []
    for mask in range(1 << (n - 1)):
        pieces, start = [], 0
        for gap in range(n - 1):
            if mask >> gap & 1:
                pieces.append(banner[start:gap + 1])
                start = gap + 1
        pieces.append(banner[start:])
        if all(p == p[::-1] for p in pieces):
            found.append(pieces)
    return sorted(found)
