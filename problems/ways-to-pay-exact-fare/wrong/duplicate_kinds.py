# verdict: Wrong Answer
# Treats every listed coin as its own kind, so a repeated denomination is counted again.
def count_payments(coins: list[int], amount: int) -> int:
    ways = [0] * (amount + 1)
    ways[0] = 1
    for coin in coins:
        for s in range(coin, amount + 1):
            ways[s] = (ways[s] + ways[s - coin]) % 1_000_000_007
    return ways[amount]
