MOD = 1_000_000_007


def count_splits(digits: str, limit: int) -> int:
    n = len(digits)
    values = [ord(c) - 48 for c in digits]
    width = len(str(limit))
    ways = [0] * (n + 1)
    ways[0] = 1
    for start in range(n):
        here = ways[start]
        if here == 0 or values[start] == 0:
            continue
        value = 0
        for end in range(start, min(n, start + width)):
            value = value * 10 + values[end]
            if value > limit:
                break
            ways[end + 1] = (ways[end + 1] + here) % MOD
    return ways[n]
