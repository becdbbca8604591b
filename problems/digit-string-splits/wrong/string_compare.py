# verdict: Wrong Answer
# Compares each piece with str(limit) as text, so "9" counts as larger than "10".
MOD = 1_000_000_007


def count_splits(digits, limit):
    n = len(digits)
    bound = str(limit)
    ways = [0] * (n + 1)
    ways[0] = 1
    for end in range(1, n + 1):
        for start in range(max(0, end - len(bound)), end):
            piece = digits[start:end]
            if piece[0] != "0" and piece <= bound:
                ways[end] = (ways[end] + ways[start]) % MOD
    return ways[n]
