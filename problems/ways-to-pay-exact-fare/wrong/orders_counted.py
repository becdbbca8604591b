# verdict: Wrong Answer
# Loops over the fare outside and the coins inside: this counts ordered sequences of coins,
# so 1 + 2 and 2 + 1 are counted twice.
def count_payments(coins: list[int], amount: int) -> int:
    kinds = sorted(set(coins))
    ways = [0] * (amount + 1)
    ways[0] = 1
    for s in range(1, amount + 1):
        for coin in kinds:
            if coin <= s:
                ways[s] = (ways[s] + ways[s - coin]) % 1_000_000_007
    return ways[amount]
