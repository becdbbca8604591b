# verdict: Time Limit Exceeded
# Enumerates payments by plain recursion (how many of each coin), one leaf per payment.
def count_payments(coins: list[int], amount: int) -> int:
    kinds = sorted(set(coins))

    def count(i: int, rest: int) -> int:
        if rest == 0:
            return 1
        if i == len(kinds):
            return 0
        total = 0
        while rest >= 0:
            total += count(i + 1, rest)
            rest -= kinds[i]
        return total

    return count(0, amount) % 1_000_000_007
