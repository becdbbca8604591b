# verdict: Wrong Answer
# Forgets the modulus: Python ints do not overflow, so the exact (huge) count comes back.
def count_splits(digits, limit):
    n = len(digits)
    ways = [0] * (n + 1)
    ways[0] = 1
    width = len(str(limit))
    for end in range(1, n + 1):
        for start in range(max(0, end - width), end):
            if digits[start] != "0" and int(digits[start:end]) <= limit:
                ways[end] += ways[start]
    return ways[n]
