# verdict: Wrong Answer
# Checks only the value, so pieces with a leading zero such as "07" slip in.
MOD = 1_000_000_007


def count_splits(digits, limit):
    n = len(digits)
    ways = [0] * (n + 1)
    ways[0] = 1
    width = len(str(limit))
    for end in range(1, n + 1):
        for start in range(max(0, end - width), end):
            if 1 <= int(digits[start:end]) <= limit:
                ways[end] = (ways[end] + ways[start]) % MOD
    return ways[n]
