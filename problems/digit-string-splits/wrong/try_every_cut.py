# verdict: Time Limit Exceeded
# Correct, but recurses over every way to cut the rest of the string, without memoisation:
# exponential time.
MOD = 1_000_000_007


def count_splits(digits, limit):
    n = len(digits)

    def ways_from(start):
        if start == n:
            return 1
        if digits[start] == "0":
            return 0
        total = 0
        value = 0
        for end in range(start, n):
            value = value * 10 + int(digits[end])
            if value > limit:
                break
            total += ways_from(end + 1)
        return total % MOD

    return ways_from(0)
