from functools import lru_cache


def mirror_cuts(banner):
    # ways(i): every way to cut banner[i:], built from the ways of shorter suffixes
    n = len(banner)

    @lru_cache(maxsize=None)
    def ways(i):
        if i == n:
            return [()]
        found = []
        for j in range(i + 1, n + 1):
            piece = banner[i:j]
            if piece == piece[::-1]:
                found.extend((piece,) + rest for rest in ways(j))
        return found

    return [list(way) for way in ways(0)]
